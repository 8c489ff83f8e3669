// Deliberately crosses features: the RGPD art. 15 export answers everything held about the person in one read, kept beside erasure.queries.ts (art. 17, one transaction) so that both list the same tables.
/**
 * The RGPD right of access beyond the account itself: what the person wrote and took part in
 * across every organisation — workshops and their notes, answers given as an identified
 * respondent, invitations, e-mails sent to them, and audit events about them. Read by their own
 * user id and e-mail only. Secrets stay out: no token, no link, no password hash. Answers to
 * anonymous surveys are never here: nothing ties them to anyone, and nothing must.
 */
import { sql } from "drizzle-orm";
import { replay } from "../../../shared/workshops/reducer.js";
import type { Database } from "../../db/client.js";
import { redactedLink } from "../../mail/links.js";

export type Person = { userId: string; email: string };

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/** The workshops the person was a participant of, with their role. */
export async function collectWorkshops(db: Database, person: Person) {
  const rows = await db.execute<{ workshop_id: string; organisation_name: string; title: string; status: string; scheduled_at: Date | null; role: string; participant_id: string }>(sql`
    SELECT w.id AS workshop_id, o.name AS organisation_name, w.title, w.status, w.scheduled_at, p.role, p.id AS participant_id
      FROM workshop_participants p
      JOIN workshops w ON w.id = p.workshop_id AND w.organisation_id = p.organisation_id
      JOIN organization o ON o.id = p.organisation_id
     WHERE p.user_id = ${person.userId}
     ORDER BY w.scheduled_at NULLS LAST, w.title`);
  return rows.rows;
}

/** The notes the person wrote in those workshops, as they stand now (the log folded). */
export async function collectNotes(db: Database, workshops: { workshop_id: string; title: string; participant_id: string }[]) {
  const notes: { workshop: string; text: string | null; createdAt: string }[] = [];
  for (const workshop of workshops) {
    const events = await db.execute<{ seq: number; type: string; actor_id: string | null; payload: Record<string, unknown>; at: Date }>(
      sql`SELECT seq, type, actor_id, payload, at FROM workshop_events WHERE workshop_id = ${workshop.workshop_id} ORDER BY seq`,
    );
    const state = replay(events.rows.map((e) => ({ seq: e.seq, type: e.type, actorId: e.actor_id, payload: e.payload, at: new Date(e.at).toISOString() })));
    for (const note of Object.values(state.notes)) {
      if (note.authorId === workshop.participant_id) notes.push({ workshop: workshop.title, text: note.text, createdAt: note.createdAt });
    }
  }
  return notes;
}

/** Answers given as an identified respondent (confidential surveys, personal invitation): never anonymous ones. */
export async function collectIdentifiedAnswers(db: Database, person: Person) {
  const rows = await db.execute<{ survey_id: string; survey: string; organisation_name: string; status: string; submitted_on: string | null; locale: string; answers: Record<string, unknown>; consent_to_contact: boolean }>(sql`
    SELECT s.id AS survey_id, s.title AS survey, o.name AS organisation_name, r.status, r.submitted_on::text, r.locale, r.answers, r.consent_to_contact
      FROM survey_responses r
      JOIN surveys s ON s.id = r.survey_id AND s.organisation_id = r.organisation_id
      JOIN organization o ON o.id = r.organisation_id
     WHERE NOT s.is_anonymous
       AND (lower(r.respondent_email) = lower(${person.email})
            OR r.invitation_id IN (SELECT i.id FROM survey_invitations i WHERE lower(i.email) = lower(${person.email})))
     ORDER BY r.submitted_on NULLS LAST`);
  const surveyIds = [...new Set(rows.rows.map((r) => r.survey_id))];
  const labels = new Map<string, Record<string, string>>();
  if (surveyIds.length > 0) {
    const questions = await db.execute<{ id: string; label: Record<string, string> }>(
      sql`SELECT id, label FROM survey_questions WHERE survey_id IN (${sql.join(surveyIds.map((id) => sql`${id}::uuid`), sql`, `)})`,
    );
    for (const q of questions.rows) labels.set(q.id, q.label);
  }
  return rows.rows.map((r) => ({
    survey: r.survey,
    organisation: r.organisation_name,
    status: r.status,
    submittedOn: r.submitted_on,
    consentToContact: r.consent_to_contact,
    answers: Object.entries(r.answers).map(([questionId, value]) => {
      const label = labels.get(questionId);
      return { question: label?.[r.locale] ?? label?.fr ?? label?.en ?? questionId, value };
    }),
  }));
}

/** Invitations addressed to the person: to join an organisation, and to answer a survey. */
export async function collectInvitations(db: Database, person: Person) {
  const organisations = await db.execute<{ organisation_name: string; role: string | null; status: string; created_at: Date; expires_at: Date }>(sql`
    SELECT o.name AS organisation_name, i.role, i.status, i."createdAt" AS created_at, i."expiresAt" AS expires_at
      FROM invitation i JOIN organization o ON o.id = i."organizationId"
     WHERE lower(i.email) = lower(${person.email}) ORDER BY i."createdAt"`);
  const surveys = await db.execute<{ survey: string; organisation_name: string; name: string; locale: string; reminders_sent: number; created_at: Date }>(sql`
    SELECT s.title AS survey, o.name AS organisation_name, i.name, i.locale, i.reminders_sent, i.created_at
      FROM survey_invitations i
      JOIN surveys s ON s.id = i.survey_id AND s.organisation_id = i.organisation_id
      JOIN organization o ON o.id = i.organisation_id
     WHERE lower(i.email) = lower(${person.email}) ORDER BY i.created_at`);
  return {
    toOrganisations: organisations.rows.map((r) => ({ organisation: r.organisation_name, role: r.role, status: r.status, createdAt: iso(r.created_at), expiresAt: iso(r.expires_at) })),
    toSurveys: surveys.rows.map((r) => ({ survey: r.survey, organisation: r.organisation_name, name: r.name, locale: r.locale, remindersSent: r.reminders_sent, createdAt: iso(r.created_at) })),
  };
}

/** E-mails Tutti wrote to the person, their links cut out (a link is a key, even to its owner's export file). */
export async function collectEmails(db: Database, person: Person) {
  const rows = await db.execute<{ kind: string; subject: string; body_text: string; link: string | null; status: string; created_at: Date; sent_at: Date | null; organisation_name: string | null }>(sql`
    SELECT e.kind, e.subject, e.body_text, e.link, e.status, e.created_at, e.sent_at, o.name AS organisation_name
      FROM emails e LEFT JOIN organization o ON o.id = e.organisation_id
     WHERE lower(e.to_address) = lower(${person.email}) ORDER BY e.created_at`);
  return rows.rows.map((r) => ({
    kind: r.kind,
    organisation: r.organisation_name,
    subject: r.subject,
    body: r.link ? r.body_text.replaceAll(r.link, redactedLink) : r.body_text,
    status: r.status,
    createdAt: iso(r.created_at),
    sentAt: iso(r.sent_at),
  }));
}

/** Audit events about the person (as the target, or naming their address), without who did them. */
export async function collectAuditEventsAboutMe(db: Database, person: Person) {
  const rows = await db.execute<{ organisation_name: string | null; action: string; target_type: string; created_at: Date }>(sql`
    SELECT o.name AS organisation_name, a.action, a.target_type, a.created_at
      FROM audit_events a LEFT JOIN organization o ON o.id = a.organisation_id
     WHERE a.target_id = ${person.userId}
        OR strpos(lower(coalesce(a.target_label, '')), lower(${person.email})) > 0
        OR strpos(lower(a.data::text), lower(${person.email})) > 0
     ORDER BY a.created_at`);
  return rows.rows.map((r) => ({ organisation: r.organisation_name, action: r.action, targetType: r.target_type, createdAt: iso(r.created_at) }));
}

/** Improvement actions the person was made responsible for. */
export async function collectOwnedActions(db: Database, person: Person) {
  const rows = await db.execute<{ title: string; status: string; due_date: string | null; organisation_name: string }>(sql`
    SELECT a.title, a.status, a.due_date::text, o.name AS organisation_name
      FROM improvement_actions a JOIN organization o ON o.id = a.organisation_id
     WHERE a.owner_user_id = ${person.userId} ORDER BY a.created_at`);
  return rows.rows.map((r) => ({ organisation: r.organisation_name, title: r.title, status: r.status, dueDate: r.due_date }));
}
