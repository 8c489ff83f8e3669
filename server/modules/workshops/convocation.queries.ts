/**
 * What each participant of a workshop was sent (convocation.service.ts): the brief's date and the
 * SEQUENCE of the last calendar message. Every claim is one UPDATE … RETURNING, so that two
 * transactions never send the same message twice; every read and write scoped by organisation.
 */
import { and, eq, inArray, isNotNull, isNull, type SQL, sql } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { user, workshopParticipants, workshops } from "../../db/schema.js";
import type { Tx } from "../../platform/database.js";

type Db = Database | Tx;
export type Recipient = { participantId: string; sequence: number; name: string; email: string; locale: string | null };

/** The next SEQUENCE: 0 for the first calendar message to this participant, then one more each time. */
const nextSequence = sql`coalesce(${workshopParticipants.icsSequence} + 1, 0)`;

const ofWorkshop = (organisationId: string, workshopId: string, participantIds?: string[]): SQL | undefined =>
  and(
    eq(workshopParticipants.organisationId, organisationId),
    eq(workshopParticipants.workshopId, workshopId),
    participantIds ? inArray(workshopParticipants.id, participantIds) : undefined,
  );

/** Names, addresses and languages of the participants claimed, with the SEQUENCE each is to receive. */
async function withPeople(db: Db, claimed: { participantId: string; userId: string; sequence: number | null }[]): Promise<Recipient[]> {
  if (claimed.length === 0) return [];
  const people = await db
    .select({ id: user.id, name: user.name, email: user.email, locale: user.locale })
    .from(user)
    .where(
      inArray(
        user.id,
        claimed.map((c) => c.userId),
      ),
    );
  const byId = new Map(people.map((p) => [p.id, p]));
  return claimed.flatMap((c) => {
    const person = byId.get(c.userId);
    return person ? [{ participantId: c.participantId, sequence: c.sequence ?? 0, name: person.name, email: person.email, locale: person.locale }] : [];
  });
}

const claimedColumns = { participantId: workshopParticipants.id, userId: workshopParticipants.userId, sequence: workshopParticipants.icsSequence };

/** Marks as convoked the participants not convoked yet (all, or those given): they are the ones to send the brief to. */
export async function claimConvocations(tx: Tx, organisationId: string, workshopId: string, now: Date, participantIds?: string[]): Promise<Recipient[]> {
  const claimed = await tx
    .update(workshopParticipants)
    .set({ convocationSentAt: now, icsSequence: nextSequence })
    .where(and(ofWorkshop(organisationId, workshopId, participantIds), isNull(workshopParticipants.convocationSentAt)))
    .returning(claimedColumns);
  return withPeople(tx, claimed);
}

/** One more SEQUENCE for every participant already convoked (all, or those given): the ones to send an update to. */
export async function claimUpdates(tx: Tx, organisationId: string, workshopId: string, participantIds?: string[]): Promise<Recipient[]> {
  const claimed = await tx
    .update(workshopParticipants)
    .set({ icsSequence: nextSequence })
    .where(and(ofWorkshop(organisationId, workshopId, participantIds), isNotNull(workshopParticipants.convocationSentAt)))
    .returning(claimedColumns);
  return withPeople(tx, claimed);
}

/** Like claimUpdates, and the convocation is withdrawn: scheduling the workshop again sends it anew. */
export async function claimCancellations(tx: Tx, organisationId: string, workshopId: string, participantIds?: string[]): Promise<Recipient[]> {
  const claimed = await tx
    .update(workshopParticipants)
    .set({ icsSequence: nextSequence, convocationSentAt: null })
    .where(and(ofWorkshop(organisationId, workshopId, participantIds), isNotNull(workshopParticipants.convocationSentAt)))
    .returning(claimedColumns);
  return withPeople(tx, claimed);
}

/** The brief went out for this workshop (the first time only). */
export async function markBriefSent(tx: Tx, organisationId: string, workshopId: string, now: Date): Promise<void> {
  await tx
    .update(workshops)
    .set({ briefSentAt: sql`coalesce(${workshops.briefSentAt}, ${now.toISOString()}::timestamptz)` })
    .where(and(eq(workshops.organisationId, organisationId), eq(workshops.id, workshopId)));
}
