/**
 * Finding 9, as the attack: a curious administrator WITH DATABASE ACCESS tries to re-identify the
 * answers of an anonymous survey — linking each answer to an invitation (so an e-mail) by
 * transaction ids (xmin/xmax = written_xid), by any row the answer's transaction wrote, by
 * timestamps, by ordering, and by polling the invitations' "has responded" flags beside the
 * answers. None of it may single anyone out in a group smaller than k = 5 (CNIL: singling out,
 * linkability, inference). Plus: personal survey links are never shown in the outbox.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyAnsweredMarks, minMarkGroup } from "../../server/modules/surveys/answered-marks.js";
import { surveyReminderJob } from "../../server/modules/surveys/invitations.service.js";
import { invitationToken } from "../../server/modules/surveys/tokens.js";
import { surveyFixture } from "../survey-factories.js";
import { createTestApp, type TestApp } from "../test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.destroy());

type Invitee = { id: string; email: string; token_hash: string; locale: string; created_at: string };
const hidden = (html: string, name: string) => html.match(new RegExp(`name="${name}" value="([^"]+)"`))?.[1] ?? "";
const rows = async <T extends Record<string, unknown>>(query: ReturnType<typeof sql>) => (await t.ctx.db.execute<T>(query)).rows;

/** Answers through the page, as a respondent does: load the form (personal link or public link), send it. */
async function answer(publicToken: string, npsId: string, score: number, options: { token?: string; lang?: string } = {}) {
  const query = new URLSearchParams({ ...(options.token ? { i: options.token } : {}), ...(options.lang ? { lang: options.lang } : {}) });
  const page = await t.app.inject({ method: "GET", url: `/s/${publicToken}?${query}` });
  expect(page.statusCode).toBe(200);
  const fields: [string, string][] = [
    ["key", hidden(page.body, "key")],
    [`q_${npsId}`, String(score)],
    ["action", "submit"],
  ];
  if (options.token) fields.push(["i", options.token]);
  if (options.lang) fields.push(["lang", options.lang]);
  const sent = await t.app.inject({
    method: "POST",
    url: `/s/${publicToken}`,
    headers: { "content-type": "application/x-www-form-urlencoded" },
    payload: new URLSearchParams(fields).toString(),
  });
  expect(sent.statusCode).toBe(303);
}

describe("an anonymous survey against an administrator with database access (finding 9)", () => {
  it("links no answer to fewer than k invitations by transaction ids, rows written with it, timestamps, ordering or polling", async () => {
    const { orgId, owner, survey, publicToken, questions } = await surveyFixture(t, { isAnonymous: true });
    const csv = ["email;name;locale", ...Array.from({ length: 12 }, (_, i) => `invite${i}@exemple.fr;Personne ${i};${i === 3 ? "en" : "fr"}`)].join("\n");
    const imported = await owner.post(`/api/v1/organisations/${orgId}/surveys/${survey.id}/invitations`, { csv });
    expect(imported.statusCode, imported.body).toBe(200);
    const invitees = await rows<Invitee>(sql`SELECT id, email, token_hash, locale, created_at::text FROM survey_invitations WHERE survey_id = ${survey.id}`);
    expect(invitees).toHaveLength(12);
    const secrets = invitees.flatMap((i) => [i.id, i.email, i.token_hash, i.email.split("@")[0] ?? i.email]);

    // Seven invitees answer one after the other (invite3 in English), two people by the public link
    // in between; the administrator looks at the database after every single answer.
    const answering = [3, 0, 7, 5, 11, 2, 9];
    const flaggedCounts: number[] = [];
    let step = 0;
    for (const index of answering) {
      const invitee = invitees.find((i) => i.email === `invite${index}@exemple.fr`);
      if (!invitee) throw new Error("no invitee");
      await answer(publicToken, questions.nps.id, index % 11, { token: invitationToken(t.ctx.env.secret, invitee.id), lang: index === 3 ? "en" : undefined });
      if (step++ % 3 === 1) await answer(publicToken, questions.nps.id, 8);
      await applyAnsweredMarks(t.ctx.db, t.ctx.env.secret);

      // 1. Same transaction: no invitation row written or locked by an answer's transaction.
      const sameXid = await rows(sql`
        SELECT i.id FROM survey_invitations i JOIN survey_responses r ON r.survey_id = i.survey_id
         WHERE r.survey_id = ${survey.id}
           AND (i.xmin::text = (r.written_xid::text::bigint % 4294967296)::text OR i.xmax::text = (r.written_xid::text::bigint % 4294967296)::text)`);
      expect(sameXid).toEqual([]);
      // 2. Any row of any table written by an answer's transaction: none names an invitation.
      const tables = await rows<{ table_name: string }>(
        sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
      );
      const xids = await rows<{ x: string }>(
        sql`SELECT DISTINCT (written_xid::text::bigint % 4294967296)::text AS x FROM survey_responses WHERE survey_id = ${survey.id}`,
      );
      let seen = 0;
      for (const { table_name } of tables) {
        const written = await rows<{ row: string }>(
          sql`SELECT row_to_json(t)::text AS row FROM ${sql.identifier(table_name)} t WHERE t.xmin::text IN ${xids.map((x) => x.x)} OR t.xmax::text IN ${xids.map((x) => x.x)}`,
        );
        for (const { row } of written) for (const secret of secrets) expect(row, `${table_name} names ${secret}`).not.toContain(secret);
        seen += written.length;
      }
      // At least the answers themselves were written by those transactions: the scan saw rows.
      expect(seen).toBeGreaterThan(0);
      // 3. Polling the flags: they change by groups of at least k, never one answer at a time.
      const [flagged] = await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM survey_invitations WHERE survey_id = ${survey.id} AND has_responded`);
      flaggedCounts.push(flagged?.n ?? 0);
    }
    const steps = flaggedCounts.map((n, i) => n - (flaggedCounts[i - 1] ?? 0)).filter((d) => d !== 0);
    expect(steps.every((d) => d >= minMarkGroup)).toBe(true);
    expect(flaggedCounts.at(-1)).toBe(minMarkGroup);

    // 4. Timestamps: the answers keep no time, only the month; the invitee's language is not kept either.
    const timeColumns = await rows(sql`
      SELECT column_name FROM information_schema.columns
       WHERE table_name = 'survey_responses' AND (data_type LIKE 'timestamp%' OR data_type LIKE 'time%' OR column_name ~ '(_at|_ip|^ip)$')`);
    expect(timeColumns).toEqual([]);
    const responses = await rows<{
      id: string;
      written: string;
      day: number;
      locale: string;
      invitation_id: string | null;
      respondent_email: string | null;
    }>(sql`
      SELECT id, written_xid::text AS written, extract(day FROM submitted_on)::int AS day, locale, invitation_id, respondent_email
        FROM survey_responses WHERE survey_id = ${survey.id} ORDER BY written_xid`);
    expect(responses).toHaveLength(answering.length + 2);
    for (const response of responses) {
      expect(response).toMatchObject({ day: 1, locale: "fr", invitation_id: null, respondent_email: null });
      // Random ids (version 4), not time-ordered ones.
      expect(response.id[14]).toBe("4");
      for (const secret of secrets) expect(JSON.stringify(response)).not.toContain(secret);
    }

    // 5. Ordering: line the answers up with the flags by transaction order — each answer's
    // candidates are the invitations flagged by the first flagging transaction after it (or, not
    // flagged yet, every invitation not flagged): never fewer than k.
    const groups = await rows<{ x: string; n: number }>(sql`
      SELECT xmin::text AS x, count(*)::int AS n FROM survey_invitations WHERE survey_id = ${survey.id} AND has_responded GROUP BY 1 ORDER BY 1::bigint`);
    expect(groups.every((group) => group.n >= minMarkGroup)).toBe(true);
    const [unflagged] = await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM survey_invitations WHERE survey_id = ${survey.id} AND NOT has_responded`);
    for (const response of responses) {
      const xid = Number(BigInt(response.written) % 4294967296n);
      const next = groups.find((group) => Number(group.x) > xid);
      expect(next ? next.n : (unflagged?.n ?? 0)).toBeGreaterThanOrEqual(minMarkGroup);
    }
    // 6. The marks hold nothing an administrator can match to an invitation without the server secret.
    const marks = await rows<{ row: string }>(sql`SELECT row_to_json(m)::text AS row FROM survey_answered_marks m WHERE survey_id = ${survey.id}`);
    expect(marks).toHaveLength(answering.length);
    for (const { row } of marks) for (const secret of secrets) expect(row).not.toContain(secret);

    // Single use still holds: an invitee whose flag is not applied yet cannot answer twice.
    const pending = invitees.find((i) => i.email === "invite9@exemple.fr");
    if (!pending) throw new Error("no invitee");
    const again = await t.app.inject({ method: "GET", url: `/s/${publicToken}?i=${invitationToken(t.ctx.env.secret, pending.id)}` });
    expect(again.body).toContain("Vous avez déjà répondu, merci");
  });

  it("refuses a second answer through one invitation sent at the same moment, without locking the invitation", async () => {
    const { orgId, owner, survey, publicToken, questions } = await surveyFixture(t, { isAnonymous: true });
    expect(
      (await owner.post(`/api/v1/organisations/${orgId}/surveys/${survey.id}/invitations`, { recipients: [{ email: "double@exemple.fr" }] })).statusCode,
    ).toBe(200);
    const [invitee] = await rows<{ id: string }>(sql`SELECT id FROM survey_invitations WHERE survey_id = ${survey.id}`);
    if (!invitee) throw new Error("no invitee");
    const token = invitationToken(t.ctx.env.secret, invitee.id);
    const send = (key: string) =>
      t.app.inject({
        method: "POST",
        url: `/api/v1/public/surveys/${publicToken}/responses`,
        headers: { "content-type": "application/json" },
        payload: JSON.stringify({ key, invitationToken: token, locale: "fr", answers: { [questions.nps.id]: 7 }, isFinal: true }),
      });
    const statuses = (await Promise.all([send(`k${"a".repeat(20)}`), send(`k${"b".repeat(20)}`), send(`k${"c".repeat(20)}`)])).map((r) => r.statusCode).sort();
    expect(statuses).toEqual([201, 409, 409]);
    const [count] = await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM survey_responses WHERE survey_id = ${survey.id}`);
    expect(count?.n).toBe(1);
  });

  it("reminds someone whose answer is not flagged yet exactly like someone who has not answered (skipping them would tell)", async () => {
    const { orgId, owner, survey, publicToken, questions } = await surveyFixture(t, { isAnonymous: true });
    expect(
      (
        await owner.post(`/api/v1/organisations/${orgId}/surveys/${survey.id}/invitations`, {
          recipients: [{ email: "a-repondu@exemple.fr" }, { email: "pas-encore@exemple.fr" }],
        })
      ).statusCode,
    ).toBe(200);
    const invitees = await rows<{ id: string; email: string }>(sql`SELECT id, email FROM survey_invitations WHERE survey_id = ${survey.id}`);
    const answered = invitees.find((i) => i.email === "a-repondu@exemple.fr");
    if (!answered) throw new Error("no invitee");
    await answer(publicToken, questions.nps.id, 6, { token: invitationToken(t.ctx.env.secret, answered.id) });
    await applyAnsweredMarks(t.ctx.db, t.ctx.env.secret);
    const remind = surveyReminderJob(t.ctx);
    for (const invitee of invitees) await remind({ invitationId: invitee.id, params: { organisation: "IAE", survey: survey.title, name: "", anonymity: "" } });
    const after = await rows<{ email: string; reminders_sent: number; has_responded: boolean }>(
      sql`SELECT email, reminders_sent, has_responded FROM survey_invitations WHERE survey_id = ${survey.id} ORDER BY email`,
    );
    expect(after.map((i) => [i.reminders_sent, i.has_responded])).toEqual([
      [1, false],
      [1, false],
    ]);
    const [reminders] = await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM emails WHERE organisation_id = ${orgId} AND kind = 'survey_reminder'`);
    expect(reminders?.n).toBe(2);
  });

  it("never shows a personal survey link in the outbox (a sign-in-like token)", async () => {
    const { orgId, owner, survey } = await surveyFixture(t, { isAnonymous: true });
    expect(
      (await owner.post(`/api/v1/organisations/${orgId}/surveys/${survey.id}/invitations`, { recipients: [{ email: "boite@exemple.fr" }] })).statusCode,
    ).toBe(200);
    // Sent without SMTP_URL: kept in the outbox, as the sending job does.
    await t.ctx.db.execute(sql`UPDATE emails SET status = 'outbox' WHERE organisation_id = ${orgId}`);
    const outbox = await owner.get(`/api/v1/organisations/${orgId}/outbox`);
    expect(outbox.statusCode).toBe(200);
    const text = outbox.body;
    expect(text).toContain("boite@exemple.fr");
    expect(text).not.toMatch(/\?i=[\w-]{20,}/);
  });
});
