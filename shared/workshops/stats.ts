/** Small statistics for workshop results: multi-criteria scores and dot-vote totals. */
import type { WorkshopState } from "./state.js";

export type Summary = { n: number; mean: number; median: number; min: number; max: number; standardDeviation: number };

/** n, mean, median, min, max and population standard deviation of `values` (null when empty). */
export function summarise(values: readonly number[]): Summary | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const mean = sorted.reduce((sum, value) => sum + value, 0) / n;
  const middle = Math.floor(n / 2);
  const median = n % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  const variance = sorted.reduce((sum, value) => sum + (value - mean) ** 2, 0) / n;
  return { n, mean, median, min: sorted[0] as number, max: sorted[n - 1] as number, standardDeviation: Math.sqrt(variance) };
}

/** Dots per item over every ballot. */
export function voteTotals(ballots: WorkshopState["vote"]["ballots"]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const ballot of Object.values(ballots)) {
    for (const [itemId, dots] of Object.entries(ballot)) {
      if (dots > 0) totals[itemId] = (totals[itemId] ?? 0) + dots;
    }
  }
  return totals;
}

/** Every score given per `${itemId}:${criterionId}`, sorted, without who gave it. */
export function scoreResults(scores: WorkshopState["scoring"]["scores"]): Record<string, number[]> {
  const results: Record<string, number[]> = {};
  for (const byKey of Object.values(scores)) {
    for (const [key, value] of Object.entries(byKey)) results[key] = [...(results[key] ?? []), value];
  }
  for (const values of Object.values(results)) values.sort((a, b) => a - b);
  return results;
}
