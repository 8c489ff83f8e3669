/**
 * A binary max-heap of integers (e.g. indices into column-wise arrays), used by the domino
 * analysis as its priority queue. `higher(a, b)` tells whether a must come out before b; push and
 * pop are O(log n). Pure, no allocation beyond one growing array.
 */
/** A binary max-heap of label indices; `higher(a, b)` tells whether a comes out before b. */
export class MaxHeap {
  private readonly items: number[] = [];
  constructor(private readonly higher: (a: number, b: number) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  push(item: number): void {
    const items = this.items;
    let i = items.length;
    items.push(item);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = items[parent] as number;
      if (!this.higher(item, p)) break;
      items[i] = p;
      i = parent;
    }
    items[i] = item;
  }

  pop(): number {
    const items = this.items;
    const top = items[0] as number;
    const last = items.pop() as number;
    const size = items.length;
    if (size === 0) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= size) break;
      const right = left + 1;
      const child = right < size && this.higher(items[right] as number, items[left] as number) ? right : left;
      const c = items[child] as number;
      if (!this.higher(c, last)) break;
      items[i] = c;
      i = child;
    }
    items[i] = last;
    return top;
  }
}
