import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { surveyResponses } from "../../server/db/schema.js";
import { rollUpScores } from "../../server/modules/surveys/rollups.queries.js";
import { hashToken } from "../../server/modules/surveys/tokens.js";
import type { JourneyMap } from "../../shared/schemas/journeys.js";
import type { Survey } from "../../shared/schemas/surveys.js";
import { organisationWithRoles } from "../factories.js";
import { addResponses } from "../survey-responses.js";
import { createTestApp, type TestApp } from "../test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.destroy());

describe("organisation dashboard and measures on the map", () => {
  it("gives the same exact figures before and after the roll-up, by step and by month, masking small groups", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const journey: JourneyMap = (await people.manager.post(`/api/v1/organisations/${orgId}/journeys`, { templateKey: "course-planning" })).json();
    const [first, second] = journey.stages[0]?.steps ?? [];
    const learner = journey.lanes.find((lane) => lane.category === "learner");
    const make = async (stepId: string) =>
      (
        await people.manager.post(`/api/v1/organisations/${orgId}/surveys`, {
          templateKey: "module-hot",
          stepIds: [stepId],
          stakeholderTypeId: learner?.stakeholderTypeId,
        })
      ).json();
    const surveyA = await make(first?.id as string);
    const surveyB = await make(second?.id as string);
    await addResponses(
      t,
      orgId,
      surveyA,
      [10, 9, 9, 10, 9, 8, 7, 8, 6, 0].map((nps, i) => ({ nps, satisfaction: i < 6 ? 5 : 2, submittedOn: i < 5 ? "2026-10-03" : "2026-11-12" })),
    );
    await addResponses(t, orgId, surveyB, [
      { nps: 3, satisfaction: 1 },
      { nps: 10, satisfaction: 5 },
    ]);

    const read = async () => (await people.viewer.get(`/api/v1/organisations/${orgId}/survey-dashboard?kind=nps&by=step`)).json();
    const before = await read();
    const stepA = before.groups.find((g: { key: string }) => g.key === first?.id);
    expect(stepA.label).toBe(first?.title);
    expect(stepA.result.value).toMatchObject({ n: 10, promoters: 5, detractors: 2 });
    expect(stepA.result.value.nps).toBeCloseTo(30, 6);
    expect(before.groups.find((g: { key: string }) => g.key === second?.id).result).toEqual({ status: "too_few", n: 2 });
    expect(before.overall.value.n).toBe(12);
    expect(before.trend.map((m: { month: string }) => m.month)).toEqual(["2026-10", "2026-11"]);

    // The app's own 5-second roll-up may have taken some already: fold whatever is left.
    const rollUpAll = async () => {
      while ((await rollUpScores(t.ctx.db)) > 0) {
        // until nothing is left
      }
    };
    await rollUpAll();
    // Counted: none of this organisation's answers is left in the tail (another test file's transaction may hold it a moment).
    const tail = async () =>
      (
        await t.ctx.db.execute<{ n: number }>(
          sql`SELECT count(*)::int AS n FROM survey_responses WHERE organisation_id = ${orgId} AND written_xid >= (SELECT through FROM score_watermark)`,
        )
      ).rows[0]?.n;
    for (let i = 0; i < 50 && (await tail()) !== 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      await rollUpAll();
    }
    expect(await tail()).toBe(0);
    expect(await read()).toEqual(before);

    await addResponses(t, orgId, surveyA, [{ nps: 10, satisfaction: 5 }]);
    const after = await read();
    expect(after.groups.find((g: { key: string }) => g.key === first?.id).result.value.n).toBe(11);
    // Folded into the histogram its group already has (same survey, audience and month): added, not replaced.
    await rollUpAll();
    expect(await read()).toEqual(after);

    const measures = (await people.viewer.get(`/api/v1/organisations/${orgId}/journeys/${journey.journey.id}/measures`)).json();
    const cell = measures.cells.find((c: { stepId: string }) => c.stepId === first?.id);
    expect(cell).toMatchObject({ stakeholderTypeId: learner?.stakeholderTypeId, result: { status: "ok", value: { n: 11, satisfied: 7 } } });
    expect(cell.measuredEmotion).toBeCloseTo((7 * 5 + 4 * 2) / 11 - 3, 1);
    expect(measures.steps.find((s: { stepId: string }) => s.stepId === second?.id).measuredEmotion).toBeNull();

    const other = await organisationWithRoles(t);
    const empty = (await other.owner.get(`/api/v1/organisations/${other.orgId}/survey-dashboard?kind=nps&by=step`)).json();
    expect(empty.groups).toEqual([]);
    expect((await other.owner.get(`/api/v1/organisations/${other.orgId}/journeys/${journey.journey.id}/measures`)).statusCode).toBe(404);
    expect((await people.guest.get(`/api/v1/organisations/${orgId}/survey-dashboard`)).statusCode).toBe(403);
  });

  it("counts people, not answers, for the small-group rule when a survey asks several questions of one kind", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const journey: JourneyMap = (await people.manager.post(`/api/v1/organisations/${orgId}/journeys`, { templateKey: "course-planning" })).json();
    const step = journey.stages[0]?.steps[0];
    const teacher = journey.lanes.find((lane) => lane.category === "teacher") ?? journey.lanes[0];
    const survey: Survey = (
      await people.manager.post(`/api/v1/organisations/${orgId}/surveys`, {
        templateKey: "module-hot",
        stepIds: [step?.id],
        stakeholderTypeId: teacher?.stakeholderTypeId,
      })
    ).json();
    const satisfaction = survey.questions.filter((q) => q.kind === "satisfaction");
    expect(satisfaction.length).toBeGreaterThanOrEqual(2);
    /** `count` teachers answering every satisfaction question, but the last `skipping` of them skip the first one. */
    const respond = async (count: number, skipping = 0) => {
      for (let i = 0; i < count; i++) {
        const asked = i >= count - skipping ? satisfaction.slice(1) : satisfaction;
        await t.ctx.db.insert(surveyResponses).values({
          organisationId: orgId,
          surveyId: survey.id,
          locale: "fr",
          status: "complete",
          resumeTokenHash: hashToken(randomUUID()),
          stakeholderTypeId: survey.stakeholderTypeId,
          submittedOn: "2026-11-20",
          answers: Object.fromEntries(asked.map((q) => [q.id, 4])),
        });
      }
    };
    const read = async () => {
      const measures = (await people.viewer.get(`/api/v1/organisations/${orgId}/journeys/${journey.journey.id}/measures`)).json();
      const dashboard = (await people.viewer.get(`/api/v1/organisations/${orgId}/survey-dashboard?kind=satisfaction&by=step`)).json();
      return {
        cell: measures.cells.find((c: { stepId: string }) => c.stepId === step?.id),
        group: dashboard.groups.find((g: { key: string }) => g.key === step?.id),
      };
    };
    // Three teachers, each answering every satisfaction question: more than 5 answers, 3 people.
    await respond(3);
    const three = await read();
    expect(three.cell.result).toEqual({ status: "too_few", n: 3 });
    expect(three.cell.measuredEmotion).toBeNull();
    expect(three.group.result).toEqual({ status: "too_few", n: 3 });
    // Two more, one of whom skips a question: five people (not "at least four"), fewer answers than 5 × questions.
    await respond(2, 1);
    const answers = 5 * satisfaction.length - 1;
    for (const when of ["live", "rolled up"]) {
      while (when === "rolled up" && (await rollUpScores(t.ctx.db)) > 0) {
        // fold everything into the histograms
      }
      const five = await read();
      expect(five.cell.result, when).toMatchObject({ status: "ok", people: 5, value: { n: answers } });
      expect(five.group.result, when).toMatchObject({ status: "ok", people: 5, value: { n: answers } });
      const dashboard = (await people.viewer.get(`/api/v1/organisations/${orgId}/survey-dashboard?kind=satisfaction&by=month`)).json();
      expect(dashboard.overall, when).toMatchObject({ status: "ok", people: 5, value: { n: answers } });
      expect(dashboard.trend, when).toEqual([expect.objectContaining({ month: "2026-11", result: expect.objectContaining({ people: 5 }) })]);
    }
  });
});
