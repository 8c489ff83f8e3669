/**
 * Improvement actions on day one (issue 12, items 9 and 16): a due date before today is refused
 * when set or moved (`due_date_past`), never when an old one is kept; the owner is a member (told
 * once by e-mail, the action in their own list) or a named outsider.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultTimeZone } from "../../shared/i18n.js";
import type { ImprovementAction } from "../../shared/schemas/workshops.js";
import { initialWorkshopState } from "../../shared/workshops/state.js";
import { emails, improvementActions, workshopParticipants } from "../../server/db/schema.js";
import { recordWorkshopClosed } from "../../server/modules/workshops/close.service.js";
import { addMember, lastEmailTo, organisationWithRoles } from "../factories.js";
import { createTestApp, type TestApp } from "../test-app.js";
import { insertWorkshop } from "../workshop-factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.destroy());

const actions = (orgId: string, path = "") => `/api/v1/organisations/${orgId}/improvement-actions${path}`;
const today = new Intl.DateTimeFormat("en-CA", { timeZone: defaultTimeZone }).format(new Date());
const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function assignedMailsTo(orgId: string, to: string) {
  await t.jobs.drain();
  return t.ctx.db
    .select({ id: emails.id, subject: emails.subject, body: emails.bodyText })
    .from(emails)
    .where(and(eq(emails.organisationId, orgId), eq(emails.toAddress, to), eq(emails.kind, "action_assigned")));
}

describe("the due date", () => {
  it("is refused before today, on creation and when moved, but kept on another edit and when the late action is done", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const past = await people.manager.post(actions(orgId), { title: "Rappeler les candidats", dueDate: shift(today, -1) });
    expect(past.statusCode).toBe(400);
    expect(past.json()).toMatchObject({ code: "due_date_past" });
    const onToday = await people.manager.post(actions(orgId), { title: "Rappeler les candidats", dueDate: today });
    expect(onToday.statusCode).toBe(201);

    // An action that became late (decided long ago).
    const [late] = await t.ctx.db
      .insert(improvementActions)
      .values({ organisationId: orgId, title: "Refaire la plaquette", ownerName: "Laura Martin", dueDate: "2020-01-15" })
      .returning({ id: improvementActions.id });
    const lateUrl = actions(orgId, `/${late?.id}`);
    const renamed = await people.manager.patch(lateUrl, { title: "Refaire la plaquette d'accueil", dueDate: "2020-01-15" });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ dueDate: "2020-01-15", isOverdue: true });
    const moved = await people.manager.patch(lateUrl, { dueDate: "2020-02-01" });
    expect(moved.statusCode).toBe(400);
    expect(moved.json()).toMatchObject({ code: "due_date_past" });
    const done = await people.manager.patch(lateUrl, { status: "done" });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ status: "done", dueDate: "2020-01-15" });
    expect((await people.manager.patch(lateUrl, { dueDate: shift(today, 7) })).statusCode).toBe(200);
  });
});

describe("the owner", () => {
  it("a member is told once per assignment, with the action, its due date and a link", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const staff = people.staff.user;
    const created = await people.manager.post(actions(orgId), { title: "Former l'accueil au nouveau logiciel", ownerUserId: staff.id, dueDate: shift(today, 30) });
    expect(created.statusCode).toBe(201);
    const action: ImprovementAction = created.json();
    expect(action).toMatchObject({ ownerUserId: staff.id, ownerName: staff.name, ownerEmail: null });

    const mail = await lastEmailTo(t, staff.email, "action_assigned");
    expect(mail.subject).toContain("Former l'accueil au nouveau logiciel");
    expect(mail.bodyText).toContain("Person manager");
    expect(mail.bodyText).toMatch(/Échéance : \d{1,2} \S+ \d{4}/);
    expect(mail.link).toMatch(/\/workshops\/actions$/);

    // Edits that keep the owner (and giving them the same action again) send nothing more.
    expect((await people.manager.patch(actions(orgId, `/${action.id}`), { title: "Former tout l'accueil", status: "in_progress" })).statusCode).toBe(200);
    expect((await people.manager.patch(actions(orgId, `/${action.id}`), { ownerUserId: staff.id })).statusCode).toBe(200);
    expect(await assignedMailsTo(orgId, staff.email)).toHaveLength(1);

    // Another owner is told; so is the first again when it comes back to them.
    const viewer = people.viewer.user;
    expect((await people.manager.patch(actions(orgId, `/${action.id}`), { ownerUserId: viewer.id })).json()).toMatchObject({ ownerName: viewer.name });
    expect(await assignedMailsTo(orgId, viewer.email)).toHaveLength(1);
    expect((await people.manager.patch(actions(orgId, `/${action.id}`), { ownerUserId: staff.id })).statusCode).toBe(200);
    expect(await assignedMailsTo(orgId, staff.email)).toHaveLength(2);
  });

  it("is a member of this organisation or a named outsider", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const other = await organisationWithRoles(t);
    const stranger = await people.manager.post(actions(orgId), { title: "Action", ownerUserId: other.people.staff.user.id });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json()).toMatchObject({ code: "validation_failed" });

    const outsider = await people.manager.post(actions(orgId), { title: "Relire le livret", ownerName: "Karim Benali", ownerEmail: "karim.benali@exemple.fr" });
    expect(outsider.statusCode).toBe(201);
    expect(outsider.json()).toMatchObject({ ownerUserId: null, ownerName: "Karim Benali", ownerEmail: "karim.benali@exemple.fr" });
    const told = await lastEmailTo(t, "karim.benali@exemple.fr", "action_assigned");
    expect(told.bodyText).toContain("Relire le livret");
    expect(told.link).toBeNull();
  });
});

describe("my actions (owner=me)", () => {
  it("lists the signed-in member's open actions across workshops, never someone else's nor another organisation's", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const staff = people.staff.user;
    const mine = await people.manager.post(actions(orgId), { title: "La mienne", ownerUserId: staff.id });
    const finished = await people.manager.post(actions(orgId), { title: "Finie", ownerUserId: staff.id, status: "done" });
    const theirs = await people.manager.post(actions(orgId), { title: "Celle du lecteur", ownerUserId: people.viewer.user.id });
    const named = await people.manager.post(actions(orgId), { title: "Au nom seulement", ownerName: staff.name });
    for (const response of [mine, finished, theirs, named]) expect(response.statusCode).toBe(201);

    // Decided in a workshop, the owner picked among the room's participants.
    const workshop = await insertWorkshop(t.ctx.db, orgId, [[people.manager, "facilitator"], [people.staff, "participant"]]);
    const [participant] = await t.ctx.db.select().from(workshopParticipants).where(eq(workshopParticipants.userId, staff.id));
    const state = { ...initialWorkshopState(), actions: [{ id: "a1", title: "Décidée en atelier", ownerName: staff.name, ownerParticipantId: participant?.id ?? "", dueDate: null }] };
    expect(await t.ctx.db.transaction((tx) => recordWorkshopClosed(tx, orgId, workshop.id, state, t.ctx))).toBe(1);
    expect(await t.ctx.db.transaction((tx) => recordWorkshopClosed(tx, orgId, workshop.id, state, t.ctx))).toBe(0);
    const told = await assignedMailsTo(orgId, staff.email);
    expect(told).toHaveLength(3); // "La mienne", "Finie", and once for the workshop's, however often the close is recorded
    expect(told.filter((mail) => mail.body.includes("Décidée lors de l'atelier « Atelier planning des intervenants »"))).toHaveLength(1);

    // The same person, member of a second organisation, with an action there.
    const second = await organisationWithRoles(t);
    await addMember(t, second.orgId, people.staff, "staff");
    const elsewhere = await second.people.manager.post(actions(second.orgId), { title: "Ailleurs", ownerUserId: staff.id });
    expect(elsewhere.statusCode).toBe(201);

    const list: ImprovementAction[] = (await people.staff.get(actions(orgId, "?owner=me&open=true"))).json();
    expect(list.map((a) => a.title).sort()).toEqual(["Décidée en atelier", "La mienne"]);
    const all: ImprovementAction[] = (await people.staff.get(actions(orgId, "?owner=me"))).json();
    expect(all.map((a) => a.title).sort()).toEqual(["Décidée en atelier", "Finie", "La mienne"]);
    const there: ImprovementAction[] = (await people.staff.get(actions(second.orgId, "?owner=me"))).json();
    expect(there.map((a) => a.title)).toEqual(["Ailleurs"]);
    expect((await people.viewer.get(actions(second.orgId, "?owner=me"))).statusCode).toBe(404);
  });
});
