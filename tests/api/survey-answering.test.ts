/**
 * Answering a survey without an account: the no-JS form (render, errors, save and resume, submit,
 * thanks), idempotent submits, single-use invitations, what an anonymous vs a confidential answer
 * stores, follow-up tasks, closed surveys, the JSON endpoint's validation, page weight, language,
 * and the rate limit of the public routes.
 */
import { gzipSync } from "node:zlib";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { followUpTasks, surveyInvitations, surveyResponses } from "../../server/db/schema.js";
import { perPerson, perSurvey } from "../../server/modules/surveys/answering/answer-limits.js";
import { loadPublicSurvey, submitAnswers } from "../../server/modules/surveys/answering/answers.service.js";
import { hasAnsweredMark } from "../../server/modules/surveys/answered-marks.js";
import { hashToken } from "../../server/modules/surveys/tokens.js";
import { addInvitation, addMeasuredStep, surveyFixture } from "../survey-factories.js";
import { createTestApp, type TestApp } from "../test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.destroy());

type Fields = [string, string][];
const postForm = (url: string, fields: Fields, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: "POST",
    url,
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    payload: new URLSearchParams(fields).toString(),
  });
const hidden = (html: string, name: string) => html.match(new RegExp(`name="${name}" value="([^"]+)"`))?.[1] ?? "";
const postJson = (token: string, body: Record<string, unknown>) =>
  t.app.inject({
    method: "POST",
    url: `/api/v1/public/surveys/${token}/responses`,
    headers: { "content-type": "application/json" },
    payload: JSON.stringify(body),
  });
const responsesOf = (surveyId: string) => t.ctx.db.select().from(surveyResponses).where(eq(surveyResponses.surveyId, surveyId));
const thisMonth = async () => (await t.ctx.db.execute<{ d: string }>(sql`SELECT date_trunc('month', current_date)::date::text AS d`)).rows[0]?.d;
const today = async (plusDays = 0) => (await t.ctx.db.execute<{ d: string }>(sql`SELECT (current_date + ${plusDays}::int)::text AS d`)).rows[0]?.d;
const newKey = () => `k${Math.random().toString(36).slice(2)}${Date.now().toString(36)}xxxxxxxx`;

describe("the answering page without JavaScript", () => {
  it("renders every question in French, light, uncached and without scripts", async () => {
    const { publicToken, questions } = await surveyFixture(t);
    const response = await t.app.inject({ method: "GET", url: `/s/${publicToken}` });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/html");
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(response.headers["referrer-policy"]).toBe("no-referrer");
    const html = response.body;
    expect(html).toContain('<html lang="fr">');
    for (const q of Object.values(questions)) expect(html).toContain(`<legend id="q-${q.id}-legend">`);
    expect(html).toContain("Recommanderiez-vous cette formation à un proche ?");
    expect(html).toContain("Pas du tout probable");
    expect(html).toContain("(obligatoire)");
    expect(html).toContain("Ce questionnaire est anonyme");
    expect(html).not.toContain("<script");
    expect(html.match(/<input type="radio"[^>]* value="\d+"/g)?.length).toBe(11 + 5);
    expect(hidden(html, "key")).toMatch(/^[\w-]{32}$/);
    const gzipped = gzipSync(html).length;
    console.info(`answering page: ${html.length} bytes, ${gzipped} bytes gzipped`);
    expect(gzipped).toBeLessThan(30 * 1024);
  });

  it("speaks the respondent's language: Accept-Language, then ?lang", async () => {
    const { publicToken } = await surveyFixture(t);
    const en = await t.app.inject({ method: "GET", url: `/s/${publicToken}`, headers: { "accept-language": "en-GB,en;q=0.9,fr;q=0.5" } });
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain("Would you recommend this programme to a friend?");
    expect(en.body).toContain("Send my answers");
    expect(en.body).toContain("Not at all likely");
    const fr = await t.app.inject({ method: "GET", url: `/s/${publicToken}?lang=fr`, headers: { "accept-language": "en" } });
    expect(fr.body).toContain('<html lang="fr">');
    expect(fr.body).toContain("Envoyer mes réponses");
  });

  it("re-renders with errors and the values given, and stores nothing", async () => {
    const { publicToken, survey, questions } = await surveyFixture(t);
    const key = hidden((await t.app.inject({ method: "GET", url: `/s/${publicToken}` })).body, "key");
    const response = await postForm(`/s/${publicToken}`, [
      ["key", key],
      [`q_${questions.satisfaction.id}`, "9"],
      [`q_${questions.multiple.id}[]`, "projets"],
      [`q_${questions.text.id}`, "Très bien <b>vraiment</b>"],
      ["action", "submit"],
    ]);
    expect(response.statusCode).toBe(400);
    const html = response.body;
    expect(html).toContain('id="error-summary" tabindex="-1" autofocus=""');
    expect(html).toContain(`href="#q-${questions.nps.id}"`);
    expect(html).toContain("Répondez à cette question.");
    expect(html).toContain("Choisissez une valeur de 1 à 5.");
    expect(html).toContain(`aria-describedby="q-${questions.nps.id}-hint q-${questions.nps.id}-error"`);
    expect(html).toContain('checked="" value="projets"');
    expect(html).toContain("Très bien &lt;b&gt;vraiment&lt;/b&gt;</textarea>");
    expect(hidden(html, "key")).toBe(key);
    expect(await responsesOf(survey.id)).toHaveLength(0);
  });

  it("saves a half-finished answer, resumes it prefilled, submits once and thanks", async () => {
    const { publicToken, survey, questions } = await surveyFixture(t);
    const key = hidden((await t.app.inject({ method: "GET", url: `/s/${publicToken}` })).body, "key");
    const saved = await postForm(`/s/${publicToken}`, [
      ["key", key],
      [`q_${questions.nps.id}`, "8"],
      [`q_${questions.multiple.id}[]`, "cours"],
      [`q_${questions.multiple.id}[]`, "campus"],
      ["action", "save"],
    ]);
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(`/s/${publicToken}/r/${key}?lang=fr`);
    expect((await responsesOf(survey.id))[0]?.status).toBe("partial");

    const resume = await t.app.inject({ method: "GET", url: saved.headers.location as string });
    expect(resume.statusCode).toBe(200);
    expect(resume.body).toContain("Ajoutez cette page à vos favoris");
    expect(resume.body).toContain(`name="q_${questions.nps.id}" checked="" value="8"`);
    expect(resume.body).toContain('checked="" value="cours"');
    expect(resume.body).toContain('checked="" value="campus"');
    expect(hidden(resume.body, "key")).toBe(key);

    const final: Fields = [
      ["key", key],
      [`q_${questions.nps.id}`, "9"],
      [`q_${questions.satisfaction.id}`, "4"],
      [`q_${questions.multiple.id}[]`, "cours"],
      [`q_${questions.text.id}`, "Merci à l'équipe"],
      ["action", "submit"],
    ];
    const submitted = await postForm(`/s/${publicToken}`, final);
    expect(submitted.statusCode).toBe(303);
    expect(submitted.headers.location).toBe(`/s/${publicToken}/merci?lang=fr`);
    const thanks = await t.app.inject({ method: "GET", url: submitted.headers.location as string });
    expect(thanks.body).toContain("Merci !");

    const again = await postForm(`/s/${publicToken}`, final);
    expect(again.statusCode).toBe(303);
    const rows = await responsesOf(survey.id);
    expect(rows).toHaveLength(1);
    // Anonymous: dated by the month only.
    expect(rows[0]).toMatchObject({ status: "complete", cohort: "2026", locale: "fr", submittedOn: await thisMonth() });
    expect(rows[0]?.answers).toEqual({
      [questions.nps.id]: 9,
      [questions.satisfaction.id]: 4,
      [questions.multiple.id]: ["cours"],
      [questions.text.id]: "Merci à l'équipe",
    });
    expect((await t.app.inject({ method: "GET", url: `/s/${publicToken}/r/${key}` })).statusCode).toBe(303);
  });

  it("shows clear pages for closed, draft, not yet open and unknown surveys", async () => {
    const closed = await surveyFixture(t, { status: "closed" });
    const get = (url: string) => t.app.inject({ method: "GET", url });
    const closedPage = await get(`/s/${closed.publicToken}`);
    expect(closedPage.statusCode).toBe(410);
    expect(closedPage.body).toContain("Ce questionnaire est clos");
    expect((await postForm(`/s/${closed.publicToken}`, [["action", "submit"]])).statusCode).toBe(410);
    const json = await postJson(closed.publicToken, { key: newKey(), locale: "fr", answers: {} });
    expect(json.statusCode).toBe(410);
    expect(json.headers["content-type"]).toContain("application/problem+json");
    expect((await get(`/s/${(await surveyFixture(t, { closesAt: new Date(Date.now() - 1000) })).publicToken}`)).statusCode).toBe(410);
    expect((await get(`/s/${(await surveyFixture(t, { status: "draft" })).publicToken}`)).statusCode).toBe(404);
    const later = await get(`/s/${(await surveyFixture(t, { opensAt: new Date("2099-03-01T12:00:00Z") })).publicToken}`);
    expect(later.statusCode).toBe(404);
    expect(later.body).toContain("Il sera ouvert à partir du 1 mars 2099.");
    const unknown = await get("/s/ce-lien-n-existe-pas-du-tout");
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain("Questionnaire introuvable");
  });
});

describe("invitations, anonymity and follow-up", () => {
  it("uses an invitation once", async () => {
    const { orgId, publicToken, survey, questions } = await surveyFixture(t);
    const invitation = await addInvitation(t.ctx.db, orgId, survey.id, "lea.martin@exemple.fr");
    const page = await t.app.inject({ method: "GET", url: `/s/${publicToken}?i=${invitation.token}` });
    expect(hidden(page.body, "i")).toBe(invitation.token);
    const answer = (key: string) =>
      postForm(`/s/${publicToken}`, [
        ["key", key],
        ["i", invitation.token],
        [`q_${questions.nps.id}`, "10"],
        ["action", "submit"],
      ]);
    expect((await answer(hidden(page.body, "key"))).statusCode).toBe(303);
    const second = await t.app.inject({ method: "GET", url: `/s/${publicToken}?i=${invitation.token}` });
    expect(second.body).toContain("Vous avez déjà répondu, merci");
    expect((await answer(newKey())).statusCode).toBe(409);
    expect(await responsesOf(survey.id)).toHaveLength(1);
    const other = await surveyFixture(t);
    expect((await t.app.inject({ method: "GET", url: `/s/${other.publicToken}?i=${invitation.token}` })).statusCode).toBe(404);
  });

  it("keeps no invitation, e-mail, IP or time on an anonymous answer", async () => {
    const { orgId, publicToken, survey, questions } = await surveyFixture(t, { isAnonymous: true });
    const invitation = await addInvitation(t.ctx.db, orgId, survey.id, "anonyme@exemple.fr");
    const page = await t.app.inject({ method: "GET", url: `/s/${publicToken}?i=${invitation.token}` });
    expect(page.body).not.toContain('name="consent"');
    const fields: Fields = [
      ["key", hidden(page.body, "key")],
      ["i", invitation.token],
      [`q_${questions.nps.id}`, "2"],
      ["consent", "1"],
      ["action", "submit"],
    ];
    expect((await postForm(`/s/${publicToken}`, fields, { "x-forwarded-for": "203.0.113.9" })).statusCode).toBe(303);
    const [row] = await responsesOf(survey.id);
    expect(row).toMatchObject({ status: "complete", invitationId: null, respondentEmail: null, consentToContact: false, submittedOn: await thisMonth() });
    const columns = await t.ctx.db.execute<{ column_name: string }>(
      sql`SELECT column_name FROM information_schema.columns WHERE table_name = 'survey_responses'`,
    );
    expect(columns.rows.map((c) => c.column_name).filter((name) => /ip|_at$|time/.test(name))).toEqual([]);
    expect(JSON.stringify(row)).not.toContain("203.0.113.9");
    // Not flagged by the answer itself: the flag comes later, with at least four others (answered-marks.ts).
    const [inv] = await t.ctx.db.select().from(surveyInvitations).where(eq(surveyInvitations.id, invitation.id));
    expect(inv?.hasResponded).toBe(false);
    expect(await hasAnsweredMark(t.ctx.db, t.ctx.env.secret, invitation.id)).toBe(true);
    expect((await t.app.inject({ method: "GET", url: `/s/${publicToken}?i=${invitation.token}` })).body).toContain("Vous avez déjà répondu, merci");
    expect(await t.ctx.db.select().from(followUpTasks).where(eq(followUpTasks.surveyId, survey.id))).toHaveLength(0);
  });

  it("links a confidential answer to its invitation and opens a follow-up only with consent", async () => {
    const { orgId, publicToken, survey, questions } = await surveyFixture(t, { isAnonymous: false });
    const stepId = await addMeasuredStep(t.ctx.db, orgId, survey.id, "Scolarité");
    const consenting = await addInvitation(t.ctx.db, orgId, survey.id, "hugo.petit@exemple.fr");
    const silent = await addInvitation(t.ctx.db, orgId, survey.id, "ines.roux@exemple.fr");
    const page = await t.app.inject({ method: "GET", url: `/s/${publicToken}?i=${consenting.token}` });
    expect(page.body).toContain("Ce questionnaire n&#x27;est pas anonyme : vos réponses sont rattachées à votre adresse hugo.petit@exemple.fr, avec le jour");
    expect(page.body).toContain('name="consent"');
    const answer = (token: string, consent: boolean) =>
      postForm(`/s/${publicToken}`, [
        ["key", newKey()],
        ["i", token],
        [`q_${questions.nps.id}`, "4"],
        [`q_${questions.satisfaction.id}`, "2"],
        ...(consent ? ([["consent", "1"]] as Fields) : []),
        ["action", "submit"],
      ]);
    expect((await answer(consenting.token, true)).statusCode).toBe(303);
    expect((await answer(silent.token, false)).statusCode).toBe(303);
    const rows = await responsesOf(survey.id);
    expect(rows.map((r) => [r.invitationId, r.respondentEmail, r.consentToContact]).sort((a, b) => String(a[1]).localeCompare(String(b[1])))).toEqual([
      [consenting.id, "hugo.petit@exemple.fr", true],
      [silent.id, "ines.roux@exemple.fr", false],
    ]);
    const tasks = await t.ctx.db.select().from(followUpTasks).where(eq(followUpTasks.surveyId, survey.id));
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({
      reason: "nps:4 satisfaction:2",
      stepId,
      ownerService: "Scolarité",
      status: "open",
      dueOn: await today(7),
      organisationId: orgId,
    });
    expect(tasks[0]?.responseId).toBe(rows.find((r) => r.invitationId === consenting.id)?.id);
  });
});

describe("the JSON endpoint", () => {
  it("stores partial then complete answers, idempotently", async () => {
    const { publicToken, survey, questions } = await surveyFixture(t);
    const key = newKey();
    const partial = await postJson(publicToken, { key, locale: "en", answers: { [questions.satisfaction.id]: 5 }, isFinal: false });
    expect(partial.statusCode).toBe(201);
    expect(partial.json()).toEqual({ status: "partial" });
    const body = { key, locale: "en", answers: { [questions.nps.id]: 7, [questions.multiple.id]: ["campus"], [questions.text.id]: null }, isFinal: true };
    expect((await postJson(publicToken, body)).statusCode).toBe(201);
    const again = await postJson(publicToken, body);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ status: "complete" });
    const rows = await responsesOf(survey.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.answers).toEqual({ [questions.nps.id]: 7, [questions.multiple.id]: ["campus"] });
  });

  it("refuses malformed answers with their path and stores nothing", async () => {
    const { publicToken, survey, questions } = await surveyFixture(t);
    const unknownQuestion = "00000000-0000-4000-8000-000000000000";
    const cases: [Record<string, unknown>, string][] = [
      [{ [questions.nps.id]: 11 }, questions.nps.id],
      [{ [questions.nps.id]: 5, [questions.multiple.id]: ["cours", "piscine"] }, questions.multiple.id],
      [{ [questions.nps.id]: 5, [unknownQuestion]: 3 }, unknownQuestion],
      [{ [questions.nps.id]: 5, [questions.text.id]: "x".repeat(5001) }, questions.text.id],
      [{ [questions.nps.id]: "neuf" }, questions.nps.id],
      [{ [questions.satisfaction.id]: 3 }, questions.nps.id],
    ];
    for (const [answers, questionId] of cases) {
      const response = await postJson(publicToken, { key: newKey(), locale: "fr", answers, isFinal: true });
      expect(response.statusCode, JSON.stringify(answers).slice(0, 80)).toBe(400);
      expect(response.headers["content-type"]).toContain("application/problem+json");
      expect(response.json().errors.map((e: { path: string }) => e.path)).toContainEqual(expect.stringMatching(new RegExp(`answers\\.${questionId}$`)));
    }
    expect((await postJson(publicToken, { key: "short", locale: "fr", answers: {} })).statusCode).toBe(400);
    expect(await responsesOf(survey.id)).toHaveLength(0);
  });
});

describe("a burst of answers (group commit)", () => {
  it("stores every answer of a burst once, each with all its values, and a key sent three times once", async () => {
    const { publicToken, survey, questions } = await surveyFixture(t);
    const answers = (i: number) => ({ [questions.nps.id]: i % 11, [questions.multiple.id]: ["cours", "campus"], [questions.text.id]: `réponse ${i}` });
    const twin = newKey();
    const bodies = [
      ...Array.from({ length: 30 }, (_, i) => ({ key: newKey(), locale: "fr", answers: answers(i), isFinal: true })),
      ...Array.from({ length: 3 }, () => ({ key: twin, locale: "fr", answers: answers(99), isFinal: true })),
    ];
    const replies = await Promise.all(bodies.map((body) => postJson(publicToken, body)));
    expect(replies.slice(0, 30).map((r) => r.statusCode)).toEqual(Array(30).fill(201));
    expect(
      replies
        .slice(30)
        .map((r) => r.statusCode)
        .sort(),
    ).toEqual([200, 200, 201]);
    const rows = await responsesOf(survey.id);
    expect(rows).toHaveLength(31);
    expect(rows.every((r) => r.status === "complete" && r.submittedOn === rows[0]?.submittedOn && r.invitationId === null)).toBe(true);
    expect(rows.every((r) => Object.keys(r.answers).length === 3)).toBe(true);
    const seventh = rows.find((r) => Object.values(r.answers).includes("réponse 7"));
    expect(Object.values(seventh?.answers ?? {})).toEqual(expect.arrayContaining([7, ["cours", "campus"], "réponse 7"]));
  });

  it("stores nothing of an answer the database refuses, and the others of its group all the same", async () => {
    const { publicToken, survey } = await surveyFixture(t);
    const loaded = await loadPublicSurvey(t.ctx.db, publicToken);
    if (!loaded) throw new Error("no survey");
    const nps = loaded.questions.find((q) => q.kind === "nps")?.id as string;
    // A submission the database cannot take (a survey id that is not a uuid): valid for the form, refused by PostgreSQL.
    const submit = (key: string, answers: Record<string, number>, isBroken = false) =>
      submitAnswers(t.ctx, isBroken ? { ...loaded, survey: { ...loaded.survey, id: "not-a-uuid" } } : loaded, {
        key,
        invitationToken: null,
        locale: "fr",
        answers,
        consentToContact: false,
        isFinal: true,
      });
    const goodKeys = Array.from({ length: 11 }, () => newKey());
    const badKey = newKey();
    // The first answers are written at once; the rest wait and go together, the refused one among them.
    const outcomes = await Promise.allSettled([...goodKeys.map((key, i) => submit(key, { [nps]: i % 11 })), submit(badKey, { [nps]: 9 }, true)]);
    expect(outcomes.slice(0, 11).map((o) => (o.status === "fulfilled" ? o.value.kind : String(o.reason)))).toEqual(Array(11).fill("stored"));
    expect(outcomes[11]?.status).toBe("rejected");
    const rows = await responsesOf(survey.id);
    expect(rows).toHaveLength(11);
    expect(rows.map((r) => r.answers[nps]).sort((x, y) => Number(x) - Number(y))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(rows.some((r) => r.resumeTokenHash === hashToken(badKey))).toBe(false);
  });

  it("checks an answer again when the survey changed since it was read (questions edited, closed)", async () => {
    const { publicToken, survey, owner, orgId } = await surveyFixture(t);
    const base = `/api/v1/organisations/${orgId}/surveys/${survey.id}`;
    const read = await loadPublicSurvey(t.ctx.db, publicToken, { cached: true });
    if (!read) throw new Error("no survey");
    const nps = read.questions.find((q) => q.kind === "nps")?.id as string;
    const answer = (loaded: typeof read, answers: Record<string, number>) =>
      submitAnswers(t.ctx, loaded, { key: newKey(), invitationToken: null, locale: "fr", answers, consentToContact: false, isFinal: true });
    expect((await answer(read, { [nps]: 9 })).kind).toBe("stored");

    // The questions are edited (allowed while nobody has answered): an answer checked against the old ones is checked again, and refused.
    await t.ctx.db.delete(surveyResponses).where(eq(surveyResponses.surveyId, survey.id));
    const edited = await owner.patch(base, { questions: [{ kind: "satisfaction", label: { fr: "Satisfait ?" }, isRequired: true, options: [] }] });
    expect(edited.statusCode).toBe(200);
    const changed = await answer(read, { [nps]: 9 });
    expect(changed).toMatchObject({ kind: "invalid", errors: [{ questionId: nps, code: "unknown_question" }, { code: "required" }] });

    // Closed on another node a moment ago: the copy in hand still says open, the answer is refused and nothing stored.
    const fresh = await loadPublicSurvey(t.ctx.db, publicToken);
    if (!fresh) throw new Error("no survey");
    const satisfaction = fresh.questions[0]?.id as string;
    expect((await owner.post(`${base}/close`, {})).statusCode).toBe(200);
    const closed = await answer(fresh, { [satisfaction]: 4 });
    expect(closed).toMatchObject({ kind: "unavailable", loaded: { availability: "closed" } });
    // Through the JSON endpoint, whose cache held the open survey: 410, not stored.
    const late = await t.app.inject({
      method: "POST",
      url: `/api/v1/public/surveys/${publicToken}/responses`,
      payload: { key: newKey(), locale: "fr", answers: { [satisfaction]: 4 }, isFinal: true },
    });
    expect(late.statusCode).toBe(410);
    expect(await responsesOf(survey.id)).toHaveLength(0);
  });
});

describe("rate limit of the public routes", () => {
  let live: TestApp;
  beforeAll(async () => {
    live = await createTestApp({ NODE_ENV: "development" });
  });
  afterAll(() => live.destroy());

  it("slows down one client hammering one answer without blocking another", async () => {
    const { publicToken } = await surveyFixture(live);
    const key = newKey();
    const resume = (remoteAddress: string) => live.app.inject({ method: "GET", url: `/s/${publicToken}/r/${key}`, remoteAddress });
    const statuses: number[] = [];
    for (let i = 0; i < perPerson + 1; i++) statuses.push((await resume("203.0.113.7")).statusCode);
    expect(statuses.slice(0, perPerson).every((status) => status === 404)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    expect((await resume("198.51.100.23")).statusCode).toBe(404);
  });

  it("lets 300 people behind one address answer one survey in a minute (finding 14)", async () => {
    const { publicToken, questions } = await surveyFixture(live);
    const nat = "192.0.2.44";
    for (let person = 0; person < 300; person++) {
      const page = await live.app.inject({ method: "GET", url: `/s/${publicToken}`, remoteAddress: nat });
      expect(page.statusCode).toBe(200);
      const sent = await live.app.inject({
        method: "POST",
        url: `/s/${publicToken}`,
        remoteAddress: nat,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: new URLSearchParams([
          ["key", hidden(page.body, "key")],
          [`q_${questions.nps.id}`, String(person % 11)],
          ["action", "submit"],
        ]).toString(),
      });
      expect(sent.statusCode).toBe(303);
    }
    const [count] = (
      await live.ctx.db.execute<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM survey_responses r JOIN surveys s ON s.id = r.survey_id WHERE s.public_token = ${publicToken}`,
      )
    ).rows;
    expect(count?.n).toBe(300);
  }, 120_000);

  it("still caps one address sending fresh answers to one survey", async () => {
    const { publicToken, questions } = await surveyFixture(live);
    const send = () =>
      live.app.inject({
        method: "POST",
        url: `/api/v1/public/surveys/${publicToken}/responses`,
        remoteAddress: "192.0.2.99",
        headers: { "content-type": "application/json" },
        payload: JSON.stringify({ key: newKey(), locale: "fr", answers: { [questions.nps.id]: 99 }, isFinal: true }),
      });
    let last = 0;
    for (let i = 0; i < perSurvey + 1; i++) last = (await send()).statusCode;
    expect(last).toBe(429);
  }, 120_000);
});
