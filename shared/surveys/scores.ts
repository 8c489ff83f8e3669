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

/** A histogram of scores: how many people gave each score. */
export type ScoreCounts = ReadonlyMap<number, number>;

/** Counts the scores of a list of answers (null = skipped, not counted). */
export function countScores(answers: readonly (number | null)[], min: number, max: number): Map<number, number> {
  const scores = answers.filter((a): a is number => a !== null);
  assertScores(scores, min, max);
  const counts = new Map<number, number>();
  for (const score of scores) counts.set(score, (counts.get(score) ?? 0) + 1);
  return counts;
}

const sumCounts = (counts: ScoreCounts, keep: (score: number) => boolean) => [...counts].reduce((sum, [score, n]) => (keep(score) ? sum + n : sum), 0);

/** NPS of answers 0–10 (null = question skipped, left out of n). Null when nobody answered. */
export function computeNps(answers: readonly (number | null)[]): NpsResult | null {
  return npsFromCounts(countScores(answers, 0, 10));
}

/** NPS from a histogram of 0–10 scores (what the database aggregates). */
export function npsFromCounts(counts: ScoreCounts): NpsResult | null {
  const n = sumCounts(counts, () => true);
  if (n === 0) return null;
  const promoters = sumCounts(counts, (s) => s >= 9);
  const detractors = sumCounts(counts, (s) => s <= 6);
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
  return topTwoBoxFromCounts(countScores(answers, 1, 5));
}

export function topTwoBoxFromCounts(counts: ScoreCounts): TopBoxResult | null {
  const n = sumCounts(counts, () => true);
  if (n === 0) return null;
  const satisfied = sumCounts(counts, (s) => s >= 4);
  return { n, satisfied, share: satisfied / n, scale: "1-5" };
}

export type MeanResult = { n: number; mean: number; scale: "1-7" };

/** Mean customer effort on a 1–7 scale (null = skipped). Null when nobody answered. */
export function computeEffort(answers: readonly (number | null)[]): MeanResult | null {
  return effortFromCounts(countScores(answers, 1, 7));
}

export function effortFromCounts(counts: ScoreCounts): MeanResult | null {
  const n = sumCounts(counts, () => true);
  if (n === 0) return null;
  const total = [...counts].reduce((sum, [score, k]) => sum + score * k, 0);
  return { n, mean: total / n, scale: "1-7" };
}

/**
 * A breakdown's value with how many people gave it, or "not enough answers" below the minimum
 * group size. `people` is given when answers of several questions are pooled (two satisfaction
 * questions answered by five people are ten answers, five people); otherwise one answer is one
 * person. The small-group rule counts people, never answers.
 */
export function guardSmallGroup<T extends { n: number }>(
  result: T | null,
  minimum = defaultMinimumGroupSize,
  people?: number,
): { status: "ok"; value: T; people: number } | { status: "too_few"; n: number } {
  const n = Math.min(result?.n ?? 0, people ?? Number.POSITIVE_INFINITY);
  if (!result || n < minimum) return { status: "too_few", n };
  return { status: "ok", value: result, people: n };
}
