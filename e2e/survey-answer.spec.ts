// Journey E: the demo programme manager chooses the "module-hot" template — the editor opens filled
// and nothing is stored until she saves; the step picker asks for a journey first, then offers its
// steps by stage — creates the survey and opens it (through the API, with her cookies); learners answer on a phone, once without
// JavaScript and once with it, then three more times through the public API; the manager sees
// "n = 5" for the NPS in the app, and a question answered fewer than 5 times is masked (the
// small-group rule), both on the page and in the API, overall and by month; she downloads the
// answers as CSV for French Excel (semicolons, BOM) and sees the reminders planned for an invitee.
import crypto from "node:crypto";
import fs from "node:fs";
import type { Page } from "playwright-core";
import { z } from "zod";
import { meSchema } from "../shared/schemas/me.js";
import { type Survey, type SurveyQuestion, surveySchema } from "../shared/schemas/surveys.js";
import { invitationReportSchema } from "../shared/schemas/surveys-results.js";
import { apiGet, apiPost, demo, field, type Journey, phone, signIn, visible, waitPath } from "./lib.js";

/** A score behind the small-group rule (shared/surveys/scores.ts, guardSmallGroup), as the results and dashboard APIs answer it. */
type Guarded = { status: "ok"; value: { n: number } } | { status: "too_few"; n: number };
/** The parts of GET …/surveys/:id/results and GET …/survey-dashboard this journey reads (those routes declare no response schema). */
type Results = { responseCount: number; questions: { questionId: string; overall: Guarded; groups: { result: Guarded }[] }[] };
type Dashboard = { overall: Guarded };

/** The question of `kind` at `index` among the survey's questions of that kind (the journey fails if there is none). */
function questionOf(survey: Survey, kind: SurveyQuestion["kind"], index = 0): SurveyQuestion {
  const question = survey.questions.filter((q) => q.kind === kind)[index];
  if (!question) throw new Error(`no ${kind} question #${index + 1} in the survey`);
  return question;
}

const legend = (question: SurveyQuestion) => new RegExp(`^\\d+\\. ${(question.label.fr ?? "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);

/** Answers the public form as a learner (scores by question kind, an optional comment) and submits it. */
async function answerForm(
  page: Page,
  survey: Survey,
  { nps, satisfaction, useful, effort, comment }: { nps: number; satisfaction: number; useful: number; effort: number; comment: string },
): Promise<void> {
  const overall = questionOf(survey, "satisfaction", 0);
  const usefulQ = questionOf(survey, "satisfaction", 1);
  const npsQ = questionOf(survey, "nps");
  const effortQ = questionOf(survey, "effort");
  const textQ = questionOf(survey, "text");
  const score = async (question: SurveyQuestion, value: number) =>
    page
      .getByRole("group", { name: legend(question) })
      .getByRole("radio", { name: String(value), exact: true })
      .check();
  await score(overall, satisfaction);
  await score(usefulQ, useful);
  await score(effortQ, effort);
  await score(npsQ, nps);
  await page
    .getByRole("group", { name: legend(textQ) })
    .getByRole("textbox")
    .fill(comment);
  await page.getByRole("button", { name: "Envoyer mes réponses" }).click();
}

/**
 * The same form with the keyboard alone (issue 12, quality bar): Tab from the top of the page, arrow
 * keys inside each scale, typing in the comment, Enter on the submit button. Fails if a question
 * cannot be reached or its value set without a pointer.
 */
async function answerByKeyboard(page: Page, survey: Survey, values: { nps: number; satisfaction: number; useful: number; effort: number; comment: string }) {
  const targets = [
    [questionOf(survey, "satisfaction", 0), values.satisfaction],
    [questionOf(survey, "satisfaction", 1), values.useful],
    [questionOf(survey, "effort"), values.effort],
    [questionOf(survey, "nps"), values.nps],
  ] as const;
  const focused = () =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLInputElement | null;
      const legendText = element?.closest("fieldset")?.querySelector("legend")?.textContent?.trim() ?? "";
      const checked = element?.type === "radio" ? ((document.querySelector(`input[name="${element.name}"]:checked`) as HTMLInputElement | null)?.value ?? null) : null;
      return { tag: element?.tagName ?? "", type: element?.type ?? "", text: element?.textContent?.trim() ?? "", legend: legendText, value: element?.value ?? "", checked };
    });
  const done = new Set<string>();
  for (let presses = 0; presses < 120; presses++) {
    await page.keyboard.press("Tab");
    const at = await focused();
    if (at.type === "radio") {
      const target = targets.find(([question]) => legend(question).test(at.legend));
      if (!target) continue;
      const [question, value] = target;
      await page.keyboard.press("Space");
      for (let moves = 0; moves < 12 && (await focused()).checked !== String(value); moves++) {
        await page.keyboard.press(Number((await focused()).checked) < value ? "ArrowRight" : "ArrowLeft");
      }
      if ((await focused()).checked !== String(value)) throw new Error(`the keyboard could not set ${value} on « ${question.label.fr} »`);
      done.add(question.id);
    } else if (at.tag === "TEXTAREA") {
      await page.keyboard.type(values.comment);
    } else if (at.tag === "BUTTON" && at.text === "Envoyer mes réponses") {
      if (done.size !== targets.length) throw new Error(`the keyboard reached the submit button with ${done.size} of ${targets.length} scales set`);
      await page.keyboard.press("Enter");
      return;
    }
  }
  throw new Error("the submit button was not reached with Tab");
}

export default async function run(j: Journey): Promise<void> {
  const stamp = Date.now().toString(36);
  const title = `Évaluation à chaud — e2e ${stamp}`;

  // 1. Marie chooses the template: the editor opens filled, and no survey exists until she saves it.
  const manager = await j.newPage();
  await signIn(j, manager, { email: demo.manager.email, password: demo.password });
  await j.check(manager, "manager home");
  const orgId = (await apiGet(manager, "/api/v1/me", meSchema)).activeOrganisationId ?? "";
  const surveysApi = `/api/v1/organisations/${encodeURIComponent(orgId)}/surveys`;
  const surveyCount = async () => (await apiGet(manager, surveysApi, z.array(surveySchema))).length;
  const countBefore = await surveyCount();
  await manager.goto("/surveys/new");
  await manager
    .getByRole("listitem")
    .filter({ has: manager.getByRole("heading", { name: "Évaluation à chaud de fin de module" }) })
    .getByRole("button", { name: "Utiliser ce modèle" })
    .click();
  await visible(manager.getByRole("button", { name: "Créer l'enquête" }));
  const titleField = field(manager, "Titre");
  if ((await titleField.inputValue()) !== "Évaluation à chaud de fin de module")
    throw new Error(`the editor opens with the title "${await titleField.inputValue()}"`);
  if ((await surveyCount()) !== countBefore) throw new Error("choosing a template stored a survey before it was saved");
  await j.check(manager, "new survey editor");
  await titleField.fill(title);
  await manager.getByRole("checkbox", { name: "Anglais" }).check();
  // The step picker: no step offered before a journey is chosen, then that journey's steps, grouped by stage.
  const stepsField = field(manager, "Étapes du parcours mesurées").first();
  if (!(await stepsField.isDisabled())) throw new Error("steps are offered before a journey is chosen");
  await manager.getByRole("combobox", { name: "Parcours", exact: true }).click();
  await manager.getByRole("option").first().click();
  await stepsField.click();
  await visible(manager.getByRole("option").first());
  await manager.keyboard.press("Escape");
  await manager.getByRole("button", { name: "Créer l'enquête" }).click();
  await waitPath(manager, /^\/surveys\/[0-9a-f-]{36}/);
  const created = await apiGet(manager, `${surveysApi}/${new URL(manager.url()).pathname.split("/").pop()}`, surveySchema);
  if (created.title !== title || created.templateKey !== "module-hot" || created.locales.join() !== "fr,en") {
    throw new Error(`the saved survey is ${JSON.stringify({ title: created.title, templateKey: created.templateKey, locales: created.locales })}`);
  }
  if ((await surveyCount()) !== countBefore + 1) throw new Error("saving the editor did not create exactly one survey");
  const survey = await apiPost(manager, `${surveysApi}/${created.id}/open`, {}, surveySchema);
  if (survey.status !== "open") throw new Error(`the survey is "${survey.status}" after opening it`);
  if (survey.minGroupSize !== 5) throw new Error(`the survey's minimum group size is ${survey.minGroupSize}`);
  // The organisation's NPS before anyone answers (the demo's surveys, the other journeys' answers).
  const dashboardApi = `/api/v1/organisations/${encodeURIComponent(orgId)}/survey-dashboard?kind=nps&by=stakeholder`;
  const npsCountOf = (dashboard: Dashboard) => (dashboard.overall.status === "ok" ? dashboard.overall.value.n : dashboard.overall.n);
  const nBefore = npsCountOf(await apiGet<Dashboard>(manager, dashboardApi));
  const publicPath = new URL(survey.publicUrl).pathname;
  const publicToken = publicPath.split("/").pop();
  const byKind = (kind: SurveyQuestion["kind"]) => survey.questions.filter((q) => q.kind === kind);
  if (byKind("nps").length !== 1 || byKind("satisfaction").length !== 2 || byKind("effort").length !== 1 || byKind("text").length !== 1) {
    throw new Error(`unexpected questions in the module-hot template: ${survey.questions.map((q) => q.kind).join(", ")}`);
  }

  // 2. A learner answers on a phone without JavaScript: a plain form post, then the thank-you page.
  const noScript = await j.newPage({ viewport: phone, javaScriptEnabled: false });
  await noScript.goto(publicPath);
  await visible(noScript.getByRole("heading", { level: 1, name: title }));
  await answerForm(noScript, survey, { nps: 9, satisfaction: 5, useful: 4, effort: 2, comment: `Très bon module, exemples concrets (${stamp})` });
  await waitPath(noScript, `${publicPath}/merci`);
  await visible(noScript.getByRole("heading", { level: 1, name: "Merci !" }));
  await visible(noScript.getByText("Vos réponses ont bien été enregistrées."));

  // axe needs JavaScript: check the same pages in a phone browser with JavaScript.
  const learner = await j.newPage({ viewport: phone });
  await j.visit(learner, publicPath, "survey form (phone)", { shot: "e-01-survey-form-phone-fr" });
  await visible(learner.getByRole("heading", { level: 1, name: title }));

  // 3. Another learner answers with JavaScript on, with the keyboard alone.
  await answerByKeyboard(learner, survey, { nps: 10, satisfaction: 4, useful: 5, effort: 3, comment: `Rythme soutenu mais clair (${stamp})` });
  await waitPath(learner, `${publicPath}/merci`);
  await visible(learner.getByRole("heading", { level: 1, name: "Merci !" }));
  await j.check(learner, "survey thanks (phone)", { shot: "e-02-survey-thanks-phone-fr" });

  // 4. Three more answers through the public API; only the first answers the effort question.
  const q = { nps: questionOf(survey, "nps").id, effort: questionOf(survey, "effort").id, text: questionOf(survey, "text").id };
  const overall = questionOf(survey, "satisfaction", 0).id;
  const useful = questionOf(survey, "satisfaction", 1).id;
  const apiAnswers = [
    { [q.nps]: 6, [overall]: 3, [useful]: 3, [q.effort]: 5, [q.text]: "Salle trop petite" },
    { [q.nps]: 8, [overall]: 4, [useful]: 4 },
    { [q.nps]: 9, [overall]: 5, [useful]: 5 },
  ];
  for (const answers of apiAnswers) {
    const key = crypto.randomBytes(18).toString("base64url");
    const response = await learner.request.post(`/api/v1/public/surveys/${publicToken}/responses`, {
      data: { key, locale: "fr", answers, consentToContact: false, isFinal: true },
    });
    if (!response.ok()) throw new Error(`the public answer API answered ${response.status()}: ${await response.text()}`);
  }

  // 5. The small-group rule in the API: NPS shown with n = 5; effort (3 answers) masked, overall and by month.
  const results = await apiGet<Results>(manager, `${surveysApi}/${survey.id}/results?by=none`);
  if (results.responseCount !== 5) throw new Error(`the results count ${results.responseCount} answers, not 5`);
  const resultOf = (r: Results, id: string) => {
    const found = r.questions.find((x) => x.questionId === id);
    if (!found) throw new Error(`no result for question ${id}`);
    return found;
  };
  const npsOverall = resultOf(results, q.nps).overall;
  if (npsOverall.status !== "ok" || npsOverall.value.n !== 5) throw new Error(`the NPS result is ${JSON.stringify(npsOverall)}`);
  const effortOverall = resultOf(results, q.effort).overall;
  if (effortOverall.status !== "too_few" || effortOverall.n !== 3)
    throw new Error(`the effort question (3 answers) is not masked: ${JSON.stringify(effortOverall)}`);
  if (JSON.stringify(effortOverall).includes("mean")) throw new Error("a masked result still carries its score");
  const byMonth = await apiGet<Results>(manager, `${surveysApi}/${survey.id}/results?by=month`);
  const monthGroups = resultOf(byMonth, q.effort).groups;
  if (monthGroups.length === 0 || !monthGroups.every((g) => g.result.status === "too_few" && g.result.n < 5)) {
    throw new Error(`by month, the effort groups are not all masked: ${JSON.stringify(monthGroups)}`);
  }
  const npsMonth = resultOf(byMonth, q.nps).groups;
  if (!npsMonth.some((g) => g.result.status === "ok" && g.result.value.n === 5))
    throw new Error(`by month, the NPS group of 5 is not shown: ${JSON.stringify(npsMonth)}`);

  // 6. Marie opens "Enquêtes & indicateurs": the organisation's NPS counts the five answers at once
  // (before the background roll-up), then the survey's results: "n = 5" for the NPS, effort masked.
  const nAfter = npsCountOf(await apiGet<Dashboard>(manager, dashboardApi));
  if (nAfter !== nBefore + 5) throw new Error(`the organisation's NPS counts ${nAfter} answers, not ${nBefore} + 5`);
  await manager.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Enquêtes & indicateurs" }).click();
  await waitPath(manager, "/surveys");
  await visible(manager.getByText(new RegExp(`\\), n = ${nAfter} personnes$`)).first());
  await j.check(manager, "surveys");
  await manager.getByRole("link", { name: title }).click();
  await waitPath(manager, `/surveys/${survey.id}`);
  await visible(manager.getByRole("heading", { level: 1, name: title }));
  await manager.getByRole("tab", { name: "Résultats" }).click();
  await visible(manager.getByText(/n = 5 personnes/));
  await visible(manager.getByText("Pas assez de répondants (3 personnes, il en faut 5) : résultat masqué pour préserver l'anonymat", { exact: false }));
  await j.check(manager, "survey results", { shot: "e-03-survey-results-fr" });

  // 7. The answers for French Excel (issue 12, item 14): the semicolon CSV comes first, with the BOM.
  const excelButton = manager.getByRole("button", { name: /^Exporter les réponses : CSV/ }).first();
  if ((await excelButton.textContent()) !== "Exporter les réponses : CSV pour Excel (point-virgule)") throw new Error(`the first CSV export is "${await excelButton.textContent()}"`);
  const [download] = await Promise.all([manager.waitForEvent("download"), excelButton.click()]);
  const csv = fs.readFileSync((await download.path()) ?? "", "utf8");
  if (!csv.startsWith("\uFEFFDate;Promotion;")) throw new Error(`the Excel CSV starts with ${JSON.stringify(csv.slice(0, 30))}`);

  // 8. The reminders are visible (issue 12, item 13): one person invited, the two planned reminders
  // reach them; reminding now waits, since they got the invitation less than 24 hours ago.
  await apiPost(manager, `${surveysApi}/${survey.id}/invitations`, { recipients: [{ email: `relance.${stamp}@exemple.fr` }] }, invitationReportSchema);
  await manager.getByRole("tab", { name: "Diffusion" }).click();
  await visible(manager.getByRole("heading", { name: "Relances" }));
  const planned = manager.getByRole("listitem").filter({ hasText: /^le .+ : 1 personne$/ });
  await visible(planned.first());
  if ((await planned.count()) !== 2) throw new Error(`${await planned.count()} planned reminders shown, not 2 (days 3 and 7)`);
  if (!(await manager.getByRole("button", { name: "Relancer maintenant" }).isDisabled())) throw new Error("'remind now' is offered right after the invitation");
  await visible(manager.getByText("1 personne a reçu un e-mail de l'enquête il y a moins de 24 h : elle ne sera pas relancée maintenant."));
  await j.check(manager, "survey reminders");
}
