/** Survey rows, their questions and steps; every read is scoped by organisation. */
import { and, asc, count, desc, eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { surveyInvitations, surveyQuestions, surveyResponses, surveys, surveySteps, surveyWaves } from "../../db/schema.js";

export type SurveyRow = typeof surveys.$inferSelect;

export async function findSurvey(db: Database, organisationId: string, surveyId: string) {
  const [row] = await db
    .select()
    .from(surveys)
    .where(and(eq(surveys.organisationId, organisationId), eq(surveys.id, surveyId)));
  return row ?? null;
}

export async function loadSurveyDetails(db: Database, organisationId: string, rows: SurveyRow[]) {
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) return { questions: [], steps: [], responses: [], invitations: [], waves: [] };
  const scope = (table: { organisationId: typeof surveyQuestions.organisationId; surveyId: typeof surveyQuestions.surveyId }) =>
    and(eq(table.organisationId, organisationId), inArray(table.surveyId, ids));
  const [questions, steps, responses, invitations, waves] = await Promise.all([
    db.select().from(surveyQuestions).where(scope(surveyQuestions)).orderBy(asc(surveyQuestions.position)),
    db.select().from(surveySteps).where(and(eq(surveySteps.organisationId, organisationId), inArray(surveySteps.surveyId, ids))),
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
