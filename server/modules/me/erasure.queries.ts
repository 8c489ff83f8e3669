// Deliberately crosses features: RGPD art. 17 erasure must reach every table holding the person, in one transaction (all or nothing), so it is written here once rather than spread over features.
/**
 * The RGPD right to erasure, in the caller's transaction: after it, no row anywhere holds the
 * person's e-mail address or name.
 *
 * - What is only theirs goes: the account (sessions, accounts, memberships, grants and workshop
 *   places cascade with it), invitations addressed to them, pending sign-in tokens, e-mails
 *   written to them and the jobs that would send them or remind them.
 * - What others' history needs stays, pseudonymised: a workshop's log keeps the notes, their
 *   author becomes "Ancien participant" / "Former participant" (the workshop's language) in every
 *   event; audit events keep the action, the actor becomes "—"; identified survey answers keep
 *   their values but lose the address, the invitation and the consent to be contacted (so they
 *   count like anonymous ones); survey invitations keep the count of people invited, with a
 *   placeholder address and a dead token.
 * - Free text Tutti wrote with their name or address (audit labels and data, other people's
 *   e-mails, webhook bodies, job payloads, improvement-action owners, photo captions, answers) is
 *   rewritten: the address wherever it appears, the name within the organisations they had to do
 *   with (a homonym elsewhere is someone else).
 */
import { type SQL, sql } from "drizzle-orm";
import type { Tx } from "../../platform/database.js";

export type ErasedPerson = { userId: string; email: string; name: string };

/** The author of an erased person's notes and events, in the workshop's language. */
export const formerParticipant = { fr: "Ancien participant", en: "Former participant" } as const;
/** What replaces an erased person's name or address elsewhere (audit log, e-mails, webhooks). */
export const erasedMark = "—";

type Pattern = { regex: string; replacement: string };

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The literal as a whole word (not inside a longer name or address); `isJson` matches it as written inside JSON text. */
function wholeWord(literal: string, isJson: boolean, extraWordChars = ""): string {
  const text = isJson ? JSON.stringify(literal).slice(1, -1) : literal;
  const word = `[[:alnum:]_${extraWordChars}]`;
  return `(?<!${word})${escapeRegex(text)}(?!${word})`;
}
const emailPattern = (email: string, isJson: boolean, replacement = erasedMark): Pattern => ({ regex: wholeWord(email, isJson, ".+%-"), replacement });
const namePattern = (name: string, isJson: boolean, replacement: string): Pattern => ({ regex: wholeWord(name, isJson), replacement });

type Column = { name: string; isJson?: boolean };

/** Rewrites `columns` of `table` on the rows matching `where` and one of the patterns. */
async function scrub(tx: Tx, table: string, columns: Column[], where: SQL, patterns: (isJson: boolean) => Pattern[]): Promise<void> {
  const assignments = columns.map((column) => {
    const id = sql.identifier(column.name);
    let value: SQL = column.isJson ? sql`${id}::text` : sql`${id}`;
    for (const p of patterns(Boolean(column.isJson))) value = sql`regexp_replace(${value}, ${p.regex}, ${p.replacement}, 'gi')`;
    return sql`${id} = ${column.isJson ? sql`(${value})::jsonb` : value}`;
  });
  const matches = columns.flatMap((column) => {
    const id = sql.identifier(column.name);
    const text = column.isJson ? sql`${id}::text` : sql`${id}`;
    return patterns(Boolean(column.isJson)).map((p) => sql`${text} ~* ${p.regex}`);
  });
  await tx.execute(sql`UPDATE ${sql.identifier(table)} SET ${sql.join(assignments, sql`, `)} WHERE (${where}) AND (${sql.join(matches, sql` OR `)})`);
}

/** The organisations the person had to do with, in any role or as an addressee. */
async function organisationsOf(tx: Tx, person: ErasedPerson): Promise<string[]> {
  const result = await tx.execute<{ id: string }>(sql`
    SELECT "organizationId" AS id FROM member WHERE "userId" = ${person.userId}
    UNION SELECT organisation_id FROM guest_grants WHERE user_id = ${person.userId}
    UNION SELECT organisation_id FROM workshop_participants WHERE user_id = ${person.userId}
    UNION SELECT "organizationId" FROM invitation WHERE lower(email) = lower(${person.email})
    UNION SELECT organisation_id FROM survey_invitations WHERE lower(email) = lower(${person.email})
    UNION SELECT organisation_id FROM survey_responses WHERE lower(respondent_email) = lower(${person.email})
    UNION SELECT organisation_id FROM emails WHERE lower(to_address) = lower(${person.email}) AND organisation_id IS NOT NULL
    UNION SELECT organisation_id FROM audit_events WHERE (target_id = ${person.userId} OR actor_user_id = ${person.userId}) AND organisation_id IS NOT NULL`);
  return result.rows.map((row) => row.id);
}

const inList = (ids: string[]) => (ids.length === 0 ? sql`NULL` : sql.join(ids.map((id) => sql`${id}`), sql`, `));

/** Erases one person (see the top of this file). Run it inside a transaction: all of it or nothing. */
export async function erasePerson(tx: Tx, person: ErasedPerson): Promise<void> {
  const email = person.email.toLowerCase();
  const orgs = await organisationsOf(tx, person);
  const inOrgs = sql`organisation_id IN (${inList(orgs)})`;
  const name = (replacement: string) => (isJson: boolean) => (person.name.trim() ? [namePattern(person.name, isJson, replacement)] : []);
  const address = (isJson: boolean) => [emailPattern(email, isJson)];
  const both = (isJson: boolean) => [...address(isJson), ...name(erasedMark)(isJson)];

  // Workshops: their arrival events carry the pseudonym; every other mention of them too.
  await tx.execute(sql`
    UPDATE workshop_events e SET payload = jsonb_set(e.payload, '{name}', to_jsonb(CASE WHEN w.locale = 'en' THEN ${formerParticipant.en} ELSE ${formerParticipant.fr} END))
      FROM workshops w
     WHERE w.id = e.workshop_id AND e.type = 'participant.joined'
       AND e.payload->>'participantId' IN (SELECT id::text FROM workshop_participants WHERE user_id = ${person.userId})`);
  for (const locale of ["fr", "en"] as const) {
    const ofLocale = sql`${inOrgs} AND workshop_id IN (SELECT id FROM workshops WHERE ${locale === "en" ? sql`locale = 'en'` : sql`locale <> 'en'`})`;
    await scrub(tx, "workshop_events", [{ name: "payload", isJson: true }], ofLocale, (isJson) => [
      emailPattern(email, isJson, formerParticipant[locale]),
      ...name(formerParticipant[locale])(isJson),
    ]);
  }
  await scrub(tx, "improvement_actions", [{ name: "owner_name" }, { name: "title" }], sql`${inOrgs} OR owner_user_id = ${person.userId}`, both);
  await scrub(tx, "workshop_photos", [{ name: "caption" }], inOrgs, both);
  await scrub(tx, "guest_grants", [{ name: "purpose" }], inOrgs, both);

  // Surveys: their invitations stay counted, unreachable and unnamed; their answers stay, unlinked.
  const invitationIds = (await tx.execute<{ id: string }>(sql`SELECT id::text AS id FROM survey_invitations WHERE lower(email) = ${email}`)).rows.map((r) => r.id);
  await tx.execute(sql`DELETE FROM jobs WHERE kind = 'survey.remind' AND completed_at IS NULL AND payload->>'invitationId' IN (${inList(invitationIds)})`);
  await tx.execute(sql`
    DELETE FROM follow_up_tasks WHERE response_id IN (
      SELECT id FROM survey_responses WHERE lower(respondent_email) = ${email} OR invitation_id::text IN (${inList(invitationIds)}))`);
  await tx.execute(sql`
    UPDATE survey_responses SET respondent_email = NULL, invitation_id = NULL, consent_to_contact = false
     WHERE lower(respondent_email) = ${email} OR invitation_id::text IN (${inList(invitationIds)})`);
  await tx.execute(sql`
    UPDATE survey_invitations SET email = 'erased-' || id::text || '@erased.invalid', name = '',
           token_hash = encode(sha256(convert_to(gen_random_uuid()::text, 'UTF8')), 'hex')
     WHERE lower(email) = ${email}`);
  await scrub(tx, "survey_responses", [{ name: "answers", isJson: true }], inOrgs, both);

  // Invitations to join an organisation, pending sign-in or verification tokens, rate-limit keys.
  await tx.execute(sql`DELETE FROM invitation WHERE lower(email) = ${email}`);
  await tx.execute(sql`DELETE FROM verification WHERE strpos(lower(identifier), ${email}) > 0 OR strpos(lower(value), ${email}) > 0`);
  await tx.execute(sql`DELETE FROM "rateLimit" WHERE strpos(lower(key), ${email}) > 0`);

  // E-mails to them go with their jobs; others' e-mails and jobs lose their name and address.
  await tx.execute(sql`
    DELETE FROM jobs WHERE kind IN ('email.send', 'email.purge_link')
       AND payload->>'emailId' IN (SELECT id::text FROM emails WHERE lower(to_address) = ${email})`);
  await tx.execute(sql`DELETE FROM emails WHERE lower(to_address) = ${email}`);
  await scrub(tx, "emails", [{ name: "subject" }, { name: "body_text" }, { name: "error" }], inOrgs, both);
  await scrub(tx, "emails", [{ name: "subject" }, { name: "body_text" }, { name: "error" }], sql`true`, address);
  // A job payload names them only beside their address (an .ics attendee): rewrite both there.
  await scrub(tx, "jobs", [{ name: "payload", isJson: true }, { name: "last_error" }], sql`payload::text ~* ${emailPattern(email, true).regex}`, both);
  await scrub(tx, "jobs", [{ name: "last_error" }], sql`true`, address);

  // Webhook deliveries (a confidential answer's body carries the respondent's address).
  await scrub(tx, "webhook_deliveries", [{ name: "body" }, { name: "last_error" }], inOrgs, both);
  await scrub(tx, "webhook_deliveries", [{ name: "body" }, { name: "last_error" }], sql`true`, address);

  // The audit log keeps every action; who did it and about whom become "—".
  await tx.execute(sql`UPDATE audit_events SET actor_name = ${erasedMark}, actor_user_id = NULL WHERE actor_user_id = ${person.userId}`);
  await tx.execute(sql`UPDATE audit_events SET target_label = NULL WHERE target_id = ${person.userId}`);
  await scrub(tx, "audit_events", [{ name: "actor_name" }, { name: "target_label" }, { name: "data", isJson: true }], sql`${inOrgs} OR target_id = ${person.userId}`, both);
  await scrub(tx, "audit_events", [{ name: "actor_name" }, { name: "target_label" }, { name: "data", isJson: true }], sql`true`, address);

  // An organisation's SSO provider outlives the administrator who registered it: another owner
  // (there is one: the only owner cannot erase their account) takes it over.
  await tx.execute(sql`
    UPDATE "ssoProvider" p SET "userId" = (
      SELECT m."userId" FROM member m WHERE m."organizationId" = p."organizationId" AND m."userId" <> ${person.userId}
       ORDER BY (m.role = 'owner') DESC, (m.role = 'admin') DESC, m."createdAt" LIMIT 1)
     WHERE p."userId" = ${person.userId} AND p."organizationId" IS NOT NULL
       AND EXISTS (SELECT 1 FROM member m WHERE m."organizationId" = p."organizationId" AND m."userId" <> ${person.userId})`);

  await tx.execute(sql`DELETE FROM "user" WHERE id = ${person.userId}`);
}
