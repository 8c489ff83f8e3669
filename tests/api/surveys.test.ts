import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emails, surveyInvitations, surveyResponses } from "../../server/db/schema.js";
import { currentMailLimits } from "../../server/mail/quota.js";
import { surveyReminderJob } from "../../server/modules/surveys/invitations.service.js";
import { hashToken } from "../../server/modules/surveys/tokens.js";
import type { Survey } from "../../shared/schemas/surveys.js";
import { type Agent, lastEmailTo, organisationWithRoles } from "../factories.js";
import { addResponses } from "../survey-responses.js";
import { createTestApp, type TestApp } from "../test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.destroy());

async function surveyFromTemplate(agent: Agent, orgId: string, templateKey = "module-hot"): Promise<Survey> {
  const created = await agent.post(`/api/v1/organisations/${orgId}/surveys`, { templateKey, cohort: "M1 2026", locales: ["fr", "en"] });
  expect(created.statusCode, created.body).toBe(201);
  return created.json();
}

describe("building surveys", () => {
  it("starts from a template in French and English, addressed to the template's stakeholder type", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const survey = await surveyFromTemplate(people.manager, orgId);
    expect(survey).toMatchObject({ status: "draft", isAnonymous: true, locales: ["fr", "en"], cohort: "M1 2026", templateKey: "module-hot" });
    expect(survey.stakeholderTypeId).toBeTruthy();
    expect(survey.questions.map((q) => q.kind)).toEqual(["satisfaction", "satisfaction", "effort", "nps", "text"]);
    expect(survey.questions[3]?.label.en).toContain("recommend");
    expect(survey.publicUrl).toMatch(/\/s\/[\w-]{20,}$/);
  });

  it("validates questions and refuses another organisation's steps", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const bad = await people.manager.post(`/api/v1/organisations/${orgId}/surveys`, {
      title: "Sans options",
      questions: [{ kind: "single_choice", label: { fr: "Choisir" } }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toContain("options");
    const other = await organisationWithRoles(t);
    const journey = (await other.owner.post(`/api/v1/organisations/${other.orgId}/journeys`, { templateKey: "online-admission" })).json();
    const foreignStep = journey.stages[0].steps[0].id;
    const refused = await people.manager.post(`/api/v1/organisations/${orgId}/surveys`, {
      title: "Vol",
      stepIds: [foreignStep],
      questions: [{ kind: "nps", label: { fr: "Recommanderiez-vous ?" } }],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].path).toBe("body.stepIds");
  });

  it("opens, closes and rotates the public link; gives a QR code as PNG and SVG", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const survey = await surveyFromTemplate(people.manager, orgId);
    const base = `/api/v1/organisations/${orgId}/surveys/${survey.id}`;
    expect((await people.manager.post(`${base}/open`)).json().status).toBe("open");
    const rotated = (await people.manager.post(`${base}/rotate-link`)).json();
    expect(rotated.publicUrl).not.toBe(survey.publicUrl);
    const png = await people.viewer.get(`${base}/qr.png`);
    expect(png.headers["content-type"]).toBe("image/png");
    expect(png.rawPayload.subarray(1, 4).toString()).toBe("PNG");
    expect(png.rawPayload.length).toBeGreaterThan(1000);
    const svg = await people.viewer.get(`${base}/qr.svg`);
    expect(svg.body).toContain("<svg");
    expect((await people.manager.post(`${base}/close`)).json().status).toBe("closed");
    const audit = (await people.owner.get(`/api/v1/organisations/${orgId}/audit-events`)).json();
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(["survey.opened", "survey.closed"]));
  });

  it("keeps surveys to managers, readers and their organisation", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const survey = await surveyFromTemplate(people.manager, orgId);
    expect((await people.viewer.get(`/api/v1/organisations/${orgId}/surveys/${survey.id}`)).statusCode).toBe(200);
    expect((await people.staff.post(`/api/v1/organisations/${orgId}/surveys`, { templateKey: "module-hot" })).statusCode).toBe(403);
    expect((await people.guest.get(`/api/v1/organisations/${orgId}/surveys`)).statusCode).toBe(403);
    const other = await organisationWithRoles(t);
    expect((await other.owner.get(`/api/v1/organisations/${other.orgId}/surveys/${survey.id}`)).statusCode).toBe(404);
    expect((await other.owner.get(`/api/v1/organisations/${other.orgId}/surveys/${survey.id}/results`)).statusCode).toBe(404);
  });
});

describe("inviting respondents", () => {
  it("imports recipients from CSV with a report of refused rows, e-mails single-use links, and reminds only those who have not answered", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const survey = await surveyFromTemplate(people.manager, orgId);
    const base = `/api/v1/organisations/${orgId}/surveys/${survey.id}`;
    expect((await people.manager.post(`${base}/open`)).statusCode).toBe(200);
    const csv = "email;nom;langue\nsarah@exemple.fr;Sarah;fr\npas-une-adresse;X;fr\nlucas@exemple.fr;Lucas;en\nsarah@exemple.fr;Sarah bis;fr\n";
    const result = await people.manager.post(`${base}/invitations`, { csv });
    expect(result.statusCode, result.body).toBe(200);
    expect(result.json()).toMatchObject({ invited: 2, skipped: [] });
    expect(result.json().rejected.map((r: { line: number }) => r.line)).toEqual([3, 5]);
    const again = await people.manager.post(`${base}/invitations`, { recipients: [{ email: "sarah@exemple.fr" }] });
    expect(again.json()).toMatchObject({ invited: 0, skipped: ["sarah@exemple.fr"] });

    const mail = await lastEmailTo(t, "lucas@exemple.fr", "survey_invitation");
    expect(mail.subject).toContain("two minutes");
    const token = new URL(mail.link ?? "").searchParams.get("i") ?? "";
    const [invitation] = await t.ctx.db
      .select()
      .from(surveyInvitations)
      .where(eq(surveyInvitations.tokenHash, hashToken(token)));
    expect(invitation?.email).toBe("lucas@exemple.fr");
    const rows = await t.ctx.db.select().from(surveyInvitations).where(eq(surveyInvitations.surveyId, survey.id));
    expect(JSON.stringify(rows)).not.toContain(token);

    await t.ctx.db.update(surveyInvitations).set({ hasResponded: true }).where(eq(surveyInvitations.email, "sarah@exemple.fr"));
    const remind = surveyReminderJob(t.ctx);
    for (const row of rows) await remind({ invitationId: row.id, params: { organisation: "IAE", survey: survey.title, name: row.name, anonymity: "" } });
    await t.jobs.drain();
    const reminders = await t.ctx.db.select().from(emails).where(eq(emails.kind, "survey_reminder"));
    expect(reminders.map((m) => m.toAddress)).toEqual(["lucas@exemple.fr"]);
    expect(reminders[0]?.link).toBe(mail.link);
  });
});

describe("the CSV import is no e-mail cannon (finding 11)", () => {
  const countsOf = async (orgId: string, surveyId: string) =>
    (
      await t.ctx.db.execute<{ invitations: number; emails: number; reminders: number; xmins: number }>(sql`
        SELECT (SELECT count(*)::int FROM survey_invitations WHERE survey_id = ${surveyId}) AS invitations,
               (SELECT count(*)::int FROM emails WHERE organisation_id = ${orgId}) AS emails,
               (SELECT count(*)::int FROM jobs WHERE kind = 'survey.remind' AND payload->>'invitationId' IN (SELECT id::text FROM survey_invitations WHERE survey_id = ${surveyId})) AS reminders,
               (SELECT count(DISTINCT xmin::text)::int FROM survey_invitations WHERE survey_id = ${surveyId}) AS xmins`)
    ).rows[0];

  it("refuses a 90,000-row file whole, at once, with a clear code, and writes nothing", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const survey = await surveyFromTemplate(people.manager, orgId);
    const base = `/api/v1/organisations/${orgId}/surveys/${survey.id}`;
    expect((await people.manager.post(`${base}/open`)).statusCode).toBe(200);
    const csv = Array.from({ length: 90_000 }, (_, i) => `c${i}@exemple.fr`).join("\n");
    const startedAt = Date.now();
    const refused = await people.manager.post(`${base}/invitations`, { csv });
    expect(refused.statusCode).toBe(413);
    expect(refused.headers["content-type"]).toContain("application/problem+json");
    expect(refused.json()).toMatchObject({ code: "too_many_recipients" });
    expect(refused.json().detail).toContain("2000");
    expect(Date.now() - startedAt).toBeLessThan(10_000);
    expect(await countsOf(orgId, survey.id)).toMatchObject({ invitations: 0, emails: 0, reminders: 0 });
    // One row over the cap is refused too; a list and a file count together.
    const over = Array.from({ length: 2_001 }, (_, i) => `d${i}@exemple.fr`).join("\n");
    expect((await people.manager.post(`${base}/invitations`, { csv: over })).json()).toMatchObject({ code: "too_many_recipients" });
    const half = Array.from({ length: 1_500 }, (_, i) => `e${i}@exemple.fr`).join("\n");
    const both = await people.manager.post(`${base}/invitations`, {
      csv: half,
      recipients: Array.from({ length: 600 }, (_, i) => ({ email: `f${i}@exemple.fr` })),
    });
    expect(both.json()).toMatchObject({ code: "too_many_recipients" });
    expect(await countsOf(orgId, survey.id)).toMatchObject({ invitations: 0, emails: 0, reminders: 0 });
  });

  it("writes an accepted import in one transaction: every invitation, e-mail and reminder, or nothing", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const survey = await surveyFromTemplate(people.manager, orgId);
    const base = `/api/v1/organisations/${orgId}/surveys/${survey.id}`;
    expect((await people.manager.post(`${base}/open`)).statusCode).toBe(200);
    const csv = ["email;nom;langue", ...Array.from({ length: 1_200 }, (_, i) => `g${i}@exemple.fr;G ${i};${i % 2 ? "en" : "fr"}`)].join("\n");
    const result = await people.manager.post(`${base}/invitations`, { csv });
    expect(result.statusCode, result.body).toBe(200);
    expect(result.json()).toMatchObject({ invited: 1_200, skipped: [], rejected: [] });
    const counts = await countsOf(orgId, survey.id);
    expect(counts).toMatchObject({ invitations: 1_200, emails: 1_200, reminders: 1_200 * survey.reminderDays.length, xmins: 1 });
    // now() is the transaction's start: invitations and e-mails all written by the same one.
    const [same] = (
      await t.ctx.db.execute<{ n: number }>(sql`
        SELECT count(DISTINCT x)::int AS n FROM (SELECT created_at AS x FROM survey_invitations WHERE survey_id = ${survey.id}
                                                 UNION SELECT created_at FROM emails WHERE organisation_id = ${orgId}) all_rows`)
    ).rows;
    expect(same?.n).toBe(1);
  }, 60_000);

  it("respects the organisation's daily e-mail quota: an import that does not fit is refused whole", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const survey = await surveyFromTemplate(people.manager, orgId);
    const base = `/api/v1/organisations/${orgId}/surveys/${survey.id}`;
    expect((await people.manager.post(`${base}/open`)).statusCode).toBe(200);
    const ceiling = currentMailLimits().perOrganisation;
    // The organisation has already sent all but 5 of today's e-mails.
    await t.ctx.db.execute(sql`
      INSERT INTO emails (organisation_id, kind, to_address, locale, subject, body_text, status)
      SELECT ${orgId}, 'survey_invitation', 'deja' || n || '@exemple.fr', 'fr', 'x', 'x', 'sent' FROM generate_series(1, ${ceiling - 5}) n`);
    const csv = Array.from({ length: 6 }, (_, i) => `h${i}@exemple.fr`).join("\n");
    const refused = await people.manager.post(`${base}/invitations`, { csv });
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ code: "mail_quota_exceeded" });
    expect(await countsOf(orgId, survey.id)).toMatchObject({ invitations: 0, emails: ceiling - 5, reminders: 0 });
    const fits = await people.manager.post(`${base}/invitations`, { csv: csv.split("\n").slice(0, 5).join("\n") });
    expect(fits.json()).toMatchObject({ invited: 5 });
  }, 60_000);
});

describe("results", () => {
  it("computes NPS with its interval, the top-2 box, and hides groups below the minimum size", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const survey = await surveyFromTemplate(people.manager, orgId);
    const scores = [10, 9, 9, 10, 9, 8, 7, 8, 6, 0];
    await addResponses(
      t,
      orgId,
      survey,
      scores.map((nps, i) => ({
        nps,
        satisfaction: i < 6 ? 5 : 2,
        cohort: i < 7 ? "M1 2026" : "M2 2026",
        text: i === 0 ? "Très bon module, planning clair" : undefined,
      })),
    );
    await addResponses(t, orgId, survey, [{ nps: null, satisfaction: 4 }]);

    const overall = (await people.viewer.get(`/api/v1/organisations/${orgId}/surveys/${survey.id}/results`)).json();
    const nps = overall.questions.find((q: { kind: string }) => q.kind === "nps");
    expect(nps.overall.status).toBe("ok");
    expect(nps.overall.value).toMatchObject({ n: 10, promoters: 5, detractors: 2 });
    expect(nps.overall.value.nps).toBeCloseTo(30, 6);
    expect(nps.overall.value.margin95).toBeCloseTo(48.408, 2);
    const satisfaction = overall.questions.find((q: { kind: string }) => q.kind === "satisfaction");
    expect(satisfaction.overall.value).toMatchObject({ n: 11, satisfied: 7, scale: "1-5" });

    const byCohort = (await people.viewer.get(`/api/v1/organisations/${orgId}/surveys/${survey.id}/results?by=cohort`)).json();
    const groups = byCohort.questions.find((q: { kind: string }) => q.kind === "nps").groups;
    expect(groups.find((g: { key: string }) => g.key === "M1 2026").result).toMatchObject({ status: "ok", value: { n: 7 } });
    expect(groups.find((g: { key: string }) => g.key === "M2 2026").result).toEqual({ status: "too_few", n: 3 });

    const verbatims = (await people.viewer.get(`/api/v1/organisations/${orgId}/surveys/${survey.id}/verbatims?q=planning`)).json();
    expect(verbatims.items.map((v: { text: string }) => v.text)).toEqual(["Très bon module, planning clair"]);
    const accents = (await people.viewer.get(`/api/v1/organisations/${orgId}/surveys/${survey.id}/verbatims?q=tres bon`)).json();
    expect(accents.items).toHaveLength(1);
  });

  it("exports answers as CSV and XLSX, without identity for an anonymous survey", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const survey = await surveyFromTemplate(people.manager, orgId);
    await addResponses(t, orgId, survey, [{ nps: 9, satisfaction: 5, text: '=HYPERLINK("x")' }]);
    const csv = await people.manager.get(`/api/v1/organisations/${orgId}/surveys/${survey.id}/responses.csv`);
    expect(csv.body.split("\n")[0]).not.toContain("Courriel");
    expect(csv.body).toContain("'=HYPERLINK");
    const xlsx = await people.manager.get(`/api/v1/organisations/${orgId}/surveys/${survey.id}/responses.xlsx`);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe("PK");
    expect((await people.viewer.get(`/api/v1/organisations/${orgId}/surveys/${survey.id}/responses.csv`)).statusCode).toBe(403);
  });
});

describe("a survey on several steps", () => {
  it("counts each answer once overall, and once per step in the step breakdown", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const journey = (await people.manager.post(`/api/v1/organisations/${orgId}/journeys`, { templateKey: "online-admission" })).json();
    const stepIds = journey.stages[0].steps.slice(0, 2).map((s: { id: string }) => s.id);
    const survey = (await people.manager.post(`/api/v1/organisations/${orgId}/surveys`, { templateKey: "module-hot", stepIds })).json();
    await addResponses(
      t,
      orgId,
      survey,
      [10, 9, 8, 3, 10].map((nps) => ({ nps })),
    );
    const results = (await people.viewer.get(`/api/v1/organisations/${orgId}/surveys/${survey.id}/results?by=step`)).json();
    const nps = results.questions.find((q: { kind: string }) => q.kind === "nps");
    expect(nps.overall.value.n).toBe(5);
    expect(nps.groups.map((g: { result: { value: { n: number } } }) => g.result.value.n)).toEqual([5, 5]);

    const checkpoint = (await people.manager.post(`/api/v1/organisations/${orgId}/surveys`, { templateKey: "teacher-checkpoint", stepIds })).json();
    const choice = checkpoint.questions.find((q: { kind: string }) => q.kind === "multiple_choice");
    await addResponses(
      t,
      orgId,
      checkpoint,
      [1, 2, 3, 4, 5].map(() => ({ nps: 8 })),
    );
    await t.ctx.db
      .update(surveyResponses)
      .set({ answers: sql`${surveyResponses.answers} || jsonb_build_object(${choice.id}::text, '["early-timetable"]'::jsonb)` })
      .where(eq(surveyResponses.surveyId, checkpoint.id));
    const choices = (await people.viewer.get(`/api/v1/organisations/${orgId}/surveys/${checkpoint.id}/results?by=step`)).json();
    const multiple = choices.questions.find((q: { kind: string }) => q.kind === "multiple_choice");
    expect(multiple.overall.value).toEqual({ n: 5, options: { "early-timetable": 5 } });
  });
});
