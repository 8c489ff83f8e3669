/**
 * Which step columns the grid renders, as pure arithmetic (the hook in use-column-window.ts measures
 * the scroll container and calls these): the columns in view plus an overscan each side, kept while
 * they still cover the view so that scrolling by a few pixels re-renders nothing.
 */
import { COLUMN_WIDTH } from "./columns";

/** Columns rendered beyond each edge of the visible area. */
export const OVERSCAN = 3;

export interface ColumnWindow {
  /** First rendered column (inclusive). */
  start: number;
  /** Last rendered column (exclusive). */
  end: number;
}

const sameWindow = (a: ColumnWindow, b: ColumnWindow) => a.start === b.start && a.end === b.end;

/** The columns [first, last) visible in a viewport of `width` px scrolled by `scrollLeft` px (screen px). */
export function visibleColumns(scrollLeft: number, width: number, zoom: number, labelWidth: number) {
  const z = zoom > 0 ? zoom : 1;
  // Column i spans [label + i·W, label + (i+1)·W]; the sticky label hides the first `label` px.
  return { first: Math.floor(scrollLeft / z / COLUMN_WIDTH), last: Math.ceil(((scrollLeft + width) / z - labelWidth) / COLUMN_WIDTH) };
}

/** A window kept inside the `count` columns. */
export const clampWindow = (count: number, start: number, end: number): ColumnWindow => ({
  start: Math.max(0, Math.min(count, start)),
  end: Math.max(0, Math.min(count, end)),
});

/** The window for a viewport: the visible columns and the overscan, within the grid. */
export function windowFor(count: number, scrollLeft: number, width: number, zoom: number, labelWidth: number): ColumnWindow {
  const { first, last } = visibleColumns(scrollLeft, width, zoom, labelWidth);
  return clampWindow(count, first - OVERSCAN, last + OVERSCAN);
}

/**
 * The window after a scroll or resize that shows [first, last): the current one (the same object,
 * so React skips the render) while it is within the grid and still covers the view ± 1 column,
 * else the view with its overscan.
 */
export function nextWindow(current: ColumnWindow, count: number, first: number, last: number): ColumnWindow {
  const needed = clampWindow(count, first - 1, last + 1);
  if (current.end <= count && current.start <= needed.start && current.end >= needed.end) return current;
  const next = clampWindow(count, first - OVERSCAN, last + OVERSCAN);
  return sameWindow(current, next) ? current : next;
}
