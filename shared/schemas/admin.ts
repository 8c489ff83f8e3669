/** Audit log, outbox and single sign-on settings of an organisation. */
import { z } from "zod";
import { auditActions, auditTargetTypes } from "../audit-actions.js";
import { pageQuerySchema } from "./common.js";
import { csvSeparatorSchema } from "./csv.js";

export const auditEventSchema = z
  .object({
    id: z.string(),
    action: z.string(),
    actorName: z.string(),
    targetType: z.string(),
    targetLabel: z.string().nullable(),
    data: z.record(z.string(), z.unknown()),
    createdAt: z.string(),
  })
  .meta({ id: "AuditEvent" });
export type AuditEvent = z.infer<typeof auditEventSchema>;

/** A page of the audit log, newest first; `nextBefore` asks for the next (older) page. */
export const auditPageSchema = z.object({ items: z.array(auditEventSchema), nextBefore: z.string().nullable() }).meta({ id: "AuditPage" });
export type AuditPage = z.infer<typeof auditPageSchema>;

/**
 * Which entries of the log: by whom (`actor`, a user id), what (`action`, `targetType`), when (`from`
 * inclusive, `to` exclusive) and a text found in the author's name or the target's label (`q`).
 */
export const auditFilterSchema = z.object({
  actor: z.string().min(1).max(100).optional(),
  action: z.enum(auditActions).optional(),
  targetType: z.enum(auditTargetTypes).optional(),
  from: z.string().datetime({ offset: true }).optional(),
  to: z.string().datetime({ offset: true }).optional(),
  q: z.string().trim().max(200).optional(),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export const auditQuerySchema = pageQuerySchema.extend(auditFilterSchema.shape);
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** The CSV export: the same filters; `;` by default (the log is read by people, in French Excel), `,` on request; labels in `lang`. */
export const auditExportQuerySchema = auditFilterSchema.extend({
  separator: csvSeparatorSchema.default("semicolon"),
  lang: z.enum(["fr", "en"]).default("fr"),
});
export type AuditExportQuery = z.infer<typeof auditExportQuerySchema>;

export const outboxEmailSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    to: z.string(),
    subject: z.string(),
    body: z.string(),
    /** Null when the link signs someone in and must not be shown to administrators. */
    link: z.string().nullable(),
    status: z.enum(["queued", "outbox", "sent", "retrying"]),
    createdAt: z.string(),
  })
  .meta({ id: "OutboxEmail" });
export type OutboxEmail = z.infer<typeof outboxEmailSchema>;

export const outboxSchema = z.object({ items: z.array(outboxEmailSchema), isSmtpConfigured: z.boolean() }).meta({ id: "Outbox" });
export type Outbox = z.infer<typeof outboxSchema>;

export const ssoSettingsSchema = z
  .object({
    isConfigured: z.boolean(),
    providerId: z.string().nullable(),
    issuer: z.string().nullable(),
    domain: z.string().nullable(),
    clientId: z.string().nullable(),
    callbackUrl: z.string(),
    /** pending until the DNS TXT record below is found; SSO signs nobody in before. */
    domainStatus: z.enum(["pending", "verified"]).nullable(),
    /** The record to add to the domain's DNS zone. */
    verificationRecord: z.object({ type: z.literal("TXT"), name: z.string(), value: z.string() }).nullable(),
    lastCheckedAt: z.string().nullable(),
  })
  .meta({ id: "SsoSettings" });
export type SsoSettings = z.infer<typeof ssoSettingsSchema>;

export const configureSsoSchema = z.object({
  issuer: z.string().trim().url().max(500),
  domain: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, "A domain such as univ-exemple.fr")
    .max(200),
  clientId: z.string().trim().min(1).max(300),
  clientSecret: z.string().min(1).max(500),
});
