import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JourneyMap } from "../../shared/schemas/journeys.js";
import type { Workshop, WorkshopSummary } from "../../shared/schemas/workshops.js";
import { defaultAgenda } from "../../shared/workshops/formats.js";
import { auditEvents, emails, member, user, workshopParticipants } from "../../server/db/schema.js";
import { Agent, addMember, organisationWithRoles, signUp, uniqueEmail } from "../factories.js";
import { createTestApp, type TestApp } from "../test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.destroy());

const url = (orgId: string, path = "") => `/api/v1/organisations/${orgId}/workshops${path}`;

async function createWorkshop(agent: Agent, orgId: string, body: Record<string, unknown> = {}): Promise<Workshop> {
  const response = await agent.post(url(orgId), { title: "Admissions : ce qui coince", format: "discovery", objective: "Comprendre les abandons", ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe("preparing a workshop", () => {
  it("creates a workshop with the format's agenda, the default question and its creator as facilitator", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const workshop = await createWorkshop(people.manager, orgId);
    expect(workshop.agenda).toEqual(defaultAgenda("discovery"));
    expect(workshop.preparationQuestion).toMatch(/^Notez trois situations/);
    expect(workshop.status).toBe("draft");
    expect(workshop.participants).toEqual([expect.objectContaining({ userId: people.manager.user.id, role: "facilitator" })]);

    const english = await createWorkshop(people.manager, orgId, { locale: "en", format: "validation", agenda: [{ id: "a", phase: "opening", minutes: 5 }] });
    expect(english.preparationQuestion).toMatch(/^Write down three situations/);
    expect(english.agenda).toEqual([{ id: "a", phase: "opening", minutes: 5 }]);
  });

  it("rejects invalid input with validation_failed", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const badFormat = await people.manager.post(url(orgId), { title: "x", format: "brainstorm" });
    expect(badFormat.statusCode).toBe(400);
    expect(badFormat.json().code).toBe("validation_failed");
    const noTitle = await people.manager.post(url(orgId), { title: " ", format: "discovery" });
    expect(noTitle.statusCode).toBe(400);
    const badAgenda = await people.manager.post(url(orgId), { title: "x", format: "discovery", agenda: [{ id: "a", phase: "dancing", minutes: 5 }] });
    expect(badAgenda.statusCode).toBe(400);
    const foreignStep = await people.manager.post(url(orgId), {
      title: "x",
      format: "discovery",
      scope: { stageIds: [], stepIds: ["5f1e0c1e-0000-4000-8000-000000000000"] },
    });
    expect(foreignStep.json().code).toBe("validation_failed");
  });

  it("answers 401 signed out, 403 for a role that may not prepare, 404 for another organisation", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const workshop = await createWorkshop(people.manager, orgId);
    const signedOut = new Agent(t);
    expect((await signedOut.get(url(orgId))).statusCode).toBe(401);
    expect((await people.staff.post(url(orgId), { title: "x", format: "discovery" })).statusCode).toBe(403);
    expect((await people.viewer.patch(url(orgId, `/${workshop.id}`), { title: "y" })).statusCode).toBe(403);
    // staff may read
    const read = await people.staff.get(url(orgId, `/${workshop.id}`));
    expect(read.statusCode).toBe(200);
    expect(read.json().canManage).toBe(false);
    // another organisation: the workshop does not exist for them, even with their own org id
    const other = await organisationWithRoles(t);
    expect((await other.owner.get(url(orgId, `/${workshop.id}`))).statusCode).toBe(404);
    expect((await other.owner.get(url(other.orgId, `/${workshop.id}`))).statusCode).toBe(404);
    expect((await other.owner.patch(url(other.orgId, `/${workshop.id}`), { title: "pris" })).statusCode).toBe(404);
  });

  it("shows a workshop to a guest only when they take part in it", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const mine = await createWorkshop(people.manager, orgId, { title: "Avec l'invité" });
    const notMine = await createWorkshop(people.manager, orgId, { title: "Sans l'invité" });
    const added = await people.manager.post(url(orgId, `/${mine.id}/participants`), { userId: people.guest.user.id, role: "participant" });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().participants.find((p: { userId: string }) => p.userId === people.guest.user.id).isOutsider).toBe(true);

    const seen = await people.guest.get(url(orgId, `/${mine.id}`));
    expect(seen.statusCode).toBe(200);
    // a guest sees who takes part, not their e-mail addresses
    expect(seen.json().participants.map((p: { email: string }) => p.email)).toEqual(["", ""]);
    expect((await people.guest.get(url(orgId, `/${mine.id}/minutes`))).statusCode).toBe(200);
    expect((await people.guest.get(url(orgId, `/${notMine.id}`))).statusCode).toBe(404);
    expect((await people.guest.get(url(orgId, `/${notMine.id}/minutes`))).statusCode).toBe(404);
    const list: WorkshopSummary[] = (await people.guest.get(url(orgId))).json();
    expect(list.map((w) => w.title)).toEqual(["Avec l'invité"]);
    expect((await people.guest.patch(url(orgId, `/${mine.id}`), { title: "x" })).statusCode).toBe(403);
    expect((await people.guest.get(`/api/v1/organisations/${orgId}/improvement-actions`)).statusCode).toBe(403);
  });

  it("invites an outsider by e-mail: an invitation (no membership until accepted), a link into the workshop", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const workshop = await createWorkshop(people.manager, orgId);
    const email = uniqueEmail("tuteur");
    const response = await people.manager.post(url(orgId, `/${workshop.id}/participants`), {
      email,
      name: "Paul Tuteur",
      guestKind: "company_tutor",
      role: "participant",
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().participants.find((p: { email: string }) => p.email === email)).toMatchObject({ name: "Paul Tuteur", isPending: true });
    const [guestUser] = await t.ctx.db.select().from(user).where(eq(user.email, email));
    expect(guestUser).toBeDefined();
    // No membership before they accept (tests/api/workshop-invitations.test.ts).
    const memberships = await t.ctx.db
      .select()
      .from(member)
      .where(and(eq(member.userId, guestUser?.id ?? ""), eq(member.organizationId, orgId)));
    expect(memberships).toEqual([]);
    const [mail] = await t.ctx.db.select().from(emails).where(eq(emails.toAddress, email));
    expect(mail?.kind).toBe("guest_invitation");
    expect(decodeURIComponent(mail?.link ?? "")).toContain(`/workshops/${workshop.id}`);
    // invited to another workshop: a second invitation, no error
    const second = await createWorkshop(people.manager, orgId);
    expect((await people.manager.post(url(orgId, `/${second.id}/participants`), { email, name: "Paul Tuteur" })).statusCode).toBe(201);
    // twice in the same workshop: a conflict
    expect((await people.manager.post(url(orgId, `/${second.id}/participants`), { email, name: "Paul Tuteur" })).statusCode).toBe(409);
  });

  it("keeps at least one facilitator", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const workshop = await createWorkshop(people.manager, orgId);
    const facilitator = workshop.participants[0];
    const demote = await people.manager.patch(url(orgId, `/${workshop.id}/participants/${facilitator?.id}`), { role: "participant" });
    expect(demote.statusCode).toBe(409);
    expect((await people.manager.delete(url(orgId, `/${workshop.id}/participants/${facilitator?.id}`))).statusCode).toBe(409);
    const withStaff: Workshop = (
      await people.manager.post(url(orgId, `/${workshop.id}/participants`), { userId: people.staff.user.id, role: "facilitator" })
    ).json();
    expect((await people.manager.patch(url(orgId, `/${workshop.id}/participants/${facilitator?.id}`), { role: "observer" })).statusCode).toBe(200);
    expect(withStaff.participants).toHaveLength(2);
  });

  it("refuses a participant change that names no field (`{}`) with validation_failed, not a 500, and audits nothing", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const workshop = await createWorkshop(people.manager, orgId);
    const invited: Workshop = (await people.manager.post(url(orgId, `/${workshop.id}/participants`), { email: uniqueEmail(), name: "Paul Tuteur" })).json();
    for (const participant of invited.participants) {
      const response = await people.manager.patch(url(orgId, `/${workshop.id}/participants/${participant.id}`), {});
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().code).toBe("validation_failed");
    }
    const changes = await t.ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organisationId, orgId), eq(auditEvents.action, "workshop.participant_changed")));
    expect(changes).toEqual([]);
  });

  it("warns above ten producing participants and suggests sub-groups balanced by stakeholder type", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const types = (await people.manager.get(`/api/v1/organisations/${orgId}/stakeholder-types`)).json() as { id: string; category: string }[];
    const learner = types.find((type) => type.category === "learner")?.id;
    const teacher = types.find((type) => type.category === "teacher")?.id;
    const workshop = await createWorkshop(people.manager, orgId);
    let current = workshop;
    for (let i = 0; i < 11; i++) {
      const person = await signUp(t, `Personne ${i}`);
      await addMember(t, orgId, person, "staff");
      const response = await people.manager.post(url(orgId, `/${workshop.id}/participants`), {
        userId: person.user.id,
        role: i === 10 ? "observer" : "participant",
        stakeholderTypeId: i % 2 === 0 ? learner : teacher,
      });
      expect(response.statusCode, response.body).toBe(201);
      current = response.json();
      // 1 facilitator + i+1 participants: the warning starts at 11 producing people
      if (i === 8) expect(current.subGroupWarning).toBeNull();
    }
    expect(current.subGroupWarning?.producingCount).toBe(11);
    const groups = current.subGroupWarning?.suggestedGroups ?? [];
    expect(groups).toHaveLength(2);
    expect(groups.flat()).toHaveLength(11);
    const typeOf = new Map(current.participants.map((p) => [p.id, p.stakeholderTypeId]));
    for (const group of groups) {
      const learners = group.filter((id) => typeOf.get(id) === learner).length;
      expect(learners).toBeGreaterThanOrEqual(2);
    }
  });

  it("archives, lists upcoming / archived and searches title and objective without accents", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const a = await createWorkshop(people.manager, orgId, { title: "Intégration des alternants", objective: "Réduire les abandons" });
    await createWorkshop(people.manager, orgId, { title: "Certification RNCP", objective: "Préparer le jury" });
    const search = async (q: string, view = "upcoming") =>
      ((await people.staff.get(url(orgId, `?view=${view}&q=${encodeURIComponent(q)}`))).json() as WorkshopSummary[]).map((w) => w.title);
    expect(await search("integration")).toEqual(["Intégration des alternants"]);
    expect(await search("abandon")).toEqual(["Intégration des alternants"]);
    expect(await search("jury")).toEqual(["Certification RNCP"]);
    expect((await people.manager.post(url(orgId, `/${a.id}/archive`))).json().archivedAt).not.toBeNull();
    expect(await search("integration")).toEqual([]);
    expect(await search("integration", "archived")).toEqual(["Intégration des alternants"]);
    expect((await people.staff.post(url(orgId, `/${a.id}/unarchive`))).statusCode).toBe(403);
    expect((await people.manager.post(url(orgId, `/${a.id}/unarchive`))).statusCode).toBe(200);
    expect(await search("integration")).toEqual(["Intégration des alternants"]);
  });

  it("builds a facts pack from the scoped journey", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const map: JourneyMap = (await people.manager.post(`/api/v1/organisations/${orgId}/journeys`, { templateKey: "online-admission" })).json();
    const stage = map.stages[0];
    const workshop = await createWorkshop(people.manager, orgId, { journeyId: map.journey.id, scope: { stageIds: [stage?.id], stepIds: [] } });
    const facts = (await people.staff.get(url(orgId, `/${workshop.id}/facts`))).json();
    expect(facts.journey.id).toBe(map.journey.id);
    expect(facts.steps.map((s: { id: string }) => s.id)).toEqual(stage?.steps.map((s) => s.id));
    // The places the room attaches notes to: every lane of the journey, by name.
    expect(facts.lanes).toEqual(map.lanes.map((lane) => ({ stakeholderTypeId: lane.stakeholderTypeId, name: lane.name })));
    const painful = map.cells.find((c) => stage?.steps.some((s) => s.id === c.stepId) && c.painPoints);
    if (painful) {
      const step = facts.steps.find((s: { id: string }) => s.id === painful.stepId);
      expect(step.cells.some((c: { painPoints: string }) => c.painPoints === painful.painPoints)).toBe(true);
    }
    expect((await people.manager.get(url(orgId, `/${workshop.id}/invitation.ics`))).statusCode).toBe(404);
  });

  it("serves an .ics invitation once the workshop has a date", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const workshop = await createWorkshop(people.manager, orgId, { scheduledAt: "2031-03-12T09:30:00Z", location: "Salle B204" });
    const ics = await people.staff.get(url(orgId, `/${workshop.id}/invitation.ics`));
    expect(ics.statusCode).toBe(200);
    expect(ics.headers["content-type"]).toContain("text/calendar");
    expect(ics.body).toContain("DTSTART:20310312T093000Z");
    expect(ics.body).toContain("LOCATION:Salle B204");
    const unfolded = ics.body.replace(/\r\n[ \t]/g, "");
    expect(unfolded).toContain(`URL:http://localhost:3999/workshops/${workshop.id}/live`);
  });

  it("deletes only a workshop that has not run", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const workshop = await createWorkshop(people.manager, orgId);
    expect((await people.manager.delete(url(orgId, `/${workshop.id}`))).statusCode).toBe(204);
    expect((await people.manager.get(url(orgId, `/${workshop.id}`))).statusCode).toBe(404);
    const rows = await t.ctx.db.select().from(workshopParticipants).where(eq(workshopParticipants.workshopId, workshop.id));
    expect(rows).toEqual([]);
  });
});
