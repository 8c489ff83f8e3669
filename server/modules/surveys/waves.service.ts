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
import type { SurveyWave, SurveyWaves } from "../../../shared/schemas/survey-waves.js";
import { guardSmallGroup, npsFromCounts, topTwoBoxFromCounts } from "../../../shared/surveys/scores.js";
import type { AppContext } from "../../context.js";
import { recordAudit } from "../../platform/audit.js";
import type { Tx } from "../../platform/database.js";
import { enqueue } from "../../platform/jobs.js";
import { notFound } from "../../platform/problem.js";
import { reinviteForWave } from "./invitations.service.js";
import { surveyRelaunch } from "./surveys.jobs.js";
import { waveOpened } from "./wave-events.js";
import { findSurvey, loadSurveyDetails } from "./surveys.queries.js";
import { newToken } from "./tokens.js";
import { copyIntoNextWave, findWave, hasSuccessorWave, insertWave, listSeries, lockSurvey, setNextWaveAt, waveHistograms } from "./waves.queries.js";

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
  const survey = await lockSurvey(tx, organisationId, surveyId);
  if (!survey) return;
  const wave = await findWave(tx, surveyId);
  const months = recurrenceMonths[survey.recurrence];
  if (survey.status !== "open" || !months) {
    if (wave?.nextWaveAt) await setNextWaveAt(tx, surveyId, null);
    return;
  }
  if (wave && (await hasSuccessorWave(tx, wave))) return;
  let due = addMonths(survey.opensAt ?? wave?.createdAt ?? now, months);
  while (due <= now) due = addMonths(due, months);
  if (wave?.nextWaveAt?.getTime() === due.getTime()) return;
  if (wave) await setNextWaveAt(tx, surveyId, due);
  else await insertWave(tx, { surveyId, organisationId, seriesId: surveyId, number: 1, nextWaveAt: due, createdAt: now });
  await enqueue(tx, surveyRelaunch, { surveyId }, { runAt: due });
}

/** Opens the next wave of `surveyId` if it is due at `now`; returns the new wave's survey id, or null. */
export async function relaunchSurvey(ctx: Pick<AppContext, "db" | "env" | "events">, surveyId: string, now = new Date()): Promise<string | null> {
  return ctx.db.transaction(async (tx) => {
    const wave = await findWave(tx, surveyId, { lock: true });
    if (!wave?.nextWaveAt || wave.nextWaveAt > now) return null;
    const organisationId = wave.organisationId;
    const previous = await lockSurvey(tx, organisationId, surveyId);
    const months = previous ? recurrenceMonths[previous.recurrence] : undefined;
    if (!previous || !months || previous.status === "draft") {
      await setNextWaveAt(tx, surveyId, null);
      return null;
    }
    const opensAt = wave.nextWaveAt;
    let nextWaveAt = addMonths(opensAt, months);
    // A relaunch run late (the server was down) does not open waves for periods already over.
    while (nextWaveAt <= now) nextWaveAt = addMonths(nextWaveAt, months);
    const length = previous.opensAt && previous.closesAt ? previous.closesAt.getTime() - previous.opensAt.getTime() : nextWaveAt.getTime() - opensAt.getTime();
    const closesAt = new Date(opensAt.getTime() + Math.min(length, nextWaveAt.getTime() - opensAt.getTime()));

    const nextId = await copyIntoNextWave(tx, previous, { opensAt, closesAt, now, previousToken: newToken() });
    await setNextWaveAt(tx, previous.id, null);
    await insertWave(tx, { surveyId: nextId, organisationId, seriesId: wave.seriesId, number: wave.number + 1, nextWaveAt, createdAt: now });
    await enqueue(tx, surveyRelaunch, { surveyId: nextId }, { runAt: nextWaveAt });

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
    await ctx.events.emit(tx, waveOpened, {
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

/** Every wave of the series `surveyId` belongs to, with the figures to compare them. */
export async function listWaves(ctx: AppContext, organisationId: string, surveyId: string): Promise<SurveyWaves> {
  const survey = await findSurvey(ctx.db, organisationId, surveyId);
  if (!survey) throw notFound("survey");
  const own = await findWave(ctx.db, surveyId, { organisationId });
  if (!own) return { waves: [], nextWaveAt: null };
  const rows = await listSeries(ctx.db, organisationId, own.seriesId);
  const details = await loadSurveyDetails(ctx.db, organisationId, rows.map((r) => r.survey));
  const histogram = await waveHistograms(ctx.db, organisationId, rows.map((r) => r.survey.id));
  const scoreOf = (waveSurveyId: string, kind: "nps" | "satisfaction", minimum: number): SurveyWave["nps"] => {
    const own = histogram.filter((h) => h.survey_id === waveSurveyId && h.kind === kind);
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
