/**
 * Experience scores, computed exactly as the field reads them:
 * - NPS = 100 × (share of 9–10 − share of 0–6) among the people who answered the question
 *   (a skipped question is not in n). Its variance is (p + d − (p − d)²) / n, where p and d are
 *   the shares of promoters and detractors; the 95 % interval is ± 1.96 × √variance × 100.
 * - Satisfaction (LSAT/CSAT) on a 1–5 scale: the top-2 box, the share of 4 and 5.
 * - Effort (CES) on a 1–7 scale: the mean.
 * - A breakdown with fewer answers than the minimum group size (5 by default) is not shown, so
 *   that a few people (three teachers, say) cannot be told apart.
 */

export const defaultMinimumGroupSize = 5;

export type NpsResult = {
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** −100 … +100 */
  nps: number;
  /** Half-width of the 95 % confidence interval, in NPS points. */
  margin95: number;
  low95: number;
  high95: number;
};

function assertScores(scores: readonly number[], min: number, max: number): void {
  for (const score of scores) {
    if (!Number.isInteger(score) || score < min || score > max) throw new RangeError(`Score ${score} is outside ${min}–${max}`);
  }
}

/** NPS of answers 0–10 (null = question skipped, left out of n). Null when nobody answered. */
export function computeNps(answers: readonly (number | null)[]): NpsResult | null {
  const scores = answers.filter((a): a is number => a !== null);
  assertScores(scores, 0, 10);
  const n = scores.length;
  if (n === 0) return null;
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  const p = promoters / n;
  const d = detractors / n;
  const variance = (p + d - (p - d) ** 2) / n;
  const nps = 100 * (p - d);
  const margin95 = 1.96 * Math.sqrt(variance) * 100;
  return {
    n,
    promoters,
    passives: n - promoters - detractors,
    detractors,
    nps,
    margin95,
    low95: Math.max(-100, nps - margin95),
    high95: Math.min(100, nps + margin95),
  };
}

export type TopBoxResult = { n: number; satisfied: number; share: number; scale: "1-5" };

/** Share of 4 and 5 among answers on a 1–5 scale (null = skipped). Null when nobody answered. */
export function computeTopTwoBox(answers: readonly (number | null)[]): TopBoxResult | null {
  const scores = answers.filter((a): a is number => a !== null);
  assertScores(scores, 1, 5);
  if (scores.length === 0) return null;
  const satisfied = scores.filter((s) => s >= 4).length;
  return { n: scores.length, satisfied, share: satisfied / scores.length, scale: "1-5" };
}

export type MeanResult = { n: number; mean: number; scale: "1-7" };

/** Mean customer effort on a 1–7 scale (null = skipped). Null when nobody answered. */
export function computeEffort(answers: readonly (number | null)[]): MeanResult | null {
  const scores = answers.filter((a): a is number => a !== null);
  assertScores(scores, 1, 7);
  if (scores.length === 0) return null;
  return { n: scores.length, mean: scores.reduce((sum, s) => sum + s, 0) / scores.length, scale: "1-7" };
}

/** A breakdown's value, or "not enough answers" below the minimum group size. */
export function guardSmallGroup<T extends { n: number }>(
  result: T | null,
  minimum = defaultMinimumGroupSize,
): { status: "ok"; value: T } | { status: "too_few"; n: number } {
  const n = result?.n ?? 0;
  if (!result || n < minimum) return { status: "too_few", n };
  return { status: "ok", value: result };
}
