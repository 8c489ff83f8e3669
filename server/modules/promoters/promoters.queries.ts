/** The review page of an organisation, and what a promoter's thank-you needs to be written. */
import { and, eq } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { organization, reviewSettings, surveyInvitations } from "../../db/schema.js";
import type { Tx } from "../../platform/database.js";

export async function findReviewUrl(db: Database, organisationId: string): Promise<string | null> {
  const [row] = await db.select({ reviewUrl: reviewSettings.reviewUrl }).from(reviewSettings).where(eq(reviewSettings.organisationId, organisationId));
  return row?.reviewUrl ?? null;
}

export async function upsertReviewUrl(tx: Tx, organisationId: string, reviewUrl: string | null): Promise<void> {
  await tx
    .insert(reviewSettings)
    .values({ organisationId, reviewUrl })
    .onConflictDoUpdate({ target: reviewSettings.organisationId, set: { reviewUrl, updatedAt: new Date() } });
}

/** The organisation's name, its review page and the invitee's name (of that organisation's invitation), or null when the organisation is gone. */
export async function findThanksContext(tx: Tx, organisationId: string, invitationId: string) {
  const [row] = await tx
    .select({ organisation: organization.name, reviewUrl: reviewSettings.reviewUrl, name: surveyInvitations.name })
    .from(organization)
    .leftJoin(reviewSettings, eq(reviewSettings.organisationId, organization.id))
    .leftJoin(surveyInvitations, and(eq(surveyInvitations.id, invitationId), eq(surveyInvitations.organisationId, organization.id)))
    .where(eq(organization.id, organisationId));
  return row ?? null;
}
