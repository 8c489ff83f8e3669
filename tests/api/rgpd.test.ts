/**
 * RGPD, issue 10 finding 12, written as the attack: a person who did everything Tutti lets one do
 * (member and admin, invited and inviting, workshop notes, identified and anonymous answers, a
 * webhook delivery carrying their address, a password reset, audit events about them) asks for
 * their data, then for erasure — and afterwards every text and JSON column of every table is
 * scanned for their e-mail and their name.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { replay } from "../../shared/workshops/reducer.js";
import { improvementActions, jobs, ssoProvider, surveyInvitations, surveyResponses, workshopEvents, workshopParticipants } from "../../server/db/schema.js";
import { Agent, addMember, createOrganisation, organisationWithRoles, signUp, uniqueEmail } from "../factories.js";
import { addInvitation, insertSurvey } from "../survey-factories.js";
import { createTestApp, type TestApp } from "../test-app.js";
import { insertWorkshop } from "../workshop-factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.destroy());

const hidden = (html: string, field: string) => html.match(new RegExp(`name="${field}" value="([^"]+)"`))?.[1] ?? "";

/** Answers a survey through its personal link, the way a browser without JavaScript does. */
async function answer(publicToken: string, token: string, fields: [string, string][]) {
  const page = await t.app.inject({ method: "GET", url: `/s/${publicToken}?i=${token}` });
  const response = await t.app.inject({
    method: "POST",
    url: `/s/${publicToken}`,
    headers: { "content-type": "application/x-www-form-urlencoded" },
    payload: new URLSearchParams([["key", hidden(page.body, "key")], ["i", token], ...fields, ["action", "submit"]]).toString(),
  });
  expect(response.statusCode).toBe(303);
}

/** Appends an event to a workshop's log as the live room would commit it. */
async function appendEvent(workshopId: string, organisationId: string, type: string, actorId: string | null, payload: Record<string, unknown>) {
  const [last] = await t.ctx.db
    .select({ seq: sql<number>`coalesce(max(${workshopEvents.seq}), 0)::int` })
    .from(workshopEvents)
    .where(eq(workshopEvents.workshopId, workshopId));
  await t.ctx.db.insert(workshopEvents).values({ organisationId, workshopId, seq: (last?.seq ?? 0) + 1, type, actorId, payload });
}

/** A person who did everything, with their traces in every corner of the database. */
async function personWhoDidEverything() {
  const suffix = randomBytes(3).toString("hex");
  const name = `Albertine Quarzazate${suffix}`;
  const email = `albertine.q${suffix}@exemple.fr`;
  const { orgId, owner, people } = await organisationWithRoles(t);
  const person = await signUp(t, name, email);
  const memberId = await addMember(t, orgId, person, "admin");

  // As an administrator: an audited change, and an invitation whose e-mail names them as the inviter.
  expect((await person.patch(`/api/v1/organisations/${orgId}`, { description: "Revue par l'administratrice" })).statusCode).toBe(200);
  expect((await person.post(`/api/v1/organisations/${orgId}/invitations`, { email: uniqueEmail("recrue"), role: "staff" })).statusCode).toBeLessThan(300);
  // About them: a role change; an invitation to another organisation; a password reset.
  expect((await owner.patch(`/api/v1/organisations/${orgId}/members/${memberId}`, { role: "manager" })).statusCode).toBe(200);
  const other = await signUp(t, "Autre Propriétaire");
  const otherOrg = await createOrganisation(other, "Organisme Voisin");
  expect((await other.post(`/api/v1/organisations/${otherOrg}/invitations`, { email, role: "viewer" })).statusCode).toBeLessThan(300);
  expect((await new Agent(t).post("/api/auth/request-password-reset", { email, redirectTo: "/reset-password" })).statusCode).toBe(200);

  // A workshop: they arrive, write a note; a co-participant's note and an action name them.
  const workshop = await insertWorkshop(t.ctx.db, orgId, [
    [people.manager, "facilitator"],
    [person, "participant"],
    [people.staff, "participant"],
  ]);
  const places = await t.ctx.db.select().from(workshopParticipants).where(eq(workshopParticipants.workshopId, workshop.id));
  const placeOf = (userId: string) => places.find((p) => p.userId === userId)?.id as string;
  await t.ctx.workshopHub.ensureJoined(workshop.id, orgId, { id: placeOf(person.user.id), name, role: "participant", stakeholderTypeId: null });
  await t.ctx.workshopHub.ensureJoined(workshop.id, orgId, {
    id: placeOf(people.staff.user.id),
    name: "Person staff",
    role: "participant",
    stakeholderTypeId: null,
  });
  await appendEvent(workshop.id, orgId, "note.add", placeOf(person.user.id), { noteId: "n-albertine", text: "Les plannings arrivent trop tard" });
  await appendEvent(workshop.id, orgId, "note.add", placeOf(people.staff.user.id), { noteId: "n-staff", text: `Bonne idée de ${name}, à creuser` });
  await t.ctx.db
    .insert(improvementActions)
    .values({ organisationId: orgId, workshopId: workshop.id, title: "Publier les plannings un mois avant", ownerName: name, ownerUserId: person.user.id });
  // The brief to a co-participant, not sent yet: its calendar file lists every attendee.
  await t.ctx.db.insert(jobs).values({
    kind: "email.send",
    payload: {
      emailId: randomUUID(),
      attachments: [{ filename: "atelier.ics", contentType: "text/calendar", content: `ATTENDEE;CN=${name}:mailto:${email}` }],
    },
    runAt: new Date(Date.now() + 86_400_000),
  });

  // Surveys: invited by the organisation (e-mail and reminders), an identified answer that a
  // webhook reports with their address, and an anonymous answer nothing ties to them.
  const hook = await owner.post(`/api/v1/organisations/${orgId}/webhooks`, { url: "https://hooks.example.org/tutti", eventTypes: ["response.created"] });
  expect(hook.statusCode).toBeLessThan(300);
  const invited = await insertSurvey(t.ctx.db, orgId, { isAnonymous: false });
  const invite = await owner.post(`/api/v1/organisations/${orgId}/surveys/${invited.survey.id}/invitations`, { recipients: [{ email, name, locale: "fr" }] });
  expect(invite.statusCode).toBe(200);
  const confidential = await insertSurvey(t.ctx.db, orgId, { isAnonymous: false });
  const personal = await addInvitation(t.ctx.db, orgId, confidential.survey.id, email);
  await t.ctx.db.update(surveyInvitations).set({ name }).where(eq(surveyInvitations.id, personal.id));
  await answer(confidential.publicToken, personal.token, [
    [`q_${confidential.questions.nps.id}`, "9"],
    [`q_${confidential.questions.text.id}`, "Des intervenants passionnants"],
    ["consent", "1"],
  ]);
  const anonymous = await insertSurvey(t.ctx.db, orgId, { isAnonymous: true });
  const anonymousInvitation = await addInvitation(t.ctx.db, orgId, anonymous.survey.id, email);
  await answer(anonymous.publicToken, anonymousInvitation.token, [[`q_${anonymous.questions.nps.id}`, "3"]]);

  // As an administrator they registered the organisation's SSO provider.
  const providerId = `sso-${suffix}`;
  await t.ctx.db
    .insert(ssoProvider)
    .values({ id: randomUUID(), issuer: "https://idp.exemple.fr", userId: person.user.id, providerId, organizationId: orgId, domain: `${suffix}.exemple.fr` });

  await t.jobs.drain();
  return {
    providerId,
    name,
    email,
    person,
    orgId,
    owner,
    workshop,
    personPlace: placeOf(person.user.id),
    confidential,
    anonymous,
  };
}

/** Every row of every table whose text, varchar, array or JSON column contains one of `needles`. */
async function scanDatabase(needles: string[]) {
  const columns = await t.ctx.db.execute<{ table_name: string; column_name: string }>(sql`
    SELECT c.table_name, c.column_name FROM information_schema.columns c
      JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name AND tb.table_type = 'BASE TABLE'
     WHERE c.table_schema = 'public' AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'USER-DEFINED')
     ORDER BY c.table_name, c.column_name`);
  expect(columns.rows.length).toBeGreaterThan(50);
  const hits: string[] = [];
  for (const { table_name: table, column_name: column } of columns.rows) {
    for (const needle of needles) {
      const found = await t.ctx.db.execute<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)} WHERE strpos(lower(${sql.identifier(column)}::text), lower(${needle})) > 0`,
      );
      if ((found.rows[0]?.n ?? 0) > 0) hits.push(`${table}.${column} ∋ ${needle} (${found.rows[0]?.n} rows)`);
    }
  }
  return hits;
}

describe("RGPD right of access (finding 12)", () => {
  it("exports notes, identified answers, invitations, e-mails, workshops and audit events about me — never an anonymous answer nor a link", async () => {
    const { person, name } = await personWhoDidEverything();
    const response = await person.get("/api/v1/me/export");
    expect(response.statusCode).toBe(200);
    const data = response.json();
    expect(data.profile).toMatchObject({ email: person.user.email, name });
    expect(data.workshops).toEqual([expect.objectContaining({ title: "Atelier planning des intervenants", role: "participant" })]);
    expect(data.workshopNotes).toEqual([expect.objectContaining({ text: "Les plannings arrivent trop tard", workshop: "Atelier planning des intervenants" })]);
    expect(data.improvementActionsOwned).toEqual([expect.objectContaining({ title: "Publier les plannings un mois avant" })]);
    // One identified answer; the anonymous one (nps 3) cannot be tied to anyone and is not there.
    expect(data.surveyAnswers).toHaveLength(1);
    expect(data.surveyAnswers[0].answers).toEqual(
      expect.arrayContaining([
        { question: "Recommanderiez-vous cette formation à un proche ?", value: 9 },
        { question: "Un commentaire ?", value: "Des intervenants passionnants" },
      ]),
    );
    expect(JSON.stringify(data.surveyAnswers)).not.toContain(":3");
    expect(data.invitations.toOrganisations).toEqual([expect.objectContaining({ organisation: "Organisme Voisin", role: "viewer" })]);
    expect(data.invitations.toSurveys.length).toBeGreaterThanOrEqual(2);
    expect(data.emailsReceived.map((e: { kind: string }) => e.kind)).toEqual(expect.arrayContaining(["invitation", "password_reset", "survey_invitation"]));
    expect(data.auditEventsAboutMe.length).toBeGreaterThan(0);
    expect(data.actionsInAuditLog.map((e: { action: string }) => e.action)).toContain("organisation.updated");
    const text = JSON.stringify(data);
    expect(text).not.toMatch(/reset-password\/[A-Za-z0-9]{8,}|[?&]i=[A-Za-z0-9_-]{8,}|\/invitations\/[A-Za-z0-9]{8,}/);
    expect(text).not.toMatch(/password"\s*:\s*"|scrypt|token_?hash/i);
  });
});

describe("RGPD right to erasure (finding 12)", () => {
  it("leaves no row in any table holding my e-mail or my name, and keeps others' history pseudonymised", async () => {
    const traces = await personWhoDidEverything();
    const { person, email, name } = traces;
    // Before: the eight tables of the finding (and the account) hold them.
    const before = new Set((await scanDatabase([email, name])).map((hit) => hit.split(".")[0]));
    for (const table of [
      "emails",
      "jobs",
      "audit_events",
      "invitation",
      "survey_invitations",
      "survey_responses",
      "workshop_events",
      "webhook_deliveries",
      "user",
    ]) {
      expect(before).toContain(table);
    }
    const anonymousBefore = await t.ctx.db.select().from(surveyResponses).where(eq(surveyResponses.surveyId, traces.anonymous.survey.id));

    expect((await person.delete("/api/v1/me", { confirmEmail: email })).statusCode).toBe(204);
    expect(await scanDatabase([email, name])).toEqual([]);

    // The workshop keeps the note; its author is a former participant, the same in every event.
    const log = await t.ctx.db.select().from(workshopEvents).where(eq(workshopEvents.workshopId, traces.workshop.id));
    const state = replay(log.map((e) => ({ seq: e.seq, type: e.type, actorId: e.actorId, payload: e.payload, at: e.at.toISOString() })));
    expect(state.participants[traces.personPlace]?.name).toBe("Ancien participant");
    expect(state.notes["n-albertine"]).toMatchObject({ authorId: traces.personPlace, text: "Les plannings arrivent trop tard" });
    expect(state.notes["n-staff"]?.text).toBe("Bonne idée de Ancien participant, à creuser");
    // The audit log keeps the actions, without the actor; the identified answer stays, unlinked.
    const audit = (await traces.owner.get(`/api/v1/organisations/${traces.orgId}/audit-events?limit=200`)).json();
    expect(audit.items.find((e: { action: string }) => e.action === "organisation.updated")).toMatchObject({ actorName: "—" });
    expect(audit.items[0]).toMatchObject({ action: "account.erased" });
    const [kept] = await t.ctx.db.select().from(surveyResponses).where(eq(surveyResponses.surveyId, traces.confidential.survey.id));
    expect(kept).toMatchObject({ respondentEmail: null, invitationId: null, consentToContact: false, status: "complete" });
    const anonymousAfter = await t.ctx.db.select().from(surveyResponses).where(eq(surveyResponses.surveyId, traces.anonymous.survey.id));
    expect(anonymousAfter).toEqual(anonymousBefore);
    // The organisation keeps its SSO provider, now held by another member.
    const [provider] = await t.ctx.db.select().from(ssoProvider).where(eq(ssoProvider.providerId, traces.providerId));
    expect(provider?.userId).toBeTruthy();
    expect(provider?.userId).not.toBe(person.user.id);
    // Their invitation still counts as one person invited, with a dead link.
    const invitations = await t.ctx.db.select().from(surveyInvitations).where(eq(surveyInvitations.surveyId, traces.confidential.survey.id));
    expect(invitations).toHaveLength(1);
    const page = await t.app.inject({ method: "GET", url: `/s/${traces.confidential.publicToken}?i=anything` });
    expect(page.body).not.toContain(email);
  });
});
