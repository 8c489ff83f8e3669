/** Survey rows, their questions and steps; every read is scoped by organisation. */
import { and, asc, count, desc, eq, inArray } from "drizzle-orm";
import type { QuestionInput } from "../../../shared/schemas/surveys.js";
import {
  journeySteps,
  programmes,
  stakeholderTypes,
  surveyInvitations,
  surveyQuestions,
  surveyResponses,
  surveySteps,
  surveys,
  surveyWaves,
} from "../../db/schema.js";
import type { Database, Tx } from "../../platform/database.js";
import { firstOrNull, orgRow, withUpdatedAt } from "../../platform/rows.js";

export type SurveyRow = typeof surveys.$inferSelect;

export async function findSurvey(db: Database | Tx, organisationId: string, surveyId: string) {
  return firstOrNull(
    db
      .select()
      .from(surveys)
      .where(orgRow(surveys, organisationId, surveyId)),
  );
}

export async function loadSurveyDetails(db: Database | Tx, organisationId: string, rows: SurveyRow[]) {
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) return { questions: [], steps: [], responses: [], invitations: [], waves: [] };
  const scope = (table: { organisationId: typeof surveyQuestions.organisationId; surveyId: typeof surveyQuestions.surveyId }) =>
    and(eq(table.organisationId, organisationId), inArray(table.surveyId, ids));
  const [questions, steps, responses, invitations, waves] = await Promise.all([
    db.select().from(surveyQuestions).where(scope(surveyQuestions)).orderBy(asc(surveyQuestions.position)),
    db
      .select()
      .from(surveySteps)
      .where(and(eq(surveySteps.organisationId, organisationId), inArray(surveySteps.surveyId, ids))),
    db
      .select({ surveyId: surveyResponses.surveyId, n: count() })
      .from(surveyResponses)
      .where(and(eq(surveyResponses.organisationId, organisationId), inArray(surveyResponses.surveyId, ids), eq(surveyResponses.status, "complete")))
      .groupBy(surveyResponses.surveyId),
    db
      .select({ surveyId: surveyInvitations.surveyId, n: count() })
      .from(surveyInvitations)
      .where(and(eq(surveyInvitations.organisationId, organisationId), inArray(surveyInvitations.surveyId, ids)))
      .groupBy(surveyInvitations.surveyId),
    db
      .select({ surveyId: surveyWaves.surveyId, number: surveyWaves.number })
      .from(surveyWaves)
      .where(and(eq(surveyWaves.organisationId, organisationId), inArray(surveyWaves.surveyId, ids))),
  ]);
  return { questions, steps, responses, invitations, waves };
}

export async function listSurveyRows(db: Database, organisationId: string) {
  return db.select().from(surveys).where(eq(surveys.organisationId, organisationId)).orderBy(desc(surveys.createdAt));
}

/** The stakeholder type of the organisation seeded with this key (a template's audience), or null. */
export async function findStakeholderTypeBySeedKey(db: Database, organisationId: string, seedKey: string): Promise<string | null> {
  const [row] = await db
    .select({ id: stakeholderTypes.id })
    .from(stakeholderTypes)
    .where(and(eq(stakeholderTypes.organisationId, organisationId), eq(stakeholderTypes.seedKey, seedKey)));
  return row?.id ?? null;
}

export async function stakeholderTypeExists(db: Database | Tx, organisationId: string, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: stakeholderTypes.id })
    .from(stakeholderTypes)
    .where(orgRow(stakeholderTypes, organisationId, id));
  return row !== undefined;
}

export async function programmeExists(db: Database | Tx, organisationId: string, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: programmes.id })
    .from(programmes)
    .where(orgRow(programmes, organisationId, id));
  return row !== undefined;
}

/** How many of these step ids are steps of the organisation's journeys. */
export async function countOwnSteps(db: Database | Tx, organisationId: string, stepIds: string[]): Promise<number> {
  const rows = await db
    .select({ id: journeySteps.id })
    .from(journeySteps)
    .where(and(eq(journeySteps.organisationId, organisationId), inArray(journeySteps.id, stepIds)));
  return rows.length;
}

export async function replaceQuestions(tx: Tx, organisationId: string, surveyId: string, questions: readonly QuestionInput[]): Promise<void> {
  await tx.delete(surveyQuestions).where(and(eq(surveyQuestions.organisationId, organisationId), eq(surveyQuestions.surveyId, surveyId)));
  await tx
    .insert(surveyQuestions)
    .values(
      questions.map((q, position) => ({ organisationId, surveyId, position, kind: q.kind, label: q.label, isRequired: q.isRequired, options: q.options })),
    );
}

export async function replaceSteps(tx: Tx, organisationId: string, surveyId: string, stepIds: readonly string[]): Promise<void> {
  await tx.delete(surveySteps).where(and(eq(surveySteps.organisationId, organisationId), eq(surveySteps.surveyId, surveyId)));
  if (stepIds.length > 0) await tx.insert(surveySteps).values([...new Set(stepIds)].map((stepId) => ({ organisationId, surveyId, stepId })));
}

type SurveyFields = Omit<typeof surveys.$inferInsert, "id" | "organisationId" | "createdAt">;

export async function insertSurvey(tx: Tx, organisationId: string, fields: SurveyFields & { publicToken: string; createdBy: string }): Promise<string> {
  const [row] = await tx
    .insert(surveys)
    .values({ organisationId, ...fields })
    .returning({ id: surveys.id });
  return row?.id as string;
}

/** Changes a survey's fields; returns its title, or null when the organisation has no such survey. */
export async function updateSurveyRow(
  db: Database | Tx,
  organisationId: string,
  surveyId: string,
  fields: Partial<SurveyFields>,
): Promise<{ title: string } | null> {
  return firstOrNull(
    db
      .update(surveys)
      .set(withUpdatedAt(fields))
      .where(orgRow(surveys, organisationId, surveyId))
      .returning({ title: surveys.title }),
  );
}

/** Deletes a survey (its questions, answers and invitations go with it); returns its title, or null. */
export async function deleteSurveyRow(db: Database | Tx, organisationId: string, surveyId: string): Promise<{ title: string } | null> {
  return firstOrNull(
    db
      .delete(surveys)
      .where(orgRow(surveys, organisationId, surveyId))
      .returning({ title: surveys.title }),
  );
}

/** Answers of a survey, complete or not. */
export async function countAnswers(db: Database | Tx, organisationId: string, surveyId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.organisationId, organisationId), eq(surveyResponses.surveyId, surveyId)));
  return row?.n ?? 0;
}

/** The surveys that measure one of these steps (their survey_steps rows), by title. */
export async function surveysOnSteps(db: Database | Tx, organisationId: string, stepIds: readonly string[]): Promise<{ id: string; title: string }[]> {
  if (stepIds.length === 0) return [];
  return db
    .selectDistinct({ id: surveys.id, title: surveys.title })
    .from(surveySteps)
    .innerJoin(surveys, eq(surveys.id, surveySteps.surveyId))
    .where(and(eq(surveySteps.organisationId, organisationId), inArray(surveySteps.stepId, [...stepIds])))
    .orderBy(asc(surveys.title));
}
