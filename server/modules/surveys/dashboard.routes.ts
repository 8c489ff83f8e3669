/**
 * The organisation's indicators across surveys (NPS, satisfaction, effort by step, stakeholder
 * type, programme, cohort or month, with the monthly trend), and the measures shown on a journey
 * map: satisfaction per step and stakeholder type, and the measured emotion beside the designed one.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { defaultMinimumGroupSize, guardSmallGroup } from "../../../shared/surveys/scores.js";
import { requireAbility } from "../../auth/authorize.js";
import type { AppContext } from "../../context.js";
import { journeySteps, programmes, stakeholderTypes } from "../../db/schema.js";
import { notFound } from "../../platform/problem.js";
import { findJourney } from "../journeys/journeys.queries.js";
import { metricFor } from "./results.service.js";
import { type HistogramRow, scoreHistogram } from "./rollups.js";

const dimensions = {
  step: sql`ss.step_id::text`,
  stakeholder: sql`coalesce(x.stakeholder_type_id::text, '')`,
  programme: sql`coalesce(x.programme_id::text, '')`,
  cohort: sql`x.cohort`,
  month: sql`to_char(x.month, 'YYYY-MM')`,
};
type Dimension = keyof typeof dimensions;

function byGroup(rows: HistogramRow[]): Map<string, Map<number, number>> {
  const groups = new Map<string, Map<number, number>>();
  for (const row of rows) {
    const counts = groups.get(row.grp) ?? new Map<number, number>();
    counts.set(row.score, (counts.get(row.score) ?? 0) + row.n);
    groups.set(row.grp, counts);
  }
  return groups;
}

/** The lower bound of people per group (see HistogramRow). */
function peopleByGroup(rows: HistogramRow[]): Map<string, number> {
  return new Map(rows.map((row) => [row.grp, row.people]));
}

const sumValues = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);

function sumAll(groups: Map<string, Map<number, number>>): Map<number, number> {
  const total = new Map<number, number>();
  for (const counts of groups.values()) for (const [score, n] of counts) total.set(score, (total.get(score) ?? 0) + n);
  return total;
}

async function labelsFor(ctx: AppContext, organisationId: string, by: Dimension, keys: string[]): Promise<Map<string, string>> {
  const ids = keys.filter((k) => /^[0-9a-f-]{36}$/.test(k));
  if (ids.length === 0) return new Map();
  if (by === "step") {
    const rows = await ctx.db.select({ id: journeySteps.id, label: journeySteps.title }).from(journeySteps).where(and(eq(journeySteps.organisationId, organisationId), inArray(journeySteps.id, ids)));
    return new Map(rows.map((r) => [r.id, r.label]));
  }
  if (by === "stakeholder") {
    const rows = await ctx.db.select({ id: stakeholderTypes.id, label: stakeholderTypes.name }).from(stakeholderTypes).where(and(eq(stakeholderTypes.organisationId, organisationId), inArray(stakeholderTypes.id, ids)));
    return new Map(rows.map((r) => [r.id, r.label]));
  }
  if (by === "programme") {
    const rows = await ctx.db.select({ id: programmes.id, label: programmes.title }).from(programmes).where(and(eq(programmes.organisationId, organisationId), inArray(programmes.id, ids)));
    return new Map(rows.map((r) => [r.id, r.label]));
  }
  return new Map();
}

/** The organisation-wide breakdown of one score kind; exported for the benchmark. */
export async function organisationDashboard(ctx: AppContext, organisationId: string, kind: "nps" | "satisfaction" | "effort", by: Dimension) {
  const minimum = defaultMinimumGroupSize;
  const [rows, trendRows] = await Promise.all([
    scoreHistogram(ctx.db, { organisationId, kind }, dimensions[by], by === "step"),
    scoreHistogram(ctx.db, { organisationId, kind }, dimensions.month, false),
  ]);
  const groups = byGroup(rows);
  const people = peopleByGroup(rows);
  const labels = await labelsFor(ctx, organisationId, by, [...groups.keys()]);
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
export async function journeyMeasures(ctx: AppContext, organisationId: string, journeyId: string) {
  const found = await findJourney(ctx.db, organisationId, journeyId);
  if (!found) throw notFound("journey");
  const steps = await ctx.db.select({ id: journeySteps.id }).from(journeySteps).where(and(eq(journeySteps.organisationId, organisationId), eq(journeySteps.journeyId, found.journey.id)));
  const stepIds = steps.map((s) => s.id);
  if (stepIds.length === 0) return { cells: [], steps: [] };
  const rows = await scoreHistogram(ctx.db, { organisationId, kind: "satisfaction", stepIds }, sql`ss.step_id::text || '|' || coalesce(x.stakeholder_type_id::text, '')`, true);
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
    const guarded = guardSmallGroup(metricFor("satisfaction", counts), defaultMinimumGroupSize, people);
    const n = [...counts.values()].reduce((a, b) => a + b, 0);
    const mean = [...counts].reduce((sum, [score, k]) => sum + score * k, 0) / Math.max(1, n);
    // Satisfaction 1–5 read as an emotion −2…+2 (3 = neutral), only when the group is large enough.
    return { result: guarded, measuredEmotion: guarded.status === "ok" ? Math.round((mean - 3) * 10) / 10 : null };
  };
  return {
    cells: [...cells].map(([key, counts]) => {
      const [stepId, stakeholderTypeId] = key.split("|");
      return { stepId, stakeholderTypeId: stakeholderTypeId || null, ...measure(counts, cellPeople.get(key)) };
    }),
    steps: [...perStep].map(([stepId, counts]) => ({ stepId, ...measure(counts, stepPeople.get(stepId)) })),
  };
}

export function registerSurveyDashboardRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["survey results"];

  r.get(
    "/organisations/:orgId/survey-dashboard",
    {
      schema: {
        tags,
        summary: "Indicators across surveys, broken down (groups under the minimum size are masked)",
        params: z.object({ orgId: z.string().min(1) }),
        querystring: z.object({ kind: z.enum(["nps", "satisfaction", "effort"]).default("nps"), by: z.enum(["step", "stakeholder", "programme", "cohort", "month"]).default("step") }),
      },
    },
    async (request) => {
      const { membership } = await requireAbility(ctx, request, request.params.orgId, "survey.read");
      return organisationDashboard(ctx, membership.organisationId, request.query.kind, request.query.by);
    },
  );

  r.get(
    "/organisations/:orgId/journeys/:journeyId/measures",
    { schema: { tags, summary: "Measured satisfaction per step and stakeholder type, and the measured emotion (−2…+2)", params: z.object({ orgId: z.string().min(1), journeyId: z.string().uuid() }) } },
    async (request) => {
      const { membership } = await requireAbility(ctx, request, request.params.orgId, "journey.read");
      return journeyMeasures(ctx, membership.organisationId, request.params.journeyId);
    },
  );
}
