import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JourneyMap } from "../../shared/schemas/journeys.js";
import { type Agent, organisationWithRoles } from "../factories.js";
import { createTestApp, type TestApp } from "../test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.destroy());

/** A journey from a template (stages, cells and links), its path, and a version named "v3" of it. */
async function journeyWithVersion(agent: Agent, orgId: string) {
  const created = await agent.post(`/api/v1/organisations/${orgId}/journeys`, { templateKey: "course-planning" });
  expect(created.statusCode, created.body).toBe(201);
  const map: JourneyMap = created.json();
  const base = `/api/v1/organisations/${orgId}/journeys/${map.journey.id}`;
  const version = await agent.post(`${base}/versions`, { name: "v3" });
  expect(version.statusCode, version.body).toBe(201);
  return { map, base, versionId: String(version.json().id) };
}

describe("restoring a version", () => {
  it("brings back the old structure and cells exactly, keeping the state from before as a version", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const { map, base, versionId } = await journeyWithVersion(people.manager, orgId);
    const old = (await people.viewer.get(`${base}/versions/${versionId}`)).json();

    const [first, second] = map.stages;
    const lane = map.lanes[0];
    const step = second?.steps[0];
    if (!first || !step || !lane) throw new Error("the template has no stages or lanes");
    expect((await people.manager.delete(`${base}/stages/${first.id}`)).statusCode).toBe(200);
    expect((await people.manager.patch(`${base}/steps/${step.id}`, { title: "Étape renommée" })).statusCode).toBe(200);
    const cell = await people.manager.patch(`${base}/cells`, {
      stepId: step.id,
      stakeholderTypeId: lane.stakeholderTypeId,
      changes: { actions: "Changé depuis" },
    });
    expect(cell.statusCode, cell.body).toBe(200);
    const changed = (await people.viewer.get(`${base}/document`)).json();
    const revisionBefore = (await people.viewer.get(base)).json().journey.revision;

    const restored = await people.manager.post(`${base}/versions/${versionId}/restore`, {});
    expect(restored.statusCode, restored.body).toBe(200);
    expect(restored.json().revision).toBeGreaterThan(revisionBefore);
    expect((await people.viewer.get(base)).json().journey.revision).toBe(restored.json().revision);

    const now = (await people.viewer.get(`${base}/document`)).json();
    expect(withoutRefs(now)).toEqual(withoutRefs(old));
    expect(now.cells.length).toBe(old.cells.length);
    expect(now.links.length).toBe(old.links.length);

    const versions = (await people.viewer.get(`${base}/versions`)).json();
    expect(versions).toHaveLength(2);
    const saved = versions.find((v: { id: string }) => v.id === restored.json().savedVersion.id);
    expect(saved.name).toMatch(/^Avant restauration de « v3 » — /);
    const kept = (await people.viewer.get(`${base}/versions/${saved.id}`)).json();
    expect(withoutRefs(kept)).toEqual(withoutRefs(changed));
  });

  it("is refused to a viewer (403) and to another organisation (404)", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const other = await organisationWithRoles(t);
    const { base, versionId } = await journeyWithVersion(people.manager, orgId);
    const revision = (await people.viewer.get(base)).json().journey.revision;
    expect((await people.viewer.post(`${base}/versions/${versionId}/restore`, {})).statusCode).toBe(403);
    const foreign = base.replace(orgId, other.orgId);
    expect((await other.people.owner.post(`${foreign}/versions/${versionId}/restore`, {})).statusCode).toBe(404);
    expect((await people.viewer.get(base)).json().journey.revision).toBe(revision);
    expect((await people.viewer.get(`${base}/versions`)).json()).toHaveLength(1);
  });

  it("refuses a version whose stakeholder type was archived since, saying which, and changes nothing", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const { map, base, versionId } = await journeyWithVersion(people.manager, orgId);
    const lane = map.lanes[0];
    if (!lane) throw new Error("no lane");
    const archived = await people.admin.patch(`/api/v1/organisations/${orgId}/stakeholder-types/${lane.stakeholderTypeId}`, { isArchived: true });
    expect(archived.statusCode, archived.body).toBe(200);
    const refused = await people.manager.post(`${base}/versions/${versionId}/restore`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: "conflict",
      reason: "version_not_restorable",
      missing: [expect.objectContaining({ name: lane.name, reason: "archived" })],
    });
    expect((await people.viewer.get(`${base}/versions`)).json()).toHaveLength(1);
  });

  it("refuses to restore a journey whose steps surveys measure (they would lose their steps), and changes nothing", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const { map, base, versionId } = await journeyWithVersion(people.manager, orgId);
    const step = map.stages[0]?.steps[0];
    const created = await people.manager.post(`/api/v1/organisations/${orgId}/surveys`, { templateKey: "module-hot", stepIds: [step?.id] });
    expect(created.statusCode, created.body).toBe(201);
    const revision = (await people.viewer.get(base)).json().journey.revision;
    const refused = await people.manager.post(`${base}/versions/${versionId}/restore`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: "conflict",
      reason: "version_restore_detaches_surveys",
      surveys: [expect.objectContaining({ id: created.json().id })],
    });
    const survey = (await people.viewer.get(`/api/v1/organisations/${orgId}/surveys/${created.json().id}`)).json();
    expect(survey.stepIds).toEqual([step?.id]);
    expect((await people.viewer.get(base)).json().journey.revision).toBe(revision);
    expect((await people.viewer.get(`${base}/versions`)).json()).toHaveLength(1);
  });
});

/** A document with stage and step refs replaced by their order (restored rows have new ids). */
function withoutRefs(doc: { stages: { ref: string; steps: { ref: string }[] }[] }) {
  const order = new Map<string, string>();
  doc.stages.forEach((stage, i) => {
    order.set(stage.ref, `stage${i}`);
    for (const [j, step] of stage.steps.entries()) order.set(step.ref, `step${i}.${j}`);
  });
  return JSON.parse(JSON.stringify(doc, (key, value) => (typeof value === "string" && order.has(value) ? order.get(value) : key === "ref" ? "ref" : value)));
}
