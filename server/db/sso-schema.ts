/**
 * Proof that an organisation owns the e-mail domain of its single sign-on: a TXT record
 * `_tutti-challenge.<domain>` holding `tutti-verification=<token>`, checked through DNS
 * (modules/sso/domain-verification.ts). A domain is verified for one organisation at most.
 */
import { sql } from "drizzle-orm";
import { pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { organization } from "./auth-schema.js";
import { createdAt, tz } from "./columns.js";

export const ssoDomains = pgTable(
  "sso_domains",
  {
    /** One SSO domain per organisation (its identity provider's). */
    organisationId: text("organisation_id")
      .primaryKey()
      .references(() => organization.id, { onDelete: "cascade" }),
    domain: text("domain").notNull(),
    /** Random, shown to the organisation's administrators as the record's value. */
    token: text("token").notNull(),
    verifiedAt: timestamp("verified_at", tz),
    lastCheckedAt: timestamp("last_checked_at", tz),
    createdAt: createdAt(),
  },
  // Once verified, a domain belongs to one organisation; pending claims do not block anybody.
  (t) => [uniqueIndex("sso_domains_verified_domain_idx").on(t.domain).where(sql`verified_at IS NOT NULL`)],
);
