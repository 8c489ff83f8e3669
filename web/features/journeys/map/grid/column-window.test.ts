import { describe, expect, it } from "vitest";
import { clampWindow, nextWindow, OVERSCAN, visibleColumns, windowFor } from "./column-window";
import { COLUMN_WIDTH } from "./columns";

const label = 200;

describe("visibleColumns", () => {
  it("counts the columns between the sticky label and the right edge", () => {
    // 1440 px wide, not scrolled: columns start after the 200 px label, 176 px each → 0 … 8 (8 partly).
    expect(COLUMN_WIDTH).toBe(176);
    expect(visibleColumns(0, 1440, 1, label)).toEqual({ first: 0, last: 8 });
  });

  it("moves with the scroll", () => {
    // Scrolled by exactly 3 columns: the fourth column is the first one left of the label's right edge.
    expect(visibleColumns(3 * COLUMN_WIDTH, 1440, 1, label)).toEqual({ first: 3, last: 11 });
    expect(visibleColumns(3 * COLUMN_WIDTH + 1, 1440, 1, label).first).toBe(3);
  });

  it("sees twice as many columns at half zoom, and treats a zoom of 0 as 1", () => {
    expect(visibleColumns(0, 1440, 0.5, label)).toEqual({ first: 0, last: 16 });
    expect(visibleColumns(0, 1440, 0, label)).toEqual(visibleColumns(0, 1440, 1, label));
  });
});

describe("windowFor", () => {
  it("adds the overscan each side, within the grid", () => {
    expect(windowFor(40, 0, 1440, 1, label)).toEqual({ start: 0, end: 8 + OVERSCAN });
    expect(windowFor(40, 10 * COLUMN_WIDTH, 1440, 1, label)).toEqual({ start: 10 - OVERSCAN, end: 18 + OVERSCAN });
    expect(windowFor(5, 0, 1440, 1, label)).toEqual({ start: 0, end: 5 });
    expect(windowFor(0, 0, 1440, 1, label)).toEqual({ start: 0, end: 0 });
  });
});

describe("clampWindow", () => {
  it("keeps both ends within [0, count]", () => {
    expect(clampWindow(10, -3, 4)).toEqual({ start: 0, end: 4 });
    expect(clampWindow(10, 8, 15)).toEqual({ start: 8, end: 10 });
    expect(clampWindow(10, 12, 15)).toEqual({ start: 10, end: 10 });
  });
});

describe("nextWindow", () => {
  it("keeps the same window (the same object) while it still covers the view ± 1 column", () => {
    const current = { start: 7, end: 21 };
    expect(nextWindow(current, 40, 10, 18)).toBe(current);
    expect(nextWindow(current, 40, 8, 20)).toBe(current);
  });

  it("moves the window when the view comes within a column of its edge", () => {
    const current = { start: 7, end: 21 };
    expect(nextWindow(current, 40, 13, 21)).toEqual({ start: 13 - OVERSCAN, end: 21 + OVERSCAN });
    expect(nextWindow(current, 40, 7, 15)).toEqual({ start: 7 - OVERSCAN, end: 15 + OVERSCAN });
  });

  it("shrinks a window that runs past the grid after columns were removed", () => {
    const current = { start: 0, end: 11 };
    expect(nextWindow(current, 6, 0, 8)).toEqual({ start: 0, end: 6 });
  });

  it("gives back the current object when the new window is the same", () => {
    const current = { start: 0, end: 6 };
    expect(nextWindow(current, 6, 0, 8)).toBe(current);
  });
});
