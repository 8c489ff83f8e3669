/**
 * Personal survey invitations: one single-use link per recipient (only its hash is stored),
 * recipients added by hand or from a CSV file (with a report of the rows refused), e-mailed
 * through the durable mail queue, and reminders (e.g. day 3 and day 7) sent only to those who
 * have not answered yet — as durable jobs, so a restart loses none.
 */
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { parse } from "csv-parse/sync";
import { z } from "zod";
import type { Membership } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import { jobs, organization, surveyInvitations } from "../../db/schema.js";
import { enqueueJob } from "../../jobs/queue.js";
import { AppError, notFound } from "../../http/problem.js";
import { queueMailsInTransaction } from "../../mail/transactional.js";
import type { Tx } from "../journeys/journeys.queries.js";
import type { SurveyRow } from "./surveys.queries.js";
import { findSurvey } from "./surveys.queries.js";
import { hashToken, invitationToken } from "./tokens.js";

export const recipientSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  name: z.string().trim().max(120).default(""),
  locale: z.enum(["fr", "en"]).default("fr"),
});
export type Recipient = z.output<typeof recipientSchema>;

/** Reads "email;name;locale" (or comma-separated) rows; a header row is recognised and skipped. */
export function parseRecipientsCsv(text: string): { recipients: Recipient[]; rejected: { line: number; value: string; reason: string }[] } {
  const delimiter = (text.split("\n")[0] ?? "").includes(";") ? ";" : ",";
  const rows = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true, bom: true }) as string[][];
  const recipients: Recipient[] = [];
  const rejected: { line: number; value: string; reason: string }[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const line = index + 1;
    if (index === 0 && /e-?mail|courriel/i.test(row[0] ?? "")) return;
    const parsed = recipientSchema.safeParse({ email: row[0], name: row[1] || undefined, locale: row[2]?.toLowerCase() || undefined });
    if (!parsed.success) {
      rejected.push({ line, value: row.join(delimiter), reason: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") });
    } else if (seen.has(parsed.data.email)) {
      rejected.push({ line, value: row.join(delimiter), reason: "duplicate" });
    } else {
      seen.add(parsed.data.email);
      recipients.push(parsed.data);
    }
  });
  return { recipients, rejected };
}

const anonymityNotice = { fr: ["Vos réponses sont anonymes.", "Ce questionnaire n'est pas anonyme : vos réponses sont rattachées à votre adresse."], en: ["Your answers are anonymous.", "This survey is not anonymous: your answers are linked to your address."] };

/** Creates invitations for new recipients (already invited addresses are skipped) and e-mails them. */
export async function inviteRecipients(ctx: AppContext, membership: Membership, surveyId: string, recipients: Recipient[]) {
  const survey = await findSurvey(ctx.db, membership.organisationId, surveyId);
  if (!survey) throw notFound("survey");
  if (survey.status === "closed") throw new AppError("conflict", "This survey is closed.");
  const [org] = await ctx.db.select({ name: organization.name }).from(organization).where(eq(organization.id, membership.organisationId));
  let invited = 0;
  const skipped: string[] = [];
  for (const recipient of recipients) {
    const id = randomUUID();
    const token = invitationToken(ctx.env.secret, id);
    const [row] = await ctx.db
      .insert(surveyInvitations)
      .values({ id, organisationId: membership.organisationId, surveyId, email: recipient.email, name: recipient.name, locale: recipient.locale, tokenHash: hashToken(token) })
      .onConflictDoNothing()
      .returning({ id: surveyInvitations.id });
    if (!row) {
      skipped.push(recipient.email);
      continue;
    }
    invited++;
    const link = invitationLink(ctx, survey.publicToken, token, recipient.locale);
    const params = { organisation: org?.name ?? "", survey: survey.title, name: recipient.name, anonymity: anonymityNotice[recipient.locale][survey.isAnonymous ? 0 : 1] ?? "" };
    await ctx.mailer.queue({ kind: "survey_invitation", to: recipient.email, locale: recipient.locale, organisationId: membership.organisationId, link, isLinkShownInOutbox: true, params });
    for (const day of survey.reminderDays) {
      await enqueueJob(ctx.pool, "survey.remind", { invitationId: row.id, params }, new Date(Date.now() + day * 86_400_000));
    }
  }
  return { invited, skipped };
}

/**
 * A new wave of a recurring survey: everyone invited to the previous wave is invited again, each
 * with a new invitation (so a new single-use token) and its reminders, in the wave's transaction.
 */
export async function reinviteForWave(tx: Tx, ctx: Pick<AppContext, "env">, survey: SurveyRow, previousSurveyId: string, now: Date): Promise<number> {
  const organisationId = survey.organisationId;
  const previous = await tx
    .select({ email: surveyInvitations.email, name: surveyInvitations.name, locale: surveyInvitations.locale })
    .from(surveyInvitations)
    .where(and(eq(surveyInvitations.organisationId, organisationId), eq(surveyInvitations.surveyId, previousSurveyId)))
    .orderBy(surveyInvitations.email);
  if (previous.length === 0) return 0;
  const [org] = await tx.select({ name: organization.name }).from(organization).where(eq(organization.id, organisationId));
  for (let start = 0; start < previous.length; start += 500) {
    const batch = previous.slice(start, start + 500).map((recipient) => {
      const id = randomUUID();
      const locale = recipient.locale === "en" ? "en" : "fr";
      const token = invitationToken(ctx.env.secret, id);
      const params = { organisation: org?.name ?? "", survey: survey.title, name: recipient.name, anonymity: anonymityNotice[locale][survey.isAnonymous ? 0 : 1] ?? "" };
      return { id, recipient, locale, token, params };
    });
    await tx.insert(surveyInvitations).values(
      batch.map(({ id, recipient, locale, token }) => ({ id, organisationId, surveyId: survey.id, email: recipient.email, name: recipient.name, locale, tokenHash: hashToken(token) })),
    );
    await queueMailsInTransaction(
      tx,
      batch.map(({ recipient, locale, token, params }) => ({
        kind: "survey_invitation" as const,
        to: recipient.email,
        locale,
        organisationId,
        link: invitationLink(ctx, survey.publicToken, token, locale),
        isLinkShownInOutbox: true,
        params,
      })),
    );
    const reminders = batch.flatMap(({ id, params }) => survey.reminderDays.map((day) => ({ kind: "survey.remind", payload: { invitationId: id, params }, runAt: new Date(now.getTime() + day * 86_400_000) })));
    if (reminders.length > 0) await tx.insert(jobs).values(reminders);
  }
  return previous.length;
}

function invitationLink(ctx: Pick<AppContext, "env">, publicToken: string, token: string, locale: string): string {
  return `${ctx.env.publicUrl}/s/${publicToken}?i=${token}&lang=${locale}`;
}

/** Job: remind one invitee, unless they have answered or the survey is closed. */
export function surveyReminderJob(ctx: Pick<AppContext, "db" | "mailer" | "env">) {
  return async (payload: Record<string, unknown>) => {
    const invitationId = String(payload.invitationId);
    const [row] = await ctx.db.select().from(surveyInvitations).where(eq(surveyInvitations.id, invitationId));
    if (!row || row.hasResponded) return;
    const survey = await findSurvey(ctx.db as AppContext["db"], row.organisationId, row.surveyId);
    if (survey?.status !== "open") return;
    await ctx.mailer.queue({
      kind: "survey_reminder",
      to: row.email,
      locale: row.locale,
      organisationId: row.organisationId,
      link: invitationLink(ctx, survey.publicToken, invitationToken(ctx.env.secret, row.id), row.locale),
      isLinkShownInOutbox: true,
      params: payload.params as Record<string, string>,
    });
    await ctx.db
      .update(surveyInvitations)
      .set({ remindersSent: row.remindersSent + 1 })
      .where(and(eq(surveyInvitations.id, invitationId), eq(surveyInvitations.organisationId, row.organisationId)));
  };
}

export async function listInvitations(ctx: AppContext, organisationId: string, surveyId: string) {
  const rows = await ctx.db
    .select({ id: surveyInvitations.id, email: surveyInvitations.email, name: surveyInvitations.name, locale: surveyInvitations.locale, hasResponded: surveyInvitations.hasResponded, remindersSent: surveyInvitations.remindersSent, createdAt: surveyInvitations.createdAt })
    .from(surveyInvitations)
    .where(and(eq(surveyInvitations.organisationId, organisationId), eq(surveyInvitations.surveyId, surveyId)))
    .orderBy(surveyInvitations.email);
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}
