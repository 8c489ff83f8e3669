/**
 * Horizontal windowing of the grid's lane cells: which step columns are visible in the scroll
 * container (plus an overscan each side). The lanes render only those cells, with spacer cells
 * standing for the others (the fixed column width comes from the <colgroup>), so a 40-step map mounts
 * about a third of its cells. Recomputed on scroll (passive listener, once per animation frame), on
 * resize and when the zoom or the number of columns changes.
 */
import { type RefObject, useLayoutEffect, useState } from "react";
import { type ColumnWindow, clampWindow, nextWindow, visibleColumns, windowFor } from "./column-window";

const DEFAULT_LABEL_WIDTH = 200;

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
      // Hysteresis: keep the rendered columns while they still cover the visible ones (± 1 column).
      setWin((current) => nextWindow(current, count, first, last));
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
