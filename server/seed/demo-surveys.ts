/**
 * Surveys of the demo organisation, so that results, the dashboard and the measures on the map
 * show something at first start: the end-of-module evaluation of the Master, open for four months
 * on two steps of the course-planning journey, with 64 answers from current learners; and the
 * teachers' half-yearly check-point with only 3 answers, which the small-group rule keeps hidden.
 * Answers are generated from a fixed seed (the same demo at every start) and written as the
 * answering page writes them: one row per response, counted in the dashboards by the aggregator.
 */
import { and, eq, ilike } from "drizzle-orm";
import { seededRandom } from "../../shared/journeys/fixtures.js";
import { surveyTemplate } from "../../shared/surveys/templates.js";
import { journeySteps, journeys, programmes, stakeholderTypes, surveyQuestions, surveyResponses, surveys, surveySteps } from "../db/schema.js";
import type { AnswerMap } from "../db/survey-schema.js";
import type { Tx } from "../platform/database.js";
import { hashToken, newToken } from "../modules/surveys/index.js";

const day = 86_400_000;

/** Score draws, weighted towards what a fairly good module hears. */
const weighted = (random: () => number, weights: number[], first: number) => {
  let draw = random() * weights.reduce((a, b) => a + b, 0);
  for (const [index, weight] of weights.entries()) {
    draw -= weight;
    if (draw <= 0) return first + index;
  }
  return first + weights.length - 1;
};

const learnerComments = [
  "Les cas pratiques avec de vraies marques, c'est ce qui m'a le plus servi.",
  "Planning reçu trop tard, difficile de s'organiser avec l'entreprise.",
  "Intervenants passionnants, mais les salles informatiques manquaient de postes.",
  "J'aurais aimé plus de retours individuels sur les projets.",
  "Très bon rythme, les outils utilisés sont ceux de mon alternance.",
  "Les changements de salle de dernière minute sont pénibles.",
];

type SeedSurvey = {
  organisationId: string;
  createdBy: string;
  templateKey: string;
  stepIds: string[];
  programmeId: string | null;
  cohort: string;
  answers: number;
};

async function seedSurvey(tx: Tx, seed: SeedSurvey, random: () => number): Promise<void> {
  const template = surveyTemplate(seed.templateKey);
  if (!template) return;
  const [type] = await tx
    .select({ id: stakeholderTypes.id })
    .from(stakeholderTypes)
    .where(and(eq(stakeholderTypes.organisationId, seed.organisationId), eq(stakeholderTypes.seedKey, template.stakeholderKey)));
  const opensAt = new Date(Date.now() - 120 * day);
  const [survey] = await tx
    .insert(surveys)
    .values({
      organisationId: seed.organisationId,
      title: template.title.fr,
      introduction: template.description.fr,
      templateKey: template.key,
      stakeholderTypeId: type?.id ?? null,
      programmeId: seed.programmeId,
      cohort: seed.cohort,
      locales: ["fr", "en"],
      isAnonymous: template.isAnonymous,
      status: "open",
      opensAt,
      recurrence: template.recurrence,
      reminderDays: [3, 7],
      publicToken: newToken(),
      createdBy: seed.createdBy,
    })
    .returning();
  if (!survey) return;
  const questions = await tx
    .insert(surveyQuestions)
    .values(template.questions.map((q, position) => ({ organisationId: seed.organisationId, surveyId: survey.id, position, ...q })))
    .returning();
  if (seed.stepIds.length > 0)
    await tx.insert(surveySteps).values(seed.stepIds.map((stepId) => ({ organisationId: seed.organisationId, surveyId: survey.id, stepId })));

  const rows = Array.from({ length: seed.answers }, () => {
    const answers: AnswerMap = {};
    for (const question of questions) {
      if (question.kind === "nps") answers[question.id] = weighted(random, [1, 0, 1, 1, 2, 3, 4, 9, 12, 9, 6], 0);
      else if (question.kind === "satisfaction") answers[question.id] = weighted(random, [1, 3, 7, 14, 9], 1);
      else if (question.kind === "effort") answers[question.id] = weighted(random, [6, 9, 8, 5, 3, 2, 1], 1);
      else if (question.kind === "multiple_choice") answers[question.id] = question.options.filter(() => random() < 0.4).map((o) => o.id);
      else if (question.kind === "text" && random() < 0.35) answers[question.id] = learnerComments[Math.floor(random() * learnerComments.length)] as string;
    }
    for (const [id, value] of Object.entries(answers)) if (Array.isArray(value) && value.length === 0) delete answers[id];
    const submitted = new Date(opensAt.getTime() + random() * (Date.now() - opensAt.getTime() - day));
    return {
      organisationId: seed.organisationId,
      surveyId: survey.id,
      locale: random() < 0.85 ? "fr" : "en",
      status: "complete",
      resumeTokenHash: hashToken(newToken()),
      stakeholderTypeId: survey.stakeholderTypeId,
      programmeId: survey.programmeId,
      cohort: survey.cohort,
      // The day only, as the answering page stores it.
      submittedOn: submitted.toISOString().slice(0, 10),
      answers,
    };
  });
  if (rows.length > 0) await tx.insert(surveyResponses).values(rows);
}

export async function seedDemoSurveys(tx: Tx, organisationId: string, createdBy: string): Promise<void> {
  const [journey] = await tx
    .select({ id: journeys.id, programmeId: journeys.programmeId })
    .from(journeys)
    .where(and(eq(journeys.organisationId, organisationId), ilike(journeys.title, "Planification des cours%"), eq(journeys.isTemplate, false)))
    .limit(1);
  if (!journey) return;
  const steps = await tx.select({ id: journeySteps.id, title: journeySteps.title }).from(journeySteps).where(eq(journeySteps.journeyId, journey.id));
  const stepsTitled = (...patterns: RegExp[]) => steps.filter((s) => patterns.some((p) => p.test(s.title))).map((s) => s.id);
  const [master] = await tx
    .select({ id: programmes.id })
    .from(programmes)
    .where(and(eq(programmes.organisationId, organisationId), ilike(programmes.title, "Master%")));
  const programmeId = journey.programmeId ?? master?.id ?? null;
  // The same demo at every start: a seeded generator, not Math.random.
  const random = seededRandom(2026);
  const learnerSteps = stepsTitled(/^Déroulement des cours/, /^Salles, matériel/);
  const teacherSteps = stepsTitled(/^Planning transmis/, /^Point semestriel/);
  await seedSurvey(tx, { organisationId, createdBy, templateKey: "module-hot", stepIds: learnerSteps, programmeId, cohort: "2025-2027", answers: 64 }, random);
  await seedSurvey(tx, { organisationId, createdBy, templateKey: "teacher-checkpoint", stepIds: teacherSteps, programmeId, cohort: "", answers: 3 }, random);
}
