/**
 * Survey results, aggregated by PostgreSQL into score histograms (question × group × score → n)
 * and turned into NPS, top-2 box and effort by the shared, unit-tested maths. Any group with
 * fewer answers than the survey's minimum group size is reported as "not enough answers".
 */
import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import { effortFromCounts, guardSmallGroup, npsFromCounts, topTwoBoxFromCounts } from "../../../shared/surveys/scores.js";
import type { AppContext } from "../../context.js";
import { journeySteps, programmes, stakeholderTypes } from "../../db/schema.js";
import { notFound } from "../../platform/problem.js";
import { findSurvey, loadSurveyDetails } from "./surveys.queries.js";

export const breakdowns = ["none", "programme", "cohort", "month", "stakeholder", "step"] as const;
export type Breakdown = (typeof breakdowns)[number];

const groupExpressions: Record<Breakdown, SQL> = {
  none: sql`''`,
  programme: sql`coalesce(r.programme_id::text, '')`,
  cohort: sql`r.cohort`,
  month: sql`to_char(r.submitted_on, 'YYYY-MM')`,
  stakeholder: sql`coalesce(r.stakeholder_type_id::text, '')`,
  step: sql`coalesce(ss.step_id::text, '')`,
};

type HistogramRow = { question_id: string; grp: string; score: number; n: number };

/** Turns one question's histogram into its metric, by kind. */
export function metricFor(kind: string, counts: Map<number, number>) {
  if (kind === "nps") return npsFromCounts(counts);
  if (kind === "satisfaction") return topTwoBoxFromCounts(counts);
  if (kind === "effort") return effortFromCounts(counts);
  if (kind === "yes_no") {
    const yes = counts.get(1) ?? 0;
    const n = yes + (counts.get(0) ?? 0);
    return n === 0 ? null : { n, yes, share: yes / n };
  }
  return null;
}

async function groupLabels(ctx: AppContext, organisationId: string, by: Breakdown, keys: string[]): Promise<Map<string, string>> {
  const ids = keys.filter((k) => /^[0-9a-f-]{36}$/.test(k));
  if (ids.length === 0) return new Map();
  const table = by === "programme" ? programmes : by === "stakeholder" ? stakeholderTypes : by === "step" ? journeySteps : null;
  if (!table) return new Map();
  const label = table === programmes ? programmes.title : table === stakeholderTypes ? stakeholderTypes.name : journeySteps.title;
  const rows = await ctx.db
    .select({ id: table.id, label })
    .from(table)
    .where(and(eq(table.organisationId, organisationId), inArray(table.id, ids)));
  return new Map(rows.map((row) => [row.id, row.label]));
}

/** Results of one survey, overall or broken down. */
export async function surveyResults(ctx: AppContext, organisationId: string, surveyId: string, by: Breakdown) {
  const survey = await findSurvey(ctx.db, organisationId, surveyId);
  if (!survey) throw notFound("survey");
  const details = await loadSurveyDetails(ctx.db, organisationId, [survey]);
  const stepJoin = by === "step" ? sql`JOIN survey_steps ss ON ss.survey_id = r.survey_id` : sql``;
  // Each answer of a response: its value in the response row's jsonb, under the question's id.
  const histogramOf = (group: SQL, join: SQL) =>
    ctx.db.execute<HistogramRow>(sql`
      SELECT q.id AS question_id, ${group} AS grp, (r.answers ->> q.id::text)::int AS score, count(*)::int AS n
        FROM survey_responses r
        JOIN survey_questions q ON q.survey_id = r.survey_id AND q.kind IN ('nps', 'satisfaction', 'effort', 'yes_no') ${join}
       WHERE r.organisation_id = ${organisationId} AND r.survey_id = ${surveyId} AND r.status = 'complete' AND r.answers ? q.id::text
       GROUP BY 1, 2, 3`);
  type ChoiceRow = { question_id: string; grp: string; option: string; n: number };
  const choiceCounts = (group: SQL, join: SQL) =>
    ctx.db.execute<ChoiceRow>(sql`
      SELECT q.id AS question_id, ${group} AS grp, c.option, count(*)::int AS n
        FROM survey_responses r
        JOIN survey_questions q ON q.survey_id = r.survey_id AND q.kind IN ('single_choice', 'multiple_choice') ${join}
        CROSS JOIN LATERAL jsonb_array_elements_text(r.answers -> q.id::text) AS c(option)
       WHERE r.organisation_id = ${organisationId} AND r.survey_id = ${surveyId} AND r.status = 'complete' AND r.answers ? q.id::text
       GROUP BY 1, 2, 3`);
  // Overall figures never go through the step join: a survey on several steps counts each answer once.
  const histogram = await histogramOf(groupExpressions[by], stepJoin);
  const overallHistogram = by === "step" ? (await histogramOf(groupExpressions.none, sql``)).rows : null;
  const choices = await choiceCounts(groupExpressions[by], stepJoin);
  const overallChoices = by === "step" ? (await choiceCounts(groupExpressions.none, sql``)).rows : null;
  const groups = [...new Set([...histogram.rows.map((r) => r.grp), ...choices.rows.map((r) => r.grp)])].sort();
  const labels = await groupLabels(ctx, organisationId, by, groups);
  const responseCount = details.responses[0]?.n ?? 0;
  const invitationCount = details.invitations[0]?.n ?? 0;
  const minimum = survey.minGroupSize;

  const questions = details.questions.map((question) => {
    const forGroup = (grp: string | null) => {
      const counts = new Map<number, number>();
      const source = grp === null && overallHistogram ? overallHistogram : histogram.rows;
      for (const row of source) if (row.question_id === question.id && (grp === null || row.grp === grp)) counts.set(row.score, (counts.get(row.score) ?? 0) + row.n);
      const options = new Map<string, number>();
      const choiceSource = grp === null && overallChoices ? overallChoices : choices.rows;
      for (const row of choiceSource) if (row.question_id === question.id && (grp === null || row.grp === grp)) options.set(row.option, (options.get(row.option) ?? 0) + row.n);
      const metric = metricFor(question.kind, counts);
      const optionTotal = [...options.values()].reduce((a, b) => a + b, 0);
      const choiceResult = options.size > 0 ? { n: optionTotal, options: Object.fromEntries(options) } : null;
      return guardSmallGroup(metric ?? choiceResult, minimum);
    };
    return {
      questionId: question.id,
      kind: question.kind,
      label: question.label,
      overall: forGroup(null),
      groups: by === "none" ? [] : groups.map((grp) => ({ key: grp, label: labels.get(grp) ?? grp, result: forGroup(grp) })),
    };
  });
  return {
    surveyId,
    by,
    minGroupSize: minimum,
    responseCount,
    invitationCount,
    responseRate: invitationCount > 0 ? Math.min(1, responseCount / invitationCount) : null,
    questions,
  };
}
