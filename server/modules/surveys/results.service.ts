/**
 * Survey results, aggregated by PostgreSQL into score histograms (question × group × score → n)
 * and turned into NPS, top-2 box and effort by the shared, unit-tested maths. Any group with
 * fewer answers than the survey's minimum group size is reported as "not enough answers".
 */
import { effortFromCounts, guardSmallGroup, npsFromCounts, topTwoBoxFromCounts } from "../../../shared/surveys/scores.js";
import type { Breakdown, SurveyResults, Verbatims } from "../../../shared/schemas/surveys-results.js";
import { questionKindSchema } from "../../../shared/schemas/surveys.js";
import type { AppContext } from "../../context.js";
import { notFound } from "../../platform/problem.js";
import { countResponded } from "./invitations.queries.js";
import { choiceCounts, countCompleteResponses, freeTextAnswers, groupLabels, scoreCounts } from "./results.queries.js";
import { findSurvey, loadSurveyDetails } from "./surveys.queries.js";

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

/** Results of one survey, overall or broken down; the response rate counts the invitations answered. */
export async function surveyResults(ctx: AppContext, organisationId: string, surveyId: string, by: Breakdown): Promise<SurveyResults> {
  const survey = await findSurvey(ctx.db, organisationId, surveyId);
  if (!survey) throw notFound("survey");
  const details = await loadSurveyDetails(ctx.db, organisationId, [survey]);
  const histogram = await scoreCounts(ctx.db, organisationId, surveyId, by);
  // Overall figures never go through the step join: a survey on several steps counts each answer once.
  const overallHistogram = by === "step" ? await scoreCounts(ctx.db, organisationId, surveyId, "none") : null;
  const choices = await choiceCounts(ctx.db, organisationId, surveyId, by);
  const overallChoices = by === "step" ? await choiceCounts(ctx.db, organisationId, surveyId, "none") : null;
  const groups = [...new Set([...histogram.map((r) => r.grp), ...choices.map((r) => r.grp)])].sort();
  const labels = await groupLabels(ctx.db, organisationId, by, groups);
  const responseCount = details.responses[0]?.n ?? 0;
  const invitationCount = details.invitations[0]?.n ?? 0;
  const minimum = survey.minGroupSize;

  const questions = details.questions.map((question) => {
    const forGroup = (grp: string | null) => {
      const counts = new Map<number, number>();
      const source = grp === null && overallHistogram ? overallHistogram : histogram;
      for (const row of source)
        if (row.question_id === question.id && (grp === null || row.grp === grp)) counts.set(row.score, (counts.get(row.score) ?? 0) + row.n);
      const options = new Map<string, number>();
      const choiceSource = grp === null && overallChoices ? overallChoices : choices;
      for (const row of choiceSource)
        if (row.question_id === question.id && (grp === null || row.grp === grp)) options.set(row.option, (options.get(row.option) ?? 0) + row.n);
      const metric = metricFor(question.kind, counts);
      const optionTotal = [...options.values()].reduce((a, b) => a + b, 0);
      const choiceResult = options.size > 0 ? { n: optionTotal, options: Object.fromEntries(options) } : null;
      return guardSmallGroup(metric ?? choiceResult, minimum);
    };
    return {
      questionId: question.id,
      kind: questionKindSchema.parse(question.kind),
      label: question.label,
      overall: forGroup(null),
      groups: by === "none" ? [] : groups.map((grp) => ({ key: grp, label: labels.get(grp) ?? grp, result: forGroup(grp) })),
    };
  });
  const responded = invitationCount > 0 ? await countResponded(ctx.db, organisationId, surveyId) : 0;
  return {
    surveyId,
    by,
    minGroupSize: minimum,
    responseCount,
    invitationCount,
    responseRate: invitationCount > 0 ? responded / invitationCount : null,
    questions,
  };
}

/** The free-text answers of a survey; none below its minimum group size, where even free text could tell people apart. */
export async function surveyVerbatims(
  ctx: AppContext,
  organisationId: string,
  surveyId: string,
  filter: { q?: string; questionId?: string },
): Promise<Verbatims> {
  const survey = await findSurvey(ctx.db, organisationId, surveyId);
  if (!survey) throw notFound("survey");
  const n = await countCompleteResponses(ctx.db, organisationId, survey.id);
  if (n < survey.minGroupSize) return { status: "too_few", n, items: [] };
  const items = await freeTextAnswers(ctx.db, organisationId, survey.id, { search: filter.q, questionId: filter.questionId });
  return { status: "ok", n, items };
}
