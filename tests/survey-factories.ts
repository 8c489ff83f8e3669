/**
 * Surveys for the answering tests, inserted directly with drizzle (the builder API is tested on
 * its own): an open survey in French and English with an NPS (required), a satisfaction, a
 * multiple choice and a free text question; invitations with known tokens; a measured step.
 */
import { randomBytes } from "node:crypto";
import type { Database } from "../server/db/client.js";
import { journeyStages, journeySteps, journeys, organization, surveyInvitations, surveyQuestions, surveySteps, surveys } from "../server/db/schema.js";
import { hashToken, newToken } from "../server/modules/surveys/tokens.js";
import { createOrganisation, signUp } from "./factories.js";
import type { TestApp } from "./test-app.js";

export type SurveyOptions = { isAnonymous?: boolean; status?: string; opensAt?: Date | null; closesAt?: Date | null; cohort?: string };

/** Inserts an open bilingual survey with four questions into `organisationId`. */
export async function insertSurvey(db: Database, organisationId: string, options: SurveyOptions = {}) {
  const [survey] = await db
    .insert(surveys)
    .values({
      organisationId,
      title: "Votre avis sur la formation",
      introduction: "Trois minutes pour nous aider à améliorer le parcours.",
      locales: ["fr", "en"],
      reminderDays: [3, 7],
      publicToken: newToken(),
      status: options.status ?? "open",
      isAnonymous: options.isAnonymous ?? true,
      opensAt: options.opensAt ?? null,
      closesAt: options.closesAt ?? null,
      cohort: options.cohort ?? "2026",
    })
    .returning();
  if (!survey) throw new Error("survey not inserted");
  const q = (position: number, kind: string, fr: string, en: string, isRequired = false, options: { id: string; label: Record<string, string> }[] = []) => ({
    organisationId,
    surveyId: survey.id,
    position,
    kind,
    label: { fr, en },
    isRequired,
    options,
  });
  const rows = await db
    .insert(surveyQuestions)
    .values([
      q(0, "nps", "Recommanderiez-vous cette formation à un proche ?", "Would you recommend this programme to a friend?", true),
      q(1, "satisfaction", "Êtes-vous satisfait·e de l'accueil ?", "Are you satisfied with the welcome?"),
      q(2, "multiple_choice", "Qu'avez-vous apprécié ?", "What did you like?", false, [
        { id: "cours", label: { fr: "Les cours", en: "The courses" } },
        { id: "projets", label: { fr: "Les projets", en: "The projects" } },
        { id: "campus", label: { fr: "Le campus", en: "The campus" } },
      ]),
      q(3, "text", "Un commentaire ?", "Any comment?"),
    ])
    .returning();
  const [nps, satisfaction, multiple, text] = rows.sort((a, b) => a.position - b.position);
  if (!nps || !satisfaction || !multiple || !text) throw new Error("questions not inserted");
  return { survey, publicToken: survey.publicToken, questions: { nps, satisfaction, multiple, text } };
}

/** An organisation (signed up through the real API) with one survey. */
export async function surveyFixture(t: TestApp, options: SurveyOptions = {}) {
  const owner = await signUp(t, "Sophie Owner");
  const orgId = await createOrganisation(owner);
  return { orgId, owner, ...(await insertSurvey(t.ctx.db, orgId, options)) };
}

/** An organisation inserted directly (for a database without the API at hand). */
export async function insertOrganisation(db: Database): Promise<string> {
  const id = `org_${randomBytes(8).toString("hex")}`;
  await db.insert(organization).values({ id, name: "IAE Durable", slug: id, createdAt: new Date() });
  return id;
}

/** A personal invitation whose token is known to the test. */
export async function addInvitation(db: Database, organisationId: string, surveyId: string, email: string) {
  const token = newToken();
  const [row] = await db
    .insert(surveyInvitations)
    .values({ organisationId, surveyId, email, tokenHash: hashToken(token) })
    .returning();
  if (!row) throw new Error("invitation not inserted");
  return { id: row.id, token };
}

/** A journey with one step owned by `ownerService`, measured by the survey. */
export async function addMeasuredStep(db: Database, organisationId: string, surveyId: string, ownerService: string) {
  const [journey] = await db.insert(journeys).values({ organisationId, title: "Parcours apprenant" }).returning();
  if (!journey) throw new Error("journey not inserted");
  const [stage] = await db.insert(journeyStages).values({ organisationId, journeyId: journey.id, title: "Accueil", position: 0 }).returning();
  if (!stage) throw new Error("stage not inserted");
  const [step] = await db
    .insert(journeySteps)
    .values({ organisationId, journeyId: journey.id, stageId: stage.id, title: "Rentrée", ownerService, position: 0 })
    .returning();
  if (!step) throw new Error("step not inserted");
  await db.insert(surveySteps).values({ organisationId, surveyId, stepId: step.id });
  return step.id;
}
