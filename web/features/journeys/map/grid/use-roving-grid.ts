/**
 * One tab stop for the map grid (roving focus). The buttons of one cell of the table — the active
 * cell, the last one focused — are in the tab order; the others are not (tabindex -1), so Tab leaves
 * the grid instead of walking through every header and cell. Until a cell has had the focus (or when
 * the active cell is windowed out) the scroll region itself is the tab stop. Arrow keys move the
 * focus to the neighbouring cell that has a button (left/right in the row, up/down in the column —
 * or the row's nearest cell with a button, such as the curve's help in the row labels — keeping the
 * column for the next up/down), scrolling the grid when the next cell is not rendered yet (windowed
 * columns and lanes). Keys are
 * left alone in text fields and while a header is being dragged (dnd-kit's keyboard sensor).
 */
import { type KeyboardEvent, type RefObject, useCallback, useEffect, useRef } from "react";
import { COLUMN_WIDTH } from "./columns";

const FOCUSABLE = "button, a[href], input, select, textarea";
const MOVES: Record<string, [number, number]> = { ArrowLeft: [0, -1], ArrowRight: [0, 1], ArrowUp: [-1, 0], ArrowDown: [1, 0] };
/** How many frames a move waits for a windowed cell to be rendered after scrolling. */
const MAX_TRIES = 20;

type Cell = { el: HTMLTableCellElement; row: number; col: number; span: number };

function focusables(cell: Element): HTMLElement[] {
  return [...cell.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.hasAttribute("disabled"));
}

/** The table's cells with their row and first column (colspans counted). */
function cellsOf(table: HTMLTableElement): Cell[][] {
  return [...table.rows].map((tr, row) => {
    let col = 0;
    return [...tr.cells].map((el) => {
      const cell = { el, row, col, span: el.colSpan };
      col += el.colSpan;
      return cell;
    });
  });
}

export function useRovingGrid(scrollRef: RefObject<HTMLElement | null>, tableRef: RefObject<HTMLTableElement | null>, isDragging: () => boolean, zoom: number) {
  const active = useRef<{ el: Element | null; row: number; col: number }>({ el: null, row: -1, col: 0 });
  /** The column up/down moves aim at (kept when a row lands them in another column). */
  const column = useRef<number | null>(null);
  const isMovingVertically = useRef(false);

  /** Puts the active cell's buttons in the tab order and every other one out of it. */
  const sync = useCallback(() => {
    const section = scrollRef.current;
    const table = tableRef.current;
    if (!section || !table) return;
    const cell = active.current.el?.isConnected && table.contains(active.current.el) ? active.current.el : null;
    let inOrder = false;
    for (const el of table.querySelectorAll<HTMLElement>(FOCUSABLE)) {
      const want = cell?.contains(el) ? 0 : -1;
      if (want === 0) inOrder = true;
      if (el.tabIndex !== want) el.tabIndex = want;
    }
    const sectionTab = inOrder ? -1 : 0;
    if (section.tabIndex !== sectionTab) section.tabIndex = sectionTab;
  }, [scrollRef, tableRef]);

  useEffect(() => {
    const table = tableRef.current;
    if (!table) return;
    sync();
    const observer = new MutationObserver(sync);
    observer.observe(table, { childList: true, subtree: true, attributes: true, attributeFilter: ["tabindex"] });
    return () => observer.disconnect();
  }, [sync, tableRef]);

  const onFocus = useCallback(
    (event: { target: EventTarget | null }) => {
      const cell = (event.target as HTMLElement | null)?.closest("th, td");
      const table = tableRef.current;
      if (!cell || !table?.contains(cell)) return;
      const found = cellsOf(table)
        .flat()
        .find((c) => c.el === cell);
      active.current = { el: cell, row: found?.row ?? -1, col: found?.col ?? 0 };
      if (!isMovingVertically.current) column.current = found?.col ?? 0;
      sync();
    },
    [sync, tableRef],
  );

  /** The next cell from (row, col) in direction (dr, dc) that has a button, or a spacer standing for cells not rendered. */
  const next = useCallback(
    (row: number, col: number, span: number, dr: number, dc: number): Cell | null => {
      const table = tableRef.current;
      if (!table) return null;
      const grid = cellsOf(table);
      if (row < 0) return grid.flat().find((c) => focusables(c.el).length > 0) ?? null;
      if (dc !== 0) {
        const cells = grid[row] ?? [];
        const ordered = dc > 0 ? cells.filter((c) => c.col >= col + span) : cells.filter((c) => c.col < col).reverse();
        return ordered.find((c) => c.el.classList.contains("jm-spacer") || focusables(c.el).length > 0) ?? null;
      }
      for (let r = row + dr; r >= 0 && r < grid.length; r += dr) {
        const cells = (grid[r] ?? []).filter((c) => c.el.classList.contains("jm-spacer") || focusables(c.el).length > 0);
        const distance = (c: Cell) => (col < c.col ? c.col - col : col >= c.col + c.span ? col - (c.col + c.span - 1) : 0);
        const [nearest] = cells.sort((a, b) => distance(a) - distance(b));
        if (nearest) return nearest;
      }
      return null;
    },
    [tableRef],
  );

  const move = useCallback(
    (dr: number, dc: number, from: { row: number; col: number; span: number }, tries: number) => {
      const target = next(from.row, from.col, from.span, dr, dc);
      if (!target) return;
      const [button] = focusables(target.el);
      if (button) {
        isMovingVertically.current = dr !== 0;
        button.focus();
        isMovingVertically.current = false;
        button.scrollIntoView({ block: "nearest", inline: "nearest" });
        return;
      }
      // A spacer: scroll towards the cells it stands for, and try again once they are rendered.
      const section = scrollRef.current;
      if (!section || tries >= MAX_TRIES) return;
      if (dc !== 0) section.scrollLeft += dc * COLUMN_WIDTH * zoom;
      else target.el.parentElement?.scrollIntoView({ block: "nearest" });
      requestAnimationFrame(() => requestAnimationFrame(() => move(dr, dc, from, tries + 1)));
    },
    [next, scrollRef, zoom],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const delta = MOVES[event.key];
      const target = event.target as HTMLElement;
      if (!delta || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || isDragging()) return;
      if (target.matches("input, select, textarea, [contenteditable]")) return;
      const table = tableRef.current;
      if (!table) return;
      const cell = target === scrollRef.current ? null : target.closest("th, td");
      if (cell && !table.contains(cell)) return;
      event.preventDefault();
      if (!cell) {
        // From the region itself: back to the last active cell if it is still there, else the first cell.
        const last = active.current.el;
        const button = last?.isConnected && table.contains(last) ? focusables(last)[0] : undefined;
        if (button) button.focus();
        else move(0, 0, { row: -1, col: 0, span: 1 }, 0);
        return;
      }
      const found = cellsOf(table)
        .flat()
        .find((c) => c.el === cell);
      if (found) move(delta[0], delta[1], delta[0] !== 0 ? { ...found, col: column.current ?? found.col } : found, 0);
    },
    [isDragging, move, scrollRef, tableRef],
  );

  return { onFocus, onKeyDown };
}
