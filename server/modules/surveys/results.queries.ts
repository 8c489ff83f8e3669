/**
 * What survey results are computed from, scoped by organisation: score histograms and option counts
 * of the complete answers (grouped by a breakdown), the labels of the groups, free-text answers and
 * the rows of an export.
 */
import { and, asc, count, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Breakdown } from "../../../shared/schemas/surveys-results.js";
import { journeySteps, programmes, stakeholderTypes, surveyQuestions, surveyResponses } from "../../db/schema.js";
import type { Database, Tx } from "../../platform/database.js";

const groupExpressions: Record<Breakdown, SQL> = {
  none: sql`''`,
  programme: sql`coalesce(r.programme_id::text, '')`,
  cohort: sql`r.cohort`,
  month: sql`to_char(r.submitted_on, 'YYYY-MM')`,
  stakeholder: sql`coalesce(r.stakeholder_type_id::text, '')`,
  step: sql`coalesce(ss.step_id::text, '')`,
};

export type ScoreRow = { question_id: string; grp: string; score: number; n: number };
export type ChoiceRow = { question_id: string; grp: string; option: string; n: number };

/**
 * Each scored answer of the survey's complete responses (its value in the response row's jsonb,
 * under the question's id), counted by question, group and score. Grouped by step, a survey on
 * several steps counts an answer once per step.
 */
export async function scoreCounts(db: Database | Tx, organisationId: string, surveyId: string, by: Breakdown): Promise<ScoreRow[]> {
  const join = by === "step" ? sql`JOIN survey_steps ss ON ss.survey_id = r.survey_id` : sql``;
  const result = await db.execute<ScoreRow>(sql`
    SELECT q.id AS question_id, ${groupExpressions[by]} AS grp, (r.answers ->> q.id::text)::int AS score, count(*)::int AS n
      FROM survey_responses r
      JOIN survey_questions q ON q.survey_id = r.survey_id AND q.kind IN ('nps', 'satisfaction', 'effort', 'yes_no') ${join}
     WHERE r.organisation_id = ${organisationId} AND r.survey_id = ${surveyId} AND r.status = 'complete' AND r.answers ? q.id::text
     GROUP BY 1, 2, 3`);
  return result.rows;
}

/** The options chosen in the survey's complete responses, counted by question, group and option. */
export async function choiceCounts(db: Database | Tx, organisationId: string, surveyId: string, by: Breakdown): Promise<ChoiceRow[]> {
  const join = by === "step" ? sql`JOIN survey_steps ss ON ss.survey_id = r.survey_id` : sql``;
  const result = await db.execute<ChoiceRow>(sql`
    SELECT q.id AS question_id, ${groupExpressions[by]} AS grp, c.option, count(*)::int AS n
      FROM survey_responses r
      JOIN survey_questions q ON q.survey_id = r.survey_id AND q.kind IN ('single_choice', 'multiple_choice') ${join}
      CROSS JOIN LATERAL jsonb_array_elements_text(r.answers -> q.id::text) AS c(option)
     WHERE r.organisation_id = ${organisationId} AND r.survey_id = ${surveyId} AND r.status = 'complete' AND r.answers ? q.id::text
     GROUP BY 1, 2, 3`);
  return result.rows;
}

/** The names of the groups of a breakdown by step, stakeholder type or programme (others are their own label). */
export async function groupLabels(
  db: Database | Tx,
  organisationId: string,
  by: "step" | "stakeholder" | "programme" | string,
  keys: string[],
): Promise<Map<string, string>> {
  const ids = keys.filter((k) => /^[0-9a-f-]{36}$/.test(k));
  if (ids.length === 0) return new Map();
  if (by === "step") {
    const rows = await db
      .select({ id: journeySteps.id, label: journeySteps.title })
      .from(journeySteps)
      .where(and(eq(journeySteps.organisationId, organisationId), inArray(journeySteps.id, ids)));
    return new Map(rows.map((r) => [r.id, r.label]));
  }
  if (by === "stakeholder") {
    const rows = await db
      .select({ id: stakeholderTypes.id, label: stakeholderTypes.name })
      .from(stakeholderTypes)
      .where(and(eq(stakeholderTypes.organisationId, organisationId), inArray(stakeholderTypes.id, ids)));
    return new Map(rows.map((r) => [r.id, r.label]));
  }
  if (by === "programme") {
    const rows = await db
      .select({ id: programmes.id, label: programmes.title })
      .from(programmes)
      .where(and(eq(programmes.organisationId, organisationId), inArray(programmes.id, ids)));
    return new Map(rows.map((r) => [r.id, r.label]));
  }
  return new Map();
}

const complete = (organisationId: string, surveyId: string) =>
  and(eq(surveyResponses.organisationId, organisationId), eq(surveyResponses.surveyId, surveyId), eq(surveyResponses.status, "complete"));

export async function countCompleteResponses(db: Database | Tx, organisationId: string, surveyId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(surveyResponses).where(complete(organisationId, surveyId));
  return row?.n ?? 0;
}

/**
 * The non-empty free-text answers (at most 500), newest day first, then by the random id: never
 * the order answers were written in (anonymity). `search` is matched without case or accents.
 */
export async function freeTextAnswers(db: Database | Tx, organisationId: string, surveyId: string, filter: { search?: string; questionId?: string }) {
  const text = sql<string>`${surveyResponses.answers} ->> ${surveyQuestions.id}::text`;
  const search = filter.search ? sql`unaccent(${text}) ILIKE unaccent(${`%${filter.search.replace(/[%_\\]/g, "\\$&")}%`})` : undefined;
  return db
    .select({ questionId: surveyQuestions.id, text, submittedOn: surveyResponses.submittedOn, cohort: surveyResponses.cohort })
    .from(surveyResponses)
    .innerJoin(surveyQuestions, and(eq(surveyQuestions.surveyId, surveyResponses.surveyId), eq(surveyQuestions.kind, "text")))
    .where(
      and(
        complete(organisationId, surveyId),
        sql`coalesce(${text}, '') <> ''`,
        filter.questionId ? eq(surveyQuestions.id, filter.questionId) : undefined,
        search,
      ),
    )
    .orderBy(desc(surveyResponses.submittedOn), asc(surveyResponses.id))
    .limit(500);
}

export async function questionsInOrder(db: Database | Tx, organisationId: string, surveyId: string) {
  return db
    .select()
    .from(surveyQuestions)
    .where(and(eq(surveyQuestions.organisationId, organisationId), eq(surveyQuestions.surveyId, surveyId)))
    .orderBy(asc(surveyQuestions.position));
}

/** Every complete response, oldest day first, then by the random id. */
export async function completeResponses(db: Database | Tx, organisationId: string, surveyId: string) {
  return db.select().from(surveyResponses).where(complete(organisationId, surveyId)).orderBy(asc(surveyResponses.submittedOn), asc(surveyResponses.id));
}
