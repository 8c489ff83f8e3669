import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyCellFields } from "../../shared/journeys/document.js";
import { organisationWithRoles } from "../factories.js";
import { createTestApp, type TestApp } from "../test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.destroy());

describe("importing a journey document with problems", () => {
  it("names each problem by its path and a stable code the web app translates, never an English sentence (issue 12 item 8)", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const created = await people.manager.post(`/api/v1/organisations/${orgId}/journeys`, { templateKey: "course-planning" });
    expect(created.statusCode).toBe(201);
    const doc = (await people.viewer.get(`/api/v1/organisations/${orgId}/journeys/${created.json().journey.id}/document`)).json();
    const stakeholder = doc.stakeholders[0];
    doc.cells.push({ ...emptyCellFields, stepRef: "no-such-step", stakeholderRef: stakeholder.ref, involvement: "direct" });
    doc.stakeholders.push({ ...stakeholder });

    const refused = await people.manager.post(`/api/v1/organisations/${orgId}/journeys`, { document: doc });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().code).toBe("validation_failed");
    expect(refused.json().errors).toEqual(
      expect.arrayContaining([
        { path: `body.document.stakeholders[${doc.stakeholders.length - 1}].ref`, message: "duplicate_ref" },
        { path: `body.document.cells[${doc.cells.length - 1}].stepRef`, message: "unknown_step" },
      ]),
    );
  });
});
