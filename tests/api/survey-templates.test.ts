/**
 * Survey drafts no longer pile up (issue 12, item 12): choosing a template opens the editor filled
 * from the templates list — its questions and the organisation's stakeholder type — and nothing is
 * stored until the manager saves, which creates the survey once.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SurveyTemplateSummary } from "../../shared/schemas/surveys-results.js";
import { organisationWithRoles } from "../factories.js";
import { createTestApp, type TestApp } from "../test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.destroy());

describe("starting a survey from a template", () => {
  it("gives each template's questions and stakeholder type, and stores nothing until the survey is saved", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const listed = await people.manager.get(`/api/v1/organisations/${orgId}/survey-templates?locale=fr`);
    expect(listed.statusCode, listed.body).toBe(200);
    const templates: SurveyTemplateSummary[] = listed.json();
    const hot = templates.find((tpl) => tpl.key === "module-hot");
    expect(hot?.questions.map((q) => q.kind)).toEqual(["satisfaction", "satisfaction", "effort", "nps", "text"]);
    expect(hot?.questions[3]?.label.en).toContain("recommend");
    expect(templates.every((tpl) => tpl.questions.length === tpl.questionCount)).toBe(true);
    expect((await people.manager.get(`/api/v1/organisations/${orgId}/surveys`)).json()).toEqual([]);

    // The editor's save: the template's content as the manager changed it, in one creation.
    const fromServer = await people.manager.post(`/api/v1/organisations/${orgId}/surveys`, { templateKey: "module-hot" });
    expect(fromServer.statusCode).toBe(201);
    expect(hot?.stakeholderTypeId).toBe(fromServer.json().stakeholderTypeId);
    expect(hot?.stakeholderTypeId).toMatch(/^[0-9a-f-]{36}$/);
    const saved = await people.manager.post(`/api/v1/organisations/${orgId}/surveys`, {
      templateKey: "module-hot",
      title: "Module 3 — à chaud",
      stakeholderTypeId: hot?.stakeholderTypeId,
      isAnonymous: hot?.isAnonymous,
      recurrence: hot?.recurrence,
      questions: hot?.questions.slice(0, 4),
    });
    expect(saved.statusCode, saved.body).toBe(201);
    expect(saved.json()).toMatchObject({ title: "Module 3 — à chaud", templateKey: "module-hot", status: "draft" });
    expect(saved.json().questions).toHaveLength(4);
    expect((await people.manager.get(`/api/v1/organisations/${orgId}/surveys`)).json()).toHaveLength(2);
  });
});
