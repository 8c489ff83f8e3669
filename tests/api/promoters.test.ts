/**
 * Promoters (NPS 9–10) personally invited to a confidential survey who agreed to be contacted get
 * a thank-you e-mail with the organisation's review link — written in the answer's transaction —;
 * nobody else does: not an anonymous answer, not the public link, not without consent, not a 7–8.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emails } from "../../server/db/schema.js";
import { organisationWithRoles } from "../factories.js";
import { addInvitation, insertSurvey } from "../survey-factories.js";
import { createTestApp, type TestApp } from "../test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.destroy());

const newKey = () => `k${Math.random().toString(36).slice(2)}${Date.now().toString(36)}xxxxxxxx`;
const answer = (publicToken: string, body: Record<string, unknown>) =>
  t.app.inject({
    method: "POST",
    url: `/api/v1/public/surveys/${publicToken}/responses`,
    headers: { "content-type": "application/json" },
    payload: JSON.stringify({ key: newKey(), locale: "fr", ...body }),
  });
const thanksTo = (to: string) =>
  t.ctx.db
    .select()
    .from(emails)
    .where(and(eq(emails.toAddress, to), eq(emails.kind, "promoter_thanks")));

describe("thanking promoters", () => {
  it("thanks a consenting promoter of a confidential survey, in their language, with the review link", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const settings = `/api/v1/organisations/${orgId}/review-settings`;
    expect((await people.manager.put(settings, { reviewUrl: "https://avis.exemple.fr/iae" })).statusCode).toBe(403);
    expect((await people.admin.put(settings, { reviewUrl: "javascript:alert(1)" })).statusCode).toBe(400);
    expect((await people.admin.put(settings, { reviewUrl: "https://avis.exemple.fr/iae" })).json()).toEqual({ reviewUrl: "https://avis.exemple.fr/iae" });
    expect((await people.staff.get(settings)).json()).toEqual({ reviewUrl: "https://avis.exemple.fr/iae" });

    const { survey, publicToken, questions } = await insertSurvey(t.ctx.db, orgId, { isAnonymous: false });
    const promoter = await addInvitation(t.ctx.db, orgId, survey.id, "promoteur@exemple.fr");
    const english = await addInvitation(t.ctx.db, orgId, survey.id, "fan@exemple.fr");
    expect((await answer(publicToken, { answers: { [questions.nps.id]: 10 }, invitationToken: promoter.token, consentToContact: true })).statusCode).toBe(201);
    expect(
      (await answer(publicToken, { answers: { [questions.nps.id]: 9 }, invitationToken: english.token, consentToContact: true, locale: "en" })).statusCode,
    ).toBe(201);

    const [fr] = await thanksTo("promoteur@exemple.fr");
    expect(fr).toMatchObject({ organisationId: orgId, locale: "fr", link: "https://avis.exemple.fr/iae" });
    expect(fr?.subject).toContain("Merci pour votre avis");
    expect(fr?.bodyText).toContain("« Votre avis sur la formation »");
    expect(fr?.bodyText).toContain("https://avis.exemple.fr/iae");
    const [en] = await thanksTo("fan@exemple.fr");
    expect(en?.locale).toBe("en");
    expect(en?.bodyText).toContain("a review from you would help");
  });

  it("only thanks, without a review paragraph, when the organisation has no review page", async () => {
    const { orgId } = await organisationWithRoles(t);
    const { survey, publicToken, questions } = await insertSurvey(t.ctx.db, orgId, { isAnonymous: false });
    const invitation = await addInvitation(t.ctx.db, orgId, survey.id, "sans.lien@exemple.fr");
    expect((await answer(publicToken, { answers: { [questions.nps.id]: 10 }, invitationToken: invitation.token, consentToContact: true })).statusCode).toBe(
      201,
    );
    const [mail] = await thanksTo("sans.lien@exemple.fr");
    expect(mail?.link).toBeNull();
    expect(mail?.bodyText).not.toContain("un avis de votre part");
  });

  it("writes to nobody who did not agree, answered anonymously, by the public link, or is not a promoter", async () => {
    const { orgId } = await organisationWithRoles(t);
    const confidential = await insertSurvey(t.ctx.db, orgId, { isAnonymous: false });
    const anonymous = await insertSurvey(t.ctx.db, orgId, { isAnonymous: true });
    const noConsent = await addInvitation(t.ctx.db, orgId, confidential.survey.id, "sans.accord@exemple.fr");
    const passive = await addInvitation(t.ctx.db, orgId, confidential.survey.id, "passif@exemple.fr");
    const anon = await addInvitation(t.ctx.db, orgId, anonymous.survey.id, "anonyme@exemple.fr");
    const nps = (s: typeof confidential) => s.questions.nps.id;
    expect(
      (await answer(confidential.publicToken, { answers: { [nps(confidential)]: 10 }, invitationToken: noConsent.token, consentToContact: false })).statusCode,
    ).toBe(201);
    expect(
      (await answer(confidential.publicToken, { answers: { [nps(confidential)]: 8 }, invitationToken: passive.token, consentToContact: true })).statusCode,
    ).toBe(201);
    expect((await answer(anonymous.publicToken, { answers: { [nps(anonymous)]: 10 }, invitationToken: anon.token, consentToContact: true })).statusCode).toBe(
      201,
    );
    expect((await answer(confidential.publicToken, { answers: { [nps(confidential)]: 10 }, consentToContact: true })).statusCode).toBe(201);
    const sent = await t.ctx.db
      .select()
      .from(emails)
      .where(and(eq(emails.organisationId, orgId), eq(emails.kind, "promoter_thanks")));
    expect(sent).toEqual([]);
  });

  it("keeps another organisation's review settings out of reach", async () => {
    const a = await organisationWithRoles(t);
    const b = await organisationWithRoles(t);
    expect((await b.people.owner.put(`/api/v1/organisations/${a.orgId}/review-settings`, { reviewUrl: "https://pirate.exemple.fr" })).statusCode).toBe(404);
    expect((await b.people.owner.get(`/api/v1/organisations/${a.orgId}/review-settings`)).statusCode).toBe(404);
  });
});
