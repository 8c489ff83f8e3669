/**
 * Recurring surveys (every six months, every year). When a recurring survey is open, its wave row
 * holds the date the next wave is due and a durable "survey.relaunch" job waits for that date.
 * The job opens the next wave in ONE transaction: a new survey with the same questions, steps and
 * audience, its own opening and closing dates; the public link moves to it (printed QR codes keep
 * working, answers go to the open wave); the previous wave closes; everyone invited to the previous
 * wave is invited again with a new single-use link; the following relaunch is scheduled.
 * Results stay per wave (each wave is a survey) and are compared side by side (`listWaves`).
 * The job is idempotent: the wave row is locked, and once relaunched its `next_wave_at` is cleared.
 */
import { and, asc, eq, sql } from "drizzle-orm";
import type { SurveyWave, SurveyWaves } from "../../../shared/schemas/survey-waves.js";
import { guardSmallGroup, npsFromCounts, topTwoBoxFromCounts } from "../../../shared/surveys/scores.js";
import type { AppContext } from "../../context.js";
import { jobs, surveyQuestions, surveySteps, surveyWaves, surveys } from "../../db/schema.js";
import { notFound } from "../../platform/problem.js";
import { recordAudit } from "../../platform/audit.js";
import type { Tx } from "../../platform/database.js";
import { enqueueWebhookEvent } from "../webhooks/events.js";
import { reinviteForWave } from "./invitations.service.js";
import { findSurvey, loadSurveyDetails } from "./surveys.queries.js";
import { newToken } from "./tokens.js";

export const recurrenceMonths: Record<string, number> = { half_yearly: 6, yearly: 12 };

/** `date` plus whole months, in UTC, the day clamped to the month's last (31 Aug + 6 → 28/29 Feb). */
export function addMonths(date: Date, months: number): Date {
  const result = new Date(date);
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

/**
 * Keeps the schedule in step with the survey, inside the caller's transaction: call it after the
 * survey is opened, closed or its recurrence or dates change. An open recurring survey gets a wave
 * row (wave 1 of its own series when it has none) and its next wave date, the first period end
 * after now counted from its opening; a job is queued when that date changes.
 */
export async function syncRecurrence(tx: Tx, organisationId: string, surveyId: string, now = new Date()): Promise<void> {
  const [survey] = await tx.select().from(surveys).where(and(eq(surveys.organisationId, organisationId), eq(surveys.id, surveyId))).for("update");
  if (!survey) return;
  const [wave] = await tx.select().from(surveyWaves).where(eq(surveyWaves.surveyId, surveyId));
  const months = recurrenceMonths[survey.recurrence];
  if (survey.status !== "open" || !months) {
    if (wave?.nextWaveAt) await tx.update(surveyWaves).set({ nextWaveAt: null }).where(eq(surveyWaves.surveyId, surveyId));
    return;
  }
  if (wave) {
    const [successor] = await tx.select({ id: surveyWaves.surveyId }).from(surveyWaves).where(and(eq(surveyWaves.seriesId, wave.seriesId), eq(surveyWaves.number, wave.number + 1)));
    if (successor) return;
  }
  let due = addMonths(survey.opensAt ?? wave?.createdAt ?? now, months);
  while (due <= now) due = addMonths(due, months);
  if (wave?.nextWaveAt?.getTime() === due.getTime()) return;
  if (wave) await tx.update(surveyWaves).set({ nextWaveAt: due }).where(eq(surveyWaves.surveyId, surveyId));
  else await tx.insert(surveyWaves).values({ surveyId, organisationId, seriesId: surveyId, number: 1, nextWaveAt: due, createdAt: now });
  await tx.insert(jobs).values({ kind: "survey.relaunch", payload: { surveyId }, runAt: due });
}

/** Opens the next wave of `surveyId` if it is due at `now`; returns the new wave's survey id, or null. */
export async function relaunchSurvey(ctx: Pick<AppContext, "db" | "env">, surveyId: string, now = new Date()): Promise<string | null> {
  return ctx.db.transaction(async (tx) => {
    const [wave] = await tx.select().from(surveyWaves).where(eq(surveyWaves.surveyId, surveyId)).for("update");
    if (!wave?.nextWaveAt || wave.nextWaveAt > now) return null;
    const organisationId = wave.organisationId;
    const [previous] = await tx.select().from(surveys).where(and(eq(surveys.organisationId, organisationId), eq(surveys.id, surveyId))).for("update");
    const months = previous ? recurrenceMonths[previous.recurrence] : undefined;
    if (!previous || !months || previous.status === "draft") {
      await tx.update(surveyWaves).set({ nextWaveAt: null }).where(eq(surveyWaves.surveyId, surveyId));
      return null;
    }
    const opensAt = wave.nextWaveAt;
    let nextWaveAt = addMonths(opensAt, months);
    // A relaunch run late (the server was down) does not open waves for periods already over.
    while (nextWaveAt <= now) nextWaveAt = addMonths(nextWaveAt, months);
    const length = previous.opensAt && previous.closesAt ? previous.closesAt.getTime() - previous.opensAt.getTime() : nextWaveAt.getTime() - opensAt.getTime();
    const closesAt = new Date(opensAt.getTime() + Math.min(length, nextWaveAt.getTime() - opensAt.getTime()));

    // The public link moves to the new wave: the previous one takes a fresh token first (unique index).
    await tx.update(surveys).set({ status: "closed", publicToken: newToken(), updatedAt: now }).where(eq(surveys.id, previous.id));
    const { id: _id, createdAt: _c, updatedAt: _u, status: _s, opensAt: _o, closesAt: _cl, ...copied } = previous;
    const [created] = await tx.insert(surveys).values({ ...copied, status: "open", opensAt, closesAt, createdAt: now, updatedAt: now }).returning({ id: surveys.id });
    const nextId = created?.id as string;
    const questions = await tx.select().from(surveyQuestions).where(and(eq(surveyQuestions.organisationId, organisationId), eq(surveyQuestions.surveyId, previous.id))).orderBy(asc(surveyQuestions.position));
    if (questions.length > 0) {
      await tx.insert(surveyQuestions).values(questions.map(({ id: _q, surveyId: _sv, ...q }) => ({ ...q, surveyId: nextId })));
    }
    const steps = await tx.select().from(surveySteps).where(and(eq(surveySteps.organisationId, organisationId), eq(surveySteps.surveyId, previous.id)));
    if (steps.length > 0) await tx.insert(surveySteps).values(steps.map((s) => ({ ...s, surveyId: nextId })));

    await tx.update(surveyWaves).set({ nextWaveAt: null }).where(eq(surveyWaves.surveyId, previous.id));
    await tx.insert(surveyWaves).values({ surveyId: nextId, organisationId, seriesId: wave.seriesId, number: wave.number + 1, nextWaveAt, createdAt: now });
    await tx.insert(jobs).values({ kind: "survey.relaunch", payload: { surveyId: nextId }, runAt: nextWaveAt });

    const invited = await reinviteForWave(tx, ctx, { ...previous, id: nextId, opensAt, closesAt, status: "open" }, previous.id, now);
    await recordAudit(tx, {
      organisationId,
      actor: null,
      action: "survey.wave_opened",
      targetType: "survey",
      targetId: nextId,
      targetLabel: previous.title,
      data: { number: wave.number + 1, previousSurveyId: previous.id, invited },
    });
    await enqueueWebhookEvent(tx, organisationId, "wave.opened", {
      organisationId,
      survey: { id: nextId, title: previous.title, isAnonymous: previous.isAnonymous },
      previousSurveyId: previous.id,
      seriesId: wave.seriesId,
      number: wave.number + 1,
      opensAt: opensAt.toISOString(),
      closesAt: closesAt.toISOString(),
      invitationCount: invited,
    });
    return nextId;
  });
}

/** Job "survey.relaunch". */
export function surveyRelaunchJob(ctx: Pick<AppContext, "db" | "env">) {
  return async (payload: Record<string, unknown>) => {
    await relaunchSurvey(ctx, String(payload.surveyId));
  };
}

/** Every wave of the series `surveyId` belongs to, with the figures to compare them. */
export async function listWaves(ctx: AppContext, organisationId: string, surveyId: string): Promise<SurveyWaves> {
  const survey = await findSurvey(ctx.db, organisationId, surveyId);
  if (!survey) throw notFound("survey");
  const [own] = await ctx.db.select().from(surveyWaves).where(and(eq(surveyWaves.organisationId, organisationId), eq(surveyWaves.surveyId, surveyId)));
  if (!own) return { waves: [], nextWaveAt: null };
  const rows = await ctx.db
    .select({ wave: surveyWaves, survey: surveys })
    .from(surveyWaves)
    .innerJoin(surveys, eq(surveys.id, surveyWaves.surveyId))
    .where(and(eq(surveyWaves.organisationId, organisationId), eq(surveyWaves.seriesId, own.seriesId), eq(surveys.organisationId, organisationId)))
    .orderBy(asc(surveyWaves.number));
  const ids = rows.map((r) => r.survey.id);
  const details = await loadSurveyDetails(ctx.db, organisationId, rows.map((r) => r.survey));
  const histogram = await ctx.db.execute<{ survey_id: string; question_id: string; kind: string; position: number; score: number; n: number }>(sql`
    SELECT r.survey_id, q.id AS question_id, q.kind, q.position, (r.answers ->> q.id::text)::int AS score, count(*)::int AS n
      FROM survey_responses r
      JOIN survey_questions q ON q.survey_id = r.survey_id AND q.organisation_id = ${organisationId}
     WHERE r.organisation_id = ${organisationId} AND r.status = 'complete' AND q.kind IN ('nps', 'satisfaction')
       AND r.answers ? q.id::text AND r.survey_id IN (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})
     GROUP BY 1, 2, 3, 4, 5`);
  const scoreOf = (waveSurveyId: string, kind: "nps" | "satisfaction", minimum: number): SurveyWave["nps"] => {
    const own = histogram.rows.filter((h) => h.survey_id === waveSurveyId && h.kind === kind);
    if (own.length === 0) return null;
    const first = own.reduce((a, b) => (b.position < a.position ? b : a)).question_id;
    const counts = new Map(own.filter((h) => h.question_id === first).map((h) => [h.score, h.n]));
    const result = kind === "nps" ? npsFromCounts(counts) : topTwoBoxFromCounts(counts);
    const value = result ? ("nps" in result ? result.nps : result.share) : null;
    const guarded = guardSmallGroup(result && value !== null ? { n: result.n, value } : null, minimum);
    return guarded.status === "ok" ? { status: "ok", value: guarded.value.value, n: guarded.value.n } : guarded;
  };
  const waves = rows.map(({ wave, survey: s }): SurveyWave => {
    const responseCount = details.responses.find((r) => r.surveyId === s.id)?.n ?? 0;
    const invitationCount = details.invitations.find((r) => r.surveyId === s.id)?.n ?? 0;
    return {
      surveyId: s.id,
      number: wave.number,
      status: s.status === "open" || s.status === "closed" ? s.status : "draft",
      // A wave opened without an opening date started when it was opened.
      opensAt: (s.opensAt ?? wave.createdAt).toISOString(),
      closesAt: s.closesAt?.toISOString() ?? null,
      responseCount,
      invitationCount,
      responseRate: invitationCount > 0 ? responseCount / invitationCount : null,
      nps: scoreOf(s.id, "nps", s.minGroupSize),
      satisfaction: scoreOf(s.id, "satisfaction", s.minGroupSize),
    };
  });
  const nextWaveAt = rows.find((r) => r.wave.nextWaveAt)?.wave.nextWaveAt?.toISOString() ?? null;
  return { waves, nextWaveAt };
}
