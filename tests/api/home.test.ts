/**
 * The home page (issue 12, item 10): one endpoint composing what needs the caller now, the recent
 * journeys and the latest NPS from the other features. Each role sees only what it may see, a guest
 * only their own workshops, and another organisation's data never appears.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultTimeZone } from "../../shared/i18n.js";
import type { Home } from "../../shared/schemas/home.js";
import type { Survey } from "../../shared/schemas/surveys.js";
import { followUpTasks, improvementActions, surveyResponses, workshops } from "../../server/db/schema.js";
import { rollUpScores } from "../../server/modules/surveys/rollups.queries.js";
import { organisationWithRoles } from "../factories.js";
import { insertSurvey } from "../survey-factories.js";
import { addResponses } from "../survey-responses.js";
import { createTestApp, type TestApp } from "../test-app.js";
import { insertWorkshop } from "../workshop-factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.destroy());

const day = 86_400_000;
const today = new Intl.DateTimeFormat("en-CA", { timeZone: defaultTimeZone }).format(new Date());
const home = (orgId: string) => `/api/v1/organisations/${orgId}/home`;

/** An organisation with something in every part of the home page; `label` marks its titles. */
async function filledOrganisation(label: string) {
  const org = await organisationWithRoles(t);
  const { orgId, people } = org;
  const db = t.ctx.db;
  const journey = await people.manager.post(`/api/v1/organisations/${orgId}/journeys`, { title: `Parcours ${label}` });
  expect(journey.statusCode).toBe(201);

  // A workshop in three days with the guest and the staff member; another one, next month, with nobody.
  const soon = await insertWorkshop(db, orgId, [
    [people.guest, "participant"],
    [people.staff, "participant"],
  ]);
  await db.update(workshops).set({ title: `Atelier ${label}`, scheduledAt: new Date(Date.now() + 3 * day) }).where(eq(workshops.id, soon.id));
  const later = await insertWorkshop(db, orgId, []);
  await db.update(workshops).set({ title: `Atelier lointain ${label}`, scheduledAt: new Date(Date.now() + 30 * day) }).where(eq(workshops.id, later.id));

  // Actions: one for the staff member, one for the manager, one done.
  await db.insert(improvementActions).values([
    { organisationId: orgId, title: `Action du staff ${label}`, ownerUserId: people.staff.user.id, ownerName: "Person staff", dueDate: today },
    { organisationId: orgId, title: `Action du manager ${label}`, ownerUserId: people.manager.user.id, ownerName: "Person manager", dueDate: today },
    { organisationId: orgId, title: `Action finie ${label}`, ownerUserId: people.staff.user.id, ownerName: "Person staff", status: "done" },
    // Decided in a workshop for a named outsider who happens to bear a member's name: not that member's.
    { organisationId: orgId, title: `Action nommée ${label}`, ownerName: "Person manager", dueDate: null },
    { organisationId: orgId, title: `Action d'un homonyme ${label}`, ownerUserId: people.staff.user.id, ownerName: "Person viewer", dueDate: today },
  ]);

  // A survey closing in five days with six answers (above the minimum group size), one of them followed up.
  const { survey } = await insertSurvey(db, orgId, { closesAt: new Date(Date.now() + 5 * day) });
  const surveyView: Survey = (await people.manager.get(`/api/v1/organisations/${orgId}/surveys/${survey.id}`)).json();
  await addResponses(t, orgId, surveyView, [{ nps: 10 }, { nps: 10 }, { nps: 9 }, { nps: 8 }, { nps: 3 }, { nps: 10 }]);
  const [response] = await db.select({ id: surveyResponses.id }).from(surveyResponses).where(eq(surveyResponses.surveyId, survey.id)).limit(1);
  if (!response) throw new Error("no response");
  await db.insert(followUpTasks).values({ organisationId: orgId, surveyId: survey.id, responseId: response.id, ownerService: `Scolarité ${label}`, reason: "nps", dueOn: today });
  while ((await rollUpScores(db)) > 0) {}
  return { ...org, surveyId: survey.id };
}

let a: Awaited<ReturnType<typeof filledOrganisation>>;
let b: Awaited<ReturnType<typeof filledOrganisation>>;
beforeAll(async () => {
  a = await filledOrganisation("A");
  b = await filledOrganisation("B");
});

async function homeAs(role: keyof typeof a.people): Promise<Home> {
  const reply = await a.people[role].get(home(a.orgId));
  expect(reply.statusCode).toBe(200);
  return reply.json();
}

describe("GET /home", () => {
  it("a manager sees the follow-ups, their own actions, every workshop this week, the surveys closing, the journeys and the NPS with n", async () => {
    const page = await homeAs("manager");
    expect(page.followUps?.count).toBe(1);
    expect(page.followUps?.items[0]).toMatchObject({ surveyId: a.surveyId, ownerService: "Scolarité A", dueOn: today });
    expect(page.actions?.items.map((x) => x.title)).toEqual(["Action du manager A"]);
    expect(page.workshops.items.map((w) => w.title)).toEqual(["Atelier A"]);
    expect(page.closingSurveys).toMatchObject({ count: 1, items: [{ id: a.surveyId, responseCount: 6 }] });
    expect(page.journeys?.items.map((j) => j.title)).toEqual(["Parcours A"]);
    // 4 promoters, 1 passive, 1 detractor of 6 people: NPS 50.
    expect(page.nps?.overall).toMatchObject({ status: "ok", people: 6, value: { nps: 50 } });
  });

  it("staff see their own actions and only the workshops they take part in, no follow-ups", async () => {
    const page = await homeAs("staff");
    expect(page.followUps).toBeNull();
    expect(page.actions?.items.map((x) => x.title).sort()).toEqual(["Action d'un homonyme A", "Action du staff A"].sort());
    expect(page.workshops.items.map((w) => w.title)).toEqual(["Atelier A"]);
    expect(page.nps?.overall).toMatchObject({ status: "ok", people: 6 });
  });

  it("a viewer sees no workshop they are not part of, and nothing of anyone else's actions", async () => {
    const page = await homeAs("viewer");
    expect(page.followUps).toBeNull();
    expect(page.actions?.count).toBe(0);
    expect(page.workshops.count).toBe(0);
    expect(page.journeys?.count).toBe(1);
  });

  it("a guest sees only their workshops", async () => {
    const page = await homeAs("guest");
    expect(page).toEqual({
      followUps: null,
      actions: null,
      workshops: { count: 1, items: [expect.objectContaining({ title: "Atelier A" })] },
      closingSurveys: null,
      journeys: null,
      nps: null,
    });
  });

  it("never shows another organisation's data, and answers 404 for an organisation the caller is not in", async () => {
    for (const role of ["owner", "manager", "staff", "guest"] as const) {
      const text = JSON.stringify(await homeAs(role));
      expect(text).not.toContain(" B");
      expect(text).not.toContain(b.surveyId);
    }
    expect((await a.people.manager.get(home(b.orgId))).statusCode).toBe(404);
  });

  it("masks the NPS under the minimum group size, with n counting people", async () => {
    const org = await organisationWithRoles(t);
    const { survey } = await insertSurvey(t.ctx.db, org.orgId);
    const view: Survey = (await org.people.manager.get(`/api/v1/organisations/${org.orgId}/surveys/${survey.id}`)).json();
    await addResponses(t, org.orgId, view, [{ nps: 10 }, { nps: 2 }]);
    while ((await rollUpScores(t.ctx.db)) > 0) {}
    const page: Home = (await org.people.manager.get(home(org.orgId))).json();
    expect(page.nps?.overall).toEqual({ status: "too_few", n: 2 });
    expect(page.closingSurveys?.count).toBe(0);
  });

  it("refuses the signed out", async () => {
    expect((await t.app.inject({ method: "GET", url: home(a.orgId) })).statusCode).toBe(401);
  });
});
