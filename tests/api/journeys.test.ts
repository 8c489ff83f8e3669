import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyCellFields } from "../../shared/journeys/document.js";
import type { JourneyMap } from "../../shared/schemas/journeys.js";
import { type Agent, organisationWithRoles } from "../factories.js";
import { createTestApp, type TestApp } from "../test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.destroy());

async function blankJourney(agent: Agent, orgId: string): Promise<JourneyMap> {
  const created = await agent.post(`/api/v1/organisations/${orgId}/journeys`, { title: "Parcours Master Marketing Digital" });
  expect(created.statusCode, created.body).toBe(201);
  return created.json();
}

/** A blank journey with one stage: the map as created, its API path, and the stage (its creation checked). */
async function journeyWithStage(agent: Agent, orgId: string, stageTitle: string) {
  const journey = await blankJourney(agent, orgId);
  const base = `/api/v1/organisations/${orgId}/journeys/${journey.journey.id}`;
  const added = await agent.post(`${base}/stages`, { title: stageTitle });
  expect(added.statusCode, added.body).toBe(200);
  const stage = (added.json() as JourneyMap).stages[0];
  if (!stage) throw new Error("the stage was not added");
  return { journey, base, stage };
}

describe("building a journey", () => {
  it("creates a blank journey with default lanes, then stages, steps and cells", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const journey = await blankJourney(people.manager, orgId);
    expect(journey.lanes.map((lane) => lane.category)).toEqual(expect.arrayContaining(["learner", "staff", "teacher", "company", "funder"]));
    const base = `/api/v1/organisations/${orgId}/journeys/${journey.journey.id}`;

    let map: JourneyMap = (await people.manager.post(`${base}/stages`, { title: "Candidature" })).json();
    map = (await people.manager.post(`${base}/stages`, { title: "Admission" })).json();
    const [apply, admit] = map.stages;
    map = (await people.manager.post(`${base}/steps`, { stageId: apply?.id, title: "Dépôt du dossier", channel: "digital", targetDelayHours: 24 })).json();
    map = (await people.manager.post(`${base}/steps`, { stageId: apply?.id, title: "Accusé de réception", channel: "email" })).json();
    map = (await people.manager.post(`${base}/steps`, { stageId: admit?.id, title: "Entretien", channel: "in_person" })).json();
    expect(map.stages.map((stage) => stage.steps.map((step) => step.title))).toEqual([["Dépôt du dossier", "Accusé de réception"], ["Entretien"]]);

    const receipt = map.stages[0]?.steps[1];
    map = (await people.manager.post(`${base}/steps/${receipt?.id}/move`, { stageId: admit?.id, position: 0 })).json();
    expect(map.stages.map((stage) => stage.steps.map((step) => step.title))).toEqual([["Dépôt du dossier"], ["Accusé de réception", "Entretien"]]);
    map = (await people.manager.post(`${base}/stages/${admit?.id}/move`, { position: 0 })).json();
    expect(map.stages.map((stage) => stage.title)).toEqual(["Admission", "Candidature"]);

    const learner = map.lanes.find((lane) => lane.category === "learner");
    const edited = await people.manager.patch(`${base}/cells`, {
      stepId: receipt?.id,
      stakeholderTypeId: learner?.stakeholderTypeId,
      changes: { involvement: "direct", emotion: -2, painPoints: "Aucune nouvelle pendant trois semaines" },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().cell).toMatchObject({ involvement: "direct", emotion: -2, painPoints: "Aucune nouvelle pendant trois semaines" });
    expect(edited.json().revision).toBeGreaterThan(journey.journey.revision);
  });

  it("never overwrites a field someone else changed meanwhile", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const { journey, base, stage } = await journeyWithStage(people.manager, orgId, "Formation");
    const step = (await people.manager.post(`${base}/steps`, { stageId: stage.id, title: "Planning des cours" })).json().stages[0].steps[0];
    const teacher = journey.lanes.find((lane) => lane.category === "teacher");
    const key = { stepId: step.id, stakeholderTypeId: teacher?.stakeholderTypeId };

    const first = await people.manager.patch(`${base}/cells`, { ...key, changes: { painPoints: "Planning reçu tard" }, base: { painPoints: "" } });
    expect(first.statusCode).toBe(200);
    const second = await people.admin.patch(`${base}/cells`, { ...key, changes: { painPoints: "Salle non réservée" }, base: { painPoints: "" } });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({
      code: "conflict",
      conflicts: [{ field: "painPoints", theirs: "Planning reçu tard", yours: "Salle non réservée", base: "" }],
    });
    const otherField = await people.admin.patch(`${base}/cells`, {
      ...key,
      changes: { opportunities: "Planning partagé six mois avant" },
      base: { opportunities: "" },
    });
    expect(otherField.statusCode).toBe(200);
    const map: JourneyMap = (await people.viewer.get(base)).json();
    expect(map.cells.find((cell) => cell.stepId === step.id)).toMatchObject({
      painPoints: "Planning reçu tard",
      opportunities: "Planning partagé six mois avant",
    });
  });

  it("finds moments of truth, follows impact links and ranks the learner steps at risk", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const { journey, base, stage } = await journeyWithStage(people.manager, orgId, "Formation");
    expect((await people.manager.post(`${base}/steps`, { stageId: stage.id, title: "Planning" })).statusCode).toBe(200);
    const steps = (await people.manager.post(`${base}/steps`, { stageId: stage.id, title: "Cours" })).json().stages[0].steps;
    const [planning, course] = steps;
    const lane = (category: string) => journey.lanes.find((l) => l.category === category)?.stakeholderTypeId;
    const staff = journey.lanes.filter((l) => l.category === "staff").map((l) => l.stakeholderTypeId);
    for (const [stakeholderTypeId, emotion] of [
      [lane("teacher"), -2],
      [staff[0], 1],
      [staff[1], 0],
    ] as const) {
      expect(
        (await people.manager.patch(`${base}/cells`, { stepId: planning.id, stakeholderTypeId, changes: { involvement: "direct", emotion } })).statusCode,
      ).toBe(200);
    }
    const linked = await people.manager.post(`${base}/links`, {
      from: { stepId: planning.id, stakeholderTypeId: lane("teacher") },
      to: { stepId: course.id, stakeholderTypeId: lane("learner") },
      sign: 1,
      weight: 3,
      sentence: "Un planning reçu tard réduit la préparation des cours",
    });
    expect(linked.statusCode, linked.body).toBe(200);
    const map: JourneyMap = linked.json();
    expect(map.links).toHaveLength(1);
    expect(map.stages[0]?.steps[0]).toMatchObject({ title: "Planning", isMomentOfTruth: true });
    expect(map.stages[0]?.steps[1]?.isMomentOfTruth).toBe(false);

    const domino = await people.viewer.get(`${base}/domino?stepId=${planning.id}&stakeholderTypeId=${lane("teacher")}`);
    expect(domino.statusCode).toBe(200);
    expect(domino.json().learnerSteps).toEqual([expect.objectContaining({ stepId: course.id, risk: 0.85 })]);

    const flagged = await people.manager.patch(`${base}/steps/${course.id}`, { momentOfTruth: "yes" });
    expect(flagged.json().stages[0].steps[1].isMomentOfTruth).toBe(true);
  });
});

describe("versions, export and import", () => {
  it("names a snapshot, shows what changed since, and exports a document that imports back identically", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const { base, stage } = await journeyWithStage(people.manager, orgId, "Admission");
    const step = (await people.manager.post(`${base}/steps`, { stageId: stage.id, title: "Entretien" })).json().stages[0].steps[0];
    const version = await people.manager.post(`${base}/versions`, { name: "Revue trimestrielle T1" });
    expect(version.statusCode).toBe(201);

    expect((await people.manager.patch(`${base}/steps/${step.id}`, { title: "Entretien de motivation" })).statusCode).toBe(200);
    expect((await people.manager.post(`${base}/steps`, { stageId: stage.id, title: "Décision" })).statusCode).toBe(200);
    const diff = (await people.viewer.get(`${base}/diff?from=${version.json().id}&to=current`)).json();
    expect(diff.diff.isEmpty).toBe(false);
    expect(diff.diff.steps.added.map((item: { label?: string; item?: { title: string } }) => item.item?.title ?? item.label)).toContain("Décision");
    expect(JSON.stringify(diff.diff.steps.changed)).toContain("Entretien de motivation");
    expect((await people.viewer.get(`${base}/versions`)).json()).toEqual([expect.objectContaining({ name: "Revue trimestrielle T1" })]);
    const old = (await people.viewer.get(`${base}/versions/${version.json().id}`)).json();
    expect(old.stages[0].steps.map((s: { title: string }) => s.title)).toEqual(["Entretien"]);

    const exported = (await people.viewer.get(`${base}/document`)).json();
    const imported = await people.manager.post(`/api/v1/organisations/${orgId}/journeys`, { document: exported });
    expect(imported.statusCode, imported.body).toBe(201);
    const again = (await people.viewer.get(`/api/v1/organisations/${orgId}/journeys/${imported.json().journey.id}/document`)).json();
    expect(withoutRefs(again)).toEqual(withoutRefs(exported));
  });

  it("starts a journey from a built-in template in the person's language", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const templates = (await people.manager.get(`/api/v1/organisations/${orgId}/journey-templates?locale=fr`)).json();
    expect(templates.map((tpl: { key: string }) => tpl.key)).toEqual(
      expect.arrayContaining(["online-admission", "course-planning", "internship-apprenticeship", "rncp-certification", "alumni"]),
    );
    const created = await people.manager.post(`/api/v1/organisations/${orgId}/journeys`, { templateKey: "course-planning" });
    expect(created.statusCode, created.body).toBe(201);
    const map: JourneyMap = created.json();
    expect(map.stages.length).toBeGreaterThanOrEqual(4);
    expect(map.cells.length).toBeGreaterThan(10);
    expect(map.links.length).toBeGreaterThanOrEqual(3);
    expect(map.stages.flatMap((s) => s.steps).some((s) => s.isMomentOfTruth)).toBe(true);
    const csv = await people.viewer.get(`/api/v1/organisations/${orgId}/journeys/${map.journey.id}/cells.csv`);
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.body.split("\n")[0]).toContain("Point de contact");
  });
});

describe("access", () => {
  it("lets viewers read but not edit, hides journeys from guests and from other organisations", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const journey = await blankJourney(people.manager, orgId);
    const base = `/api/v1/organisations/${orgId}/journeys/${journey.journey.id}`;
    expect((await people.viewer.get(base)).statusCode).toBe(200);
    expect((await people.viewer.post(`${base}/stages`, { title: "X" })).statusCode).toBe(403);
    expect((await people.staff.patch(base, { title: "X" })).statusCode).toBe(403);
    expect((await people.guest.get(base)).statusCode).toBe(403);

    const other = await organisationWithRoles(t);
    const foreign = `/api/v1/organisations/${other.orgId}/journeys/${journey.journey.id}`;
    expect((await other.owner.get(foreign)).statusCode).toBe(404);
    expect((await other.owner.post(`${foreign}/stages`, { title: "X" })).statusCode).toBe(404);
    expect((await other.owner.get(`${foreign}/versions`)).statusCode).toBe(404);
    expect((await other.owner.get(`${foreign}/domino?stepId=${journey.journey.id}&stakeholderTypeId=${journey.lanes[0]?.stakeholderTypeId}`)).statusCode).toBe(
      404,
    );
    expect((await other.owner.get(`${foreign}/document`)).statusCode).toBe(404);
    expect((await other.owner.get(`${base}`)).statusCode).toBe(404);
    const lanes = (await other.owner.get(`/api/v1/organisations/${other.orgId}/stakeholder-types`)).json();
    const ownJourney = await blankJourney(other.owner, other.orgId);
    const foreignLane = journey.lanes[0]?.stakeholderTypeId;
    const refused = await other.owner.request("PUT", `/api/v1/organisations/${other.orgId}/journeys/${ownJourney.journey.id}/lanes`, {
      stakeholderTypeIds: [lanes[0].id, foreignLane],
    });
    expect(refused.statusCode).toBe(400);
  });
});

/** A document with refs replaced by their order, to compare a journey with its re-import. */
function withoutRefs(doc: {
  stages: { ref: string; steps: { ref: string }[] }[];
  cells: { stepRef: string }[];
  links: { ref: string; from: { stepRef: string }; to: { stepRef: string } }[];
}) {
  const order = new Map<string, string>();
  doc.stages.forEach((stage, i) => {
    order.set(stage.ref, `stage${i}`);
    for (const [j, step] of stage.steps.entries()) order.set(step.ref, `step${i}.${j}`);
  });
  const text = JSON.stringify(doc, (key, value) => (typeof value === "string" && order.has(value) ? order.get(value) : key === "ref" ? "ref" : value));
  return JSON.parse(text);
}

describe("importing a document", () => {
  it("refuses an inconsistent document with the path of each problem, and creates nothing", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const { base, stage } = await journeyWithStage(people.manager, orgId, "Admission");
    expect((await people.manager.post(`${base}/steps`, { stageId: stage.id, title: "Entretien" })).statusCode).toBe(200);
    const doc = (await people.viewer.get(`${base}/document`)).json();
    doc.cells.push({ ...emptyCellFields, stepRef: "no-such-step", stakeholderRef: doc.stakeholders[0].ref, involvement: "direct" });
    const before = (await people.viewer.get(`/api/v1/organisations/${orgId}/journeys`)).json().length;
    const refused = await people.manager.post(`/api/v1/organisations/${orgId}/journeys`, { document: doc });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].path).toMatch(/^body\.document\.cells\[\d+\]\.stepRef$/);
    expect((await people.viewer.get(`/api/v1/organisations/${orgId}/journeys`)).json()).toHaveLength(before);
  });
});

describe("partial changes", () => {
  it("changes only the fields sent: a step's title keeps its channel and delay, a link's weight keeps its sentence", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const map: JourneyMap = (await people.manager.post(`/api/v1/organisations/${orgId}/journeys`, { templateKey: "online-admission" })).json();
    const base = `/api/v1/organisations/${orgId}/journeys/${map.journey.id}`;
    const step = map.stages.flatMap((s) => s.steps).find((s) => s.targetDelayHours === 24);
    const changed: JourneyMap = (await people.manager.patch(`${base}/steps/${step?.id}`, { title: "Accusé de réception sous 24 h" })).json();
    const after = changed.stages.flatMap((s) => s.steps).find((s) => s.id === step?.id);
    expect(after).toMatchObject({
      title: "Accusé de réception sous 24 h",
      channel: step?.channel,
      ownerService: step?.ownerService,
      description: step?.description,
      targetDelayHours: 24,
    });

    const link = map.links[0];
    const relinked: JourneyMap = (await people.manager.patch(`${base}/links/${link?.id}`, { weight: 1 })).json();
    expect(relinked.links.find((l) => l.id === link?.id)).toMatchObject({ weight: 1, sentence: link?.sentence, sign: link?.sign });
  });

  it("refuses a change that names no field (`{}` or only unknown fields) with validation_failed, not a 500, and changes nothing", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const map: JourneyMap = (await people.manager.post(`/api/v1/organisations/${orgId}/journeys`, { templateKey: "online-admission" })).json();
    const base = `/api/v1/organisations/${orgId}/journeys/${map.journey.id}`;
    const step = map.stages.flatMap((s) => s.steps)[0];
    const link = map.links[0];
    for (const path of [base, `${base}/steps/${step?.id}`, `${base}/links/${link?.id}`])
      for (const body of [{}, { colour: "red" }]) {
        const response = await people.manager.patch(path, body);
        expect(response.statusCode, `${path} ${JSON.stringify(body)}: ${response.body}`).toBe(400);
        expect(response.json().code).toBe("validation_failed");
      }
    const after: JourneyMap = (await people.manager.get(base)).json();
    expect(after.journey.revision).toBe(map.journey.revision);
  });
});
