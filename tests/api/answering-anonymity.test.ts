/**
 * What the answering page's first screen says is kept, for each case the code stores differently
 * (answers.service.ts): an anonymous survey (public link, personal invitation), a confidential survey
 * through a personal invitation, and a confidential survey's public link — which has no e-mail
 * address at all and must never claim one (issue 12). Each statement is checked against the row the
 * answer then leaves in survey_responses.
 */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { surveyResponses, surveys } from "../../server/db/schema.js";
import { addInvitation, surveyFixture } from "../survey-factories.js";
import { createTestApp, type TestApp } from "../test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.destroy());

/** The text of the first screen's statement (the .notice block), tags removed and entities decoded. */
function notice(html: string): string {
  const block = html.match(/<(div|p) class="notice">([\s\S]*?)<\/\1>/)?.[2] ?? "";
  expect(block).not.toBe("");
  return block
    .replace(/<\/p><p>/g, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

async function page(url: string, lang: "fr" | "en" = "fr") {
  const response = await t.app.inject({ method: "GET", url: `${url}${url.includes("?") ? "&" : "?"}lang=${lang}` });
  expect(response.statusCode).toBe(200);
  return { html: response.body, text: notice(response.body) };
}

/** Sends a final answer in `lang` through the form and returns the row it left. */
async function answer(publicToken: string, surveyId: string, html: string, lang: "fr" | "en", invitationToken?: string) {
  const key = html.match(/name="key" value="([^"]+)"/)?.[1] ?? "";
  expect(key).not.toBe("");
  const fields = new URLSearchParams([["key", key], ["lang", lang], ...(invitationToken ? [["i", invitationToken]] : []), ["action", "submit"]]);
  const nps = await t.ctx.db.execute<{ id: string }>(sql`SELECT id FROM survey_questions WHERE survey_id = ${surveyId} AND kind = 'nps'`);
  fields.set(`q_${nps.rows[0]?.id}`, "8");
  const posted = await t.app.inject({
    method: "POST",
    url: `/s/${publicToken}`,
    headers: { "content-type": "application/x-www-form-urlencoded" },
    payload: fields.toString(),
  });
  expect(posted.statusCode).toBe(303);
  const [row] = await t.ctx.db.select().from(surveyResponses).where(eq(surveyResponses.surveyId, surveyId));
  if (!row) throw new Error("no response stored");
  return row;
}

const day = async (truncate: "day" | "month") =>
  (await t.ctx.db.execute<{ d: string }>(sql`SELECT date_trunc(${truncate}, current_date)::date::text AS d`)).rows[0]?.d;

describe("the first screen says what is kept", () => {
  it("on a confidential survey's public link: no e-mail address, the day and the page's language, read by the organisation", async () => {
    const { publicToken, survey } = await surveyFixture(t, { isAnonymous: false });
    const fr = await page(`/s/${publicToken}`, "fr");
    expect(fr.text).toContain("Vous répondez par le lien public, sans invitation personnelle");
    expect(fr.text).toContain("ne sont rattachées ni à votre nom, ni à votre adresse e-mail, ni à votre adresse IP");
    expect(fr.text).toContain("le jour de votre réponse et la langue de cette page");
    expect(fr.text).toContain("Les scores ne sont montrés que par groupes d'au moins 5 personnes");
    expect(fr.text).not.toContain("sont rattachées à votre adresse");
    expect(fr.text).not.toContain("n'est pas anonyme");
    expect(fr.html).not.toContain('name="consent"');
    const en = await page(`/s/${publicToken}`, "en");
    expect(en.text).toContain("You are answering through the public link, without a personal invitation");
    expect(en.text).toContain("linked neither to your name, nor to your e-mail address, nor to your IP address");
    expect(en.text).toContain("The day you answered and the language of this page are kept");
    expect(en.text).not.toContain("linked to your address");
    expect(en.text).not.toContain("not anonymous");
    // What it says is what is stored.
    const row = await answer(publicToken, survey.id, en.html, "en");
    expect(row).toMatchObject({ invitationId: null, respondentEmail: null, consentToContact: false, locale: "en", submittedOn: await day("day") });
  });

  it("on a confidential survey through a personal invitation: the person's address and the day", async () => {
    const { orgId, publicToken, survey } = await surveyFixture(t, { isAnonymous: false });
    const invitation = await addInvitation(t.ctx.db, orgId, survey.id, "lea.martin@exemple.fr");
    const fr = await page(`/s/${publicToken}?i=${invitation.token}`, "fr");
    expect(fr.text).toContain(
      "Ce questionnaire n'est pas anonyme : vos réponses sont rattachées à votre adresse lea.martin@exemple.fr, avec le jour de votre réponse.",
    );
    expect(fr.text).toContain("L'organisme qui le mène peut les lire avec votre adresse");
    expect(fr.text).toContain("vous choisissez s'il peut vous recontacter");
    expect(fr.text).not.toContain("lien public");
    expect(fr.html).toContain('name="consent"');
    const en = await page(`/s/${publicToken}?i=${invitation.token}`, "en");
    expect(en.text).toContain("This survey is not anonymous: your answers are linked to your address lea.martin@exemple.fr, along with the day you answered.");
    const row = await answer(publicToken, survey.id, fr.html, "fr", invitation.token);
    expect(row).toMatchObject({ invitationId: invitation.id, respondentEmail: "lea.martin@exemple.fr", submittedOn: await day("day") });
  });

  it("on an anonymous survey's public link: no identity, the month only", async () => {
    const { publicToken, survey } = await surveyFixture(t, { isAnonymous: true });
    const fr = await page(`/s/${publicToken}`, "fr");
    expect(fr.text).toContain("Ce questionnaire est anonyme");
    expect(fr.text).toContain("ni à votre nom, ni à votre adresse e-mail, ni à votre adresse IP, et ne sont datées que du mois");
    expect(fr.text).toContain("n'y mettez pas votre nom si vous voulez rester anonyme");
    expect(fr.text).not.toContain("jour");
    expect(fr.text).not.toContain("invitation");
    const en = await page(`/s/${publicToken}`, "en");
    expect(en.text).toContain("This survey is anonymous");
    expect(en.text).toContain("dated by the month only");
    expect(en.text).not.toContain("day");
    const row = await answer(publicToken, survey.id, en.html, "en");
    // Dated by the month, and the survey's first language rather than the one answered in.
    expect(row).toMatchObject({ invitationId: null, respondentEmail: null, locale: "fr", submittedOn: await day("month") });
  });

  it("on an anonymous survey through a personal invitation: the organisation learns that, not which, by groups", async () => {
    const { orgId, publicToken, survey } = await surveyFixture(t, { isAnonymous: true });
    await t.ctx.db.update(surveys).set({ minGroupSize: 3 }).where(eq(surveys.id, survey.id));
    const invitation = await addInvitation(t.ctx.db, orgId, survey.id, "anonyme@exemple.fr");
    const fr = await page(`/s/${publicToken}?i=${invitation.token}`, "fr");
    expect(fr.text).toContain("Ce questionnaire est anonyme");
    expect(fr.text).toContain("Les scores ne sont montrés que par groupes d'au moins 3 personnes");
    // The "has answered" flag waits for at least max(5, the minimum group size) answers together (answered-marks.ts).
    expect(fr.text).toContain("l'organisme saura que vous avez répondu, mais pas quelles réponses sont les vôtres");
    expect(fr.text).toContain("et seulement par groupes d'au moins 5 personnes. D'ici là, vous pourriez encore recevoir une relance");
    expect(fr.text).not.toContain("anonyme@exemple.fr");
    expect(fr.html).not.toContain('name="consent"');
    const en = await page(`/s/${publicToken}?i=${invitation.token}`, "en");
    expect(en.text).toContain("the organisation will know that you answered, but not which answers are yours");
    const row = await answer(publicToken, survey.id, fr.html, "fr", invitation.token);
    expect(row).toMatchObject({ invitationId: null, respondentEmail: null, submittedOn: await day("month") });
  });
});
