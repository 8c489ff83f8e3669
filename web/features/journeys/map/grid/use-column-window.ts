/**
 * Horizontal windowing of the grid's lane cells: which step columns are visible in the scroll
 * container (plus an overscan each side). The lanes render only those cells, with spacer cells
 * standing for the others (the fixed column width comes from the <colgroup>), so a 40-step map mounts
 * about a third of its cells. Recomputed on scroll (passive listener, once per animation frame), on
 * resize and when the zoom or the number of columns changes.
 */
import { type RefObject, useLayoutEffect, useState } from "react";
import { COLUMN_WIDTH } from "./columns";

/** Columns rendered beyond each edge of the visible area. */
const OVERSCAN = 3;
const DEFAULT_LABEL_WIDTH = 200;

export interface ColumnWindow {
  /** First rendered column (inclusive). */
  start: number;
  /** Last rendered column (exclusive). */
  end: number;
}

function sameWindow(a: ColumnWindow, b: ColumnWindow) {
  return a.start === b.start && a.end === b.end;
}

/** The columns [first, last) visible in a viewport of `width` px scrolled by `scrollLeft` px (screen px). */
function visibleColumns(scrollLeft: number, width: number, zoom: number, labelWidth: number) {
  const z = zoom > 0 ? zoom : 1;
  // Column i spans [label + i·W, label + (i+1)·W]; the sticky label hides the first `label` px.
  return { first: Math.floor(scrollLeft / z / COLUMN_WIDTH), last: Math.ceil(((scrollLeft + width) / z - labelWidth) / COLUMN_WIDTH) };
}

const clampWindow = (count: number, start: number, end: number): ColumnWindow => ({
  start: Math.max(0, Math.min(count, start)),
  end: Math.max(0, Math.min(count, end)),
});

function windowFor(count: number, scrollLeft: number, width: number, zoom: number, labelWidth: number): ColumnWindow {
  const { first, last } = visibleColumns(scrollLeft, width, zoom, labelWidth);
  return clampWindow(count, first - OVERSCAN, last + OVERSCAN);
}

export function useColumnWindow(scrollRef: RefObject<HTMLElement | null>, count: number, zoom: number): ColumnWindow {
  // The first render guesses from the window's width (the container is no wider) and scrollLeft 0,
  // so mounting reads no layout; the observers below correct it after the first layout.
  const [win, setWin] = useState<ColumnWindow>(() => windowFor(count, 0, typeof window === "undefined" ? 1440 : window.innerWidth, zoom, DEFAULT_LABEL_WIDTH));

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const measure = () => {
      const label = el.querySelector("th");
      const labelWidth = label ? label.getBoundingClientRect().width / (zoom > 0 ? zoom : 1) : DEFAULT_LABEL_WIDTH;
      const { first, last } = visibleColumns(el.scrollLeft, el.clientWidth, zoom, labelWidth);
      const needed = clampWindow(count, first - 1, last + 1);
      const next = clampWindow(count, first - OVERSCAN, last + OVERSCAN);
      // Hysteresis: keep the rendered columns while they still cover the visible ones (± 1 column).
      setWin((current) =>
        current.end <= count && current.start <= needed.start && current.end >= needed.end ? current : sameWindow(current, next) ? current : next,
      );
    };
    let frame = 0;
    const schedule = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        measure();
      });
    };
    // Mount, zoom or column count changed: checked at the next frame, once laid out.
    schedule();
    el.addEventListener("scroll", schedule, { passive: true });
    const observer = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(schedule);
    observer?.observe(el);
    window.addEventListener("resize", schedule);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      el.removeEventListener("scroll", schedule);
      observer?.disconnect();
      window.removeEventListener("resize", schedule);
    };
  }, [scrollRef, count, zoom]);

  return win.end <= count ? win : clampWindow(count, win.start, win.end);
}
