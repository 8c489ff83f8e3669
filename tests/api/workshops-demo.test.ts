/** The demo organisation's workshops (a closed one whose minutes show everything, an upcoming one) and surveys. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Survey } from "../../shared/schemas/surveys.js";
import type { ImprovementAction, WorkshopMinutes, WorkshopSummary } from "../../shared/schemas/workshops.js";
import { demoPassword, seedDemo } from "../../server/seed/demo.js";
import { Agent } from "../factories.js";
import { createTestApp, type TestApp } from "../test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.destroy());

describe("demo workshops", () => {
  it("seeds a closed workshop with full minutes and tracked actions, an upcoming one with its brief planned, and answered surveys", async () => {
    await seedDemo(t.ctx);
    const marie = new Agent(t);
    expect((await marie.post("/api/auth/sign-in/email", { email: "marie.lefevre@demo.tutti.fr", password: demoPassword })).statusCode).toBe(200);
    const me = (await marie.get("/api/v1/me")).json();
    const orgId = me.memberships[0].organisationId as string;
    const upcoming: WorkshopSummary[] = (await marie.get(`/api/v1/organisations/${orgId}/workshops`)).json();
    expect(upcoming.map((w) => w.status)).toEqual(["scheduled"]);
    const past: WorkshopSummary[] = (await marie.get(`/api/v1/organisations/${orgId}/workshops?view=past`)).json();
    expect(past).toHaveLength(1);
    const minutes: WorkshopMinutes = (await marie.get(`/api/v1/organisations/${orgId}/workshops/${past[0]?.id}/minutes`)).json();
    expect(minutes.attendance.filter((a) => a.isPresent)).toHaveLength(4);
    expect(minutes.clusters).toHaveLength(3);
    expect(minutes.votes?.results[0]).toMatchObject({ label: "Silence après le dépôt", dots: 3 });
    expect(minutes.matrix.find((m) => m.itemId === "c1")?.quadrant).toBe("quick_win");
    expect(minutes.scoring?.items[0]?.scores.k1?.median).toBe(5);
    expect(minutes.actions.every((a) => a.improvementActionId)).toBe(true);
    const actions: ImprovementAction[] = (await marie.get(`/api/v1/organisations/${orgId}/improvement-actions`)).json();
    expect(actions).toHaveLength(3);
    expect(actions.filter((a) => a.isOverdue)).toHaveLength(1);
    const merge = (await marie.get(`/api/v1/organisations/${orgId}/workshops/${past[0]?.id}/merge`)).json();
    expect(merge.items.filter((i: { problem: string | null }) => !i.problem)).toHaveLength(4);
    const jobs = await t.ctx.pool.query("SELECT run_at FROM jobs WHERE kind = 'workshop.brief'");
    expect(jobs.rows).toHaveLength(1);

    // Demo surveys: the Master's module evaluation, answered, shows on the dashboard and the map; the teachers' 3 answers stay hidden.
    const surveys: Survey[] = (await marie.get(`/api/v1/organisations/${orgId}/surveys`)).json();
    const module = surveys.find((s) => s.templateKey === "module-hot");
    const teachers = surveys.find((s) => s.templateKey === "teacher-checkpoint");
    expect(module).toMatchObject({ status: "open", responseCount: 64 });
    expect(teachers).toMatchObject({ status: "open", responseCount: 3 });
    const results = (await marie.get(`/api/v1/organisations/${orgId}/surveys/${module?.id}/results`)).json();
    const nps = results.questions.find((q: { kind: string }) => q.kind === "nps");
    expect(nps.overall).toMatchObject({ status: "ok", value: { n: 64 } });
    const teacherResults = (await marie.get(`/api/v1/organisations/${orgId}/surveys/${teachers?.id}/results`)).json();
    expect(teacherResults.questions[0].overall).toEqual({ status: "too_few", n: 3 });
    const dashboard = (await marie.get(`/api/v1/organisations/${orgId}/survey-dashboard?kind=nps&by=step`)).json();
    expect(dashboard.groups.filter((g: { result: { status: string } }) => g.result.status === "ok")).toHaveLength(2);
    expect(dashboard.overall.value.n).toBe(64 + 3);
  });
});
