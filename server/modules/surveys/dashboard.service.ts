/**
 * The organisation's indicators across surveys (NPS, satisfaction, effort by step, stakeholder
 * type, programme, cohort or month, with the monthly trend), and the measures shown on a journey
 * map: satisfaction per step and stakeholder type, its mean, and the measured emotion beside the
 * designed one. Both read the score histograms (rollups.queries.ts), so they stay fast over millions of answers.
 */
import type { Dashboard, DashboardBy, DashboardKind, JourneyMeasures } from "../../../shared/schemas/surveys-results.js";
import { defaultMinimumGroupSize, guardSmallGroup, topTwoBoxFromCounts } from "../../../shared/surveys/scores.js";
import type { AppContext } from "../../context.js";
import { notFound } from "../../platform/problem.js";
import { stepIdsOfJourney } from "./dashboard.queries.js";
import { metricFor } from "./results.service.js";
import { groupLabels } from "./results.queries.js";
import { type HistogramRow, scoreHistogram } from "./rollups.queries.js";

function byGroup(rows: HistogramRow[]): Map<string, Map<number, number>> {
  const groups = new Map<string, Map<number, number>>();
  for (const row of rows) {
    const counts = groups.get(row.grp) ?? new Map<number, number>();
    counts.set(row.score, (counts.get(row.score) ?? 0) + row.n);
    groups.set(row.grp, counts);
  }
  return groups;
}

/** How many people answered in each group (see HistogramRow). */
function peopleByGroup(rows: HistogramRow[]): Map<string, number> {
  return new Map(rows.map((row) => [row.grp, row.people]));
}

const sumValues = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);

function sumAll(groups: Map<string, Map<number, number>>): Map<number, number> {
  const total = new Map<number, number>();
  for (const counts of groups.values()) for (const [score, n] of counts) total.set(score, (total.get(score) ?? 0) + n);
  return total;
}

/** The organisation-wide breakdown of one score kind, with its monthly trend. */
export async function organisationDashboard(ctx: Pick<AppContext, "db">, organisationId: string, kind: DashboardKind, by: DashboardBy): Promise<Dashboard> {
  const minimum = defaultMinimumGroupSize;
  const [rows, trendRows] = await Promise.all([
    scoreHistogram(ctx.db, { organisationId, kind }, by),
    scoreHistogram(ctx.db, { organisationId, kind }, "month"),
  ]);
  const groups = byGroup(rows);
  const people = peopleByGroup(rows);
  const labels = await groupLabels(ctx.db, organisationId, by, [...groups.keys()]);
  const trend = byGroup(trendRows);
  const trendPeople = peopleByGroup(trendRows);
  return {
    kind,
    by,
    minGroupSize: minimum,
    overall: guardSmallGroup(metricFor(kind, sumAll(trend)), minimum, sumValues(trendPeople.values())),
    groups: [...groups]
      .map(([key, counts]) => ({ key, label: labels.get(key) ?? key, result: guardSmallGroup(metricFor(kind, counts), minimum, people.get(key)) }))
      .sort((a, b) => a.label.localeCompare(b.label)),
    trend: [...trend]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([month, counts]) => ({ month, result: guardSmallGroup(metricFor(kind, counts), minimum, trendPeople.get(month)) })),
  };
}

/**
 * Measured satisfaction per step × stakeholder type and per step, with the measured emotion
 * (−2…+2), small groups masked. Shown on the map and in a workshop's facts pack.
 */
export async function journeyMeasures(ctx: Pick<AppContext, "db">, organisationId: string, journeyId: string): Promise<JourneyMeasures> {
  const stepIds = await stepIdsOfJourney(ctx.db, organisationId, journeyId);
  if (!stepIds) throw notFound("journey");
  if (stepIds.length === 0) return { cells: [], steps: [] };
  const rows = await scoreHistogram(ctx.db, { organisationId, kind: "satisfaction", stepIds }, "stepAndStakeholder");
  const cells = byGroup(rows);
  const cellPeople = peopleByGroup(rows);
  const perStep = new Map<string, Map<number, number>>();
  const stepPeople = new Map<string, number>();
  for (const [key, counts] of cells) {
    const stepId = key.split("|")[0] as string;
    const total = perStep.get(stepId) ?? new Map<number, number>();
    for (const [score, n] of counts) total.set(score, (total.get(score) ?? 0) + n);
    perStep.set(stepId, total);
    stepPeople.set(stepId, (stepPeople.get(stepId) ?? 0) + (cellPeople.get(key) ?? 0));
  }
  const measure = (counts: Map<number, number>, people: number | undefined) => {
    const guarded = guardSmallGroup(topTwoBoxFromCounts(counts), defaultMinimumGroupSize, people);
    const n = [...counts.values()].reduce((a, b) => a + b, 0);
    const mean = [...counts].reduce((sum, [score, k]) => sum + score * k, 0) / Math.max(1, n);
    const isShown = guarded.status === "ok";
    // Satisfaction 1–5 read as an emotion −2…+2 (3 = neutral), only when the group is large enough.
    return { result: guarded, mean: isShown ? Math.round(mean * 10) / 10 : null, measuredEmotion: isShown ? Math.round((mean - 3) * 10) / 10 : null };
  };
  return {
    cells: [...cells].map(([key, counts]) => {
      const [stepId = "", stakeholderTypeId] = key.split("|");
      return { stepId, stakeholderTypeId: stakeholderTypeId || null, ...measure(counts, cellPeople.get(key)) };
    }),
    steps: [...perStep].map(([stepId, counts]) => ({ stepId, ...measure(counts, stepPeople.get(stepId)) })),
  };
}
