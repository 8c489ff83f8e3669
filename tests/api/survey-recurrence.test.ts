/**
 * Recurring surveys: opening schedules the next wave (a durable job at the period's end); the
 * relaunch, driven here by passing the time, opens the next wave with its own dates and the same
 * questions, moves the public link to it, closes the previous one, invites the same people again
 * with new single-use links, schedules the following wave, and keeps results per wave.
 */
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emails, jobs, surveyInvitations, surveys, surveyWaves, webhookDeliveries } from "../../server/db/schema.js";
import { addMonths, relaunchSurvey } from "../../server/modules/surveys/waves.service.js";
import { type Agent, createOrganisation, signUp } from "../factories.js";
import { createTestApp, type TestApp } from "../test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.destroy());

const day = 86_400_000;
const newKey = () => `k${Math.random().toString(36).slice(2)}${Date.now().toString(36)}xxxxxxxx`;
const tokenOf = (url: string) => new URL(url).pathname.split("/").pop() as string;

async function recurringSurvey(owner: Agent, orgId: string, opensAt: Date, closesAt: Date) {
  const base = `/api/v1/organisations/${orgId}/surveys`;
  const created = await owner.post(base, {
    title: "Point d'étape semestriel",
    locales: ["fr"],
    isAnonymous: true,
    recurrence: "half_yearly",
    reminderDays: [3, 7],
    opensAt: opensAt.toISOString(),
    closesAt: closesAt.toISOString(),
    questions: [
      { kind: "nps", label: { fr: "Recommanderiez-vous ?" }, isRequired: true },
      { kind: "satisfaction", label: { fr: "Satisfait·e ?" } },
    ],
  });
  expect(created.statusCode).toBe(201);
  const survey = created.json() as { id: string; publicUrl: string; questions: { id: string; kind: string }[] };
  const invited = await owner.post(`${base}/${survey.id}/invitations`, {
    recipients: [
      { email: "lea@exemple.fr", name: "Léa" },
      { email: "tom@exemple.fr", locale: "en" },
    ],
  });
  expect(invited.json().invited).toBe(2);
  expect((await owner.post(`${base}/${survey.id}/open`)).statusCode).toBe(200);
  return survey;
}

/** The invitation token e-mailed to `to` for the survey whose public token is `publicToken`. */
async function invitationTokens(to: string) {
  const rows = await t.ctx.db
    .select({ link: emails.link })
    .from(emails)
    .where(and(eq(emails.toAddress, to), eq(emails.kind, "survey_invitation")))
    .orderBy(emails.createdAt);
  return rows.map((r) => new URL(r.link as string).searchParams.get("i") as string);
}

const answer = (publicToken: string, questionId: string, score: number, invitationToken?: string) =>
  t.app.inject({
    method: "POST",
    url: `/api/v1/public/surveys/${publicToken}/responses`,
    headers: { "content-type": "application/json" },
    payload: JSON.stringify({ key: newKey(), locale: "fr", answers: { [questionId]: score }, ...(invitationToken ? { invitationToken } : {}) }),
  });

describe("the next wave", () => {
  it("is scheduled when the survey opens, opened at the period's end with new links, and compared with the previous one", async () => {
    const owner = await signUp(t, "Nadia Manager");
    const orgId = await createOrganisation(owner);
    const opensAt = new Date(Date.now() - day);
    const closesAt = new Date(opensAt.getTime() + 30 * day);
    const first = await recurringSurvey(owner, orgId, opensAt, closesAt);
    const firstPublic = tokenOf(first.publicUrl);
    const nps = first.questions.find((q) => q.kind === "nps")?.id as string;

    // Scheduled: a wave row and a durable job at opening + 6 months.
    const due = addMonths(opensAt, 6);
    const [wave1] = await t.ctx.db.select().from(surveyWaves).where(eq(surveyWaves.surveyId, first.id));
    expect(wave1).toMatchObject({ number: 1, seriesId: first.id, nextWaveAt: due });
    const scheduled = await t.ctx.db.select().from(jobs).where(sql`kind = 'survey.relaunch' AND payload->>'surveyId' = ${first.id}`);
    expect(scheduled.map((j) => j.runAt)).toEqual([due]);

    // Wave 1 is answered by Léa (personal link) and someone through the public link.
    const [leaFirstToken] = await invitationTokens("lea@exemple.fr");
    expect((await answer(firstPublic, nps, 9, leaFirstToken)).statusCode).toBe(201);
    expect((await answer(firstPublic, nps, 4)).statusCode).toBe(201);

    const hook = await owner.post(`/api/v1/organisations/${orgId}/webhooks`, { url: "https://receiver.invalid/tutti", eventTypes: ["wave.opened"] });
    expect(hook.statusCode).toBe(201);

    // Not yet due: nothing happens.
    expect(await relaunchSurvey(t.ctx, first.id, new Date(due.getTime() - 1000))).toBeNull();
    // At the period's end the next wave opens, once.
    const secondId = await relaunchSurvey(t.ctx, first.id, new Date(due.getTime() + 60_000));
    expect(secondId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await relaunchSurvey(t.ctx, first.id, new Date(due.getTime() + 120_000))).toBeNull();

    const base = `/api/v1/organisations/${orgId}/surveys`;
    const second = (await owner.get(`${base}/${secondId}`)).json();
    const previous = (await owner.get(`${base}/${first.id}`)).json();
    expect(second).toMatchObject({
      status: "open",
      recurrence: "half_yearly",
      title: "Point d'étape semestriel",
      invitationCount: 2,
      responseCount: 0,
      waveNumber: 2,
    });
    expect(new Date(second.opensAt).getTime()).toBe(due.getTime());
    expect(new Date(second.closesAt).getTime()).toBe(due.getTime() + 30 * day);
    expect(second.questions.map((q: { kind: string; label: unknown }) => [q.kind, q.label])).toEqual(
      first.questions.map((q) => [q.kind, (q as unknown as { label: unknown }).label]),
    );
    expect(previous).toMatchObject({ status: "closed", responseCount: 2, waveNumber: 1 });
    // The printed QR code keeps working: the public link now leads to the open wave.
    expect(second.publicUrl).toBe(first.publicUrl);
    expect(previous.publicUrl).not.toBe(first.publicUrl);

    // Everyone invited again, with a new single-use link and reminders; the old link is not valid for the new wave.
    const invitations = await t.ctx.db
      .select()
      .from(surveyInvitations)
      .where(eq(surveyInvitations.surveyId, secondId as string));
    expect(invitations.map((i) => [i.email, i.hasResponded]).sort()).toEqual([
      ["lea@exemple.fr", false],
      ["tom@exemple.fr", false],
    ]);
    const leaTokens = await invitationTokens("lea@exemple.fr");
    expect(leaTokens).toHaveLength(2);
    expect(leaTokens[1]).not.toBe(leaTokens[0]);
    const [tomMail] = await t.ctx.db
      .select()
      .from(emails)
      .where(and(eq(emails.toAddress, "tom@exemple.fr"), eq(emails.kind, "survey_invitation")))
      .orderBy(sql`created_at DESC`)
      .limit(1);
    expect(tomMail?.locale).toBe("en");
    const reminders = await t.ctx.db
      .select()
      .from(jobs)
      .where(
        sql`kind = 'survey.remind' AND payload->>'invitationId' IN (${sql.join(
          invitations.map((i) => sql`${i.id}`),
          sql`, `,
        )})`,
      );
    expect(reminders).toHaveLength(4);
    // The wave's opening day comes (the real clock is six months short of it).
    await t.ctx.db
      .update(surveys)
      .set({ opensAt: new Date(Date.now() - 1000) })
      .where(eq(surveys.id, secondId as string));
    const secondNps = second.questions.find((q: { kind: string }) => q.kind === "nps").id as string;
    expect(secondNps).not.toBe(nps);
    expect((await answer(firstPublic, secondNps, 10, leaFirstToken)).statusCode).toBe(404);
    expect((await answer(firstPublic, secondNps, 10, leaTokens[1])).statusCode).toBe(201);

    // Integrations hear of it, in the same transaction.
    const [opened] = await t.ctx.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, hook.json().id));
    expect(opened?.eventType).toBe("wave.opened");
    expect(JSON.parse(opened?.body ?? "{}").data).toMatchObject({
      survey: { id: secondId },
      previousSurveyId: first.id,
      seriesId: first.id,
      number: 2,
      invitationCount: 2,
    });

    // The following wave is scheduled, and the waves compare side by side.
    const nextDue = addMonths(due, 6);
    const followUp = await t.ctx.db.select().from(jobs).where(sql`kind = 'survey.relaunch' AND payload->>'surveyId' = ${secondId}`);
    expect(followUp.map((j) => j.runAt)).toEqual([nextDue]);
    const waves = await owner.get(`${base}/${first.id}/waves`);
    expect(waves.statusCode).toBe(200);
    expect(waves.json()).toEqual({
      nextWaveAt: nextDue.toISOString(),
      waves: [
        expect.objectContaining({
          surveyId: first.id,
          number: 1,
          status: "closed",
          responseCount: 2,
          invitationCount: 2,
          responseRate: 1,
          nps: { status: "too_few", n: 2 },
        }),
        expect.objectContaining({
          surveyId: secondId,
          number: 2,
          status: "open",
          responseCount: 1,
          invitationCount: 2,
          responseRate: 0.5,
          nps: { status: "too_few", n: 1 },
        }),
      ],
    });
    expect((await owner.get(`${base}/${secondId}/waves`)).json()).toEqual(waves.json());
  });

  it("opens through the durable job when it is due, and not after the survey stopped recurring", async () => {
    const owner = await signUp(t, "Hugo Manager");
    const orgId = await createOrganisation(owner);
    const survey = await recurringSurvey(owner, orgId, new Date(Date.now() - day), new Date(Date.now() + 10 * day));
    // The period has ended (the clock is moved by making the job due now).
    await t.ctx.db
      .update(surveyWaves)
      .set({ nextWaveAt: new Date(Date.now() - 1000) })
      .where(eq(surveyWaves.surveyId, survey.id));
    await t.ctx.db.execute(sql`UPDATE jobs SET run_at = now() - interval '1 second' WHERE kind = 'survey.relaunch' AND payload->>'surveyId' = ${survey.id}`);
    await t.jobs.drain();
    const series = await t.ctx.db.select().from(surveyWaves).where(eq(surveyWaves.seriesId, survey.id)).orderBy(surveyWaves.number);
    expect(series.map((w) => w.number)).toEqual([1, 2]);

    // Closing the open wave by hand stops the series: its scheduled relaunch does nothing.
    const secondId = series[1]?.surveyId as string;
    expect((await owner.post(`/api/v1/organisations/${orgId}/surveys/${secondId}/close`)).statusCode).toBe(200);
    const [closed] = await t.ctx.db.select().from(surveyWaves).where(eq(surveyWaves.surveyId, secondId));
    expect(closed?.nextWaveAt).toBeNull();
    expect(await relaunchSurvey(t.ctx, secondId, new Date(Date.now() + 400 * day))).toBeNull();
    expect((await owner.get(`/api/v1/organisations/${orgId}/surveys/${secondId}/waves`)).json().nextWaveAt).toBeNull();
  });

  it("follows a change of recurrence, skipping periods already over", async () => {
    const owner = await signUp(t, "Inès Manager");
    const orgId = await createOrganisation(owner);
    const opensAt = new Date(Date.now() - 200 * day);
    const survey = await recurringSurvey(owner, orgId, opensAt, new Date(Date.now() + day));
    const [half] = await t.ctx.db.select().from(surveyWaves).where(eq(surveyWaves.surveyId, survey.id));
    expect(half?.nextWaveAt).toEqual(addMonths(opensAt, 12));
    expect((await owner.patch(`/api/v1/organisations/${orgId}/surveys/${survey.id}`, { recurrence: "yearly" })).statusCode).toBe(200);
    const [yearly] = await t.ctx.db.select().from(surveyWaves).where(eq(surveyWaves.surveyId, survey.id));
    expect(yearly?.nextWaveAt).toEqual(addMonths(opensAt, 12));
    expect((await owner.patch(`/api/v1/organisations/${orgId}/surveys/${survey.id}`, { recurrence: "none" })).statusCode).toBe(200);
    const [none] = await t.ctx.db.select().from(surveyWaves).where(eq(surveyWaves.surveyId, survey.id));
    expect(none?.nextWaveAt).toBeNull();
  });

  it("adds months on the calendar, keeping to the end of shorter months", () => {
    expect(addMonths(new Date("2026-08-31T09:00:00Z"), 6).toISOString()).toBe("2027-02-28T09:00:00.000Z");
    expect(addMonths(new Date("2027-08-31T09:00:00Z"), 6).toISOString()).toBe("2028-02-29T09:00:00.000Z");
    expect(addMonths(new Date("2026-01-15T00:00:00Z"), 12).toISOString()).toBe("2027-01-15T00:00:00.000Z");
  });
});

describe("access to the waves", () => {
  it("answers 401 signed out and 404 to another organisation", async () => {
    const owner = await signUp(t, "Paul Owner");
    const orgId = await createOrganisation(owner);
    const survey = await recurringSurvey(owner, orgId, new Date(Date.now() - day), new Date(Date.now() + day));
    const url = `/api/v1/organisations/${orgId}/surveys/${survey.id}/waves`;
    const other = await signUp(t, "Autre");
    const otherOrg = await createOrganisation(other, "Autre école");
    expect((await other.get(url)).statusCode).toBe(404);
    expect((await other.get(`/api/v1/organisations/${otherOrg}/surveys/${survey.id}/waves`)).statusCode).toBe(404);
    other.cookies.clear();
    expect((await other.get(url)).statusCode).toBe(401);
  });
});
