/**
 * Order changes between two sequences of refs, as a person reads them: the refs present in both
 * sequences keep one longest common order (a longest increasing subsequence of their old
 * positions, taken in their new order; O(n log n)), and only the others are reported as moved.
 * Refs present in only one sequence never count as moved; for a repeated ref the first wins.
 * Moving one item past three others reports that one item, not four; swapping two reports one.
 */

/** Indices (into `seq`) of one longest strictly increasing subsequence; O(n log n). */
function longestIncreasing(seq: readonly number[]): Set<number> {
  const tails: number[] = []; // tails[len] = index in seq of the smallest tail of a run of length len+1
  const prev: number[] = new Array(seq.length).fill(-1);
  seq.forEach((value, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((seq[tails[mid] as number] as number) < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1] as number;
    tails[lo] = i;
  });
  const kept = new Set<number>();
  for (let i = tails.length > 0 ? (tails[tails.length - 1] as number) : -1; i !== -1; i = prev[i] as number) kept.add(i);
  return kept;
}

/** Refs present in both orders that fall outside a longest common order, with their positions. */
export function reordered(before: readonly string[], after: readonly string[]): { ref: string; before: number; after: number }[] {
  const posBefore = byKeyIndex(before);
  const posAfter = byKeyIndex(after);
  const common = after.filter((ref, i) => posAfter.get(ref) === i && posBefore.has(ref));
  const kept = longestIncreasing(common.map((ref) => posBefore.get(ref) as number));
  return common.filter((_, i) => !kept.has(i)).map((ref) => ({ ref, before: posBefore.get(ref) as number, after: posAfter.get(ref) as number }));
}

function byKeyIndex(refs: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  refs.forEach((ref, i) => {
    if (!map.has(ref)) map.set(ref, i);
  });
  return map;
}
