/** Ordered lists the person rearranges (questions, agenda phases, map lanes). */

/** A copy of the list with the item at `index` moved `delta` places (-1 up, +1 down); the list itself is left alone. */
export function moveItem<T>(list: readonly T[], index: number, delta: number): T[] {
  const next = [...list];
  const [item] = next.splice(index, 1);
  if (item !== undefined) next.splice(index + delta, 0, item);
  return next;
}
