/**
 * Vertical windowing of the lanes: which lane rows are in (or near) the scroll container's view,
 * through one IntersectionObserver (no layout reads on the main thread). Rows far from the view keep
 * their sticky label (the row header) but render a single spacer cell instead of their cells; the
 * label's fixed height keeps the row's height. The first render assumes the first lanes are visible.
 */
import { type RefObject, useLayoutEffect, useState } from "react";

/** Lanes assumed visible before the observer's first report. */
const INITIAL_ROWS = 3;
/** How far beyond the view (px) a lane still counts as near (about one lane). */
const MARGIN = "300px 300px";

export function useNearRows(scrollRef: RefObject<HTMLElement | null>, ids: string[]): Set<string> {
  const [near, setNear] = useState<Set<string>>(() => new Set(ids.slice(0, INITIAL_ROWS)));
  const key = ids.join(",");

  useLayoutEffect(() => {
    const root = scrollRef.current;
    if (!root || typeof IntersectionObserver === "undefined") {
      setNear(new Set(key.split(",")));
      return;
    }
    const state = new Map<string, boolean>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const id = (entry.target as HTMLElement).dataset.lane;
          if (id) state.set(id, entry.isIntersecting);
        }
        setNear((current) => {
          const next = new Set([...state].filter(([, isNear]) => isNear).map(([id]) => id));
          return next.size === current.size && [...next].every((id) => current.has(id)) ? current : next;
        });
      },
      { root, rootMargin: MARGIN },
    );
    for (const row of root.querySelectorAll<HTMLElement>("tr[data-lane]")) observer.observe(row);
    return () => observer.disconnect();
  }, [scrollRef, key]);

  return near;
}
