import { describe, expect, it } from "vitest";
import { truncate } from "./text";

describe("truncate", () => {
  it("keeps a text that fits", () => {
    expect(truncate("court", 5)).toBe("court");
    expect(truncate("", 3)).toBe("");
  });

  it("cuts a long text with an ellipsis, within the maximum", () => {
    expect(truncate("un texte trop long", 9)).toBe("un texte…");
    expect(truncate("un texte trop long", 9).length).toBeLessThanOrEqual(9);
    expect(truncate("abcdef", 4)).toBe("abc…");
  });

  it("puts no space before the ellipsis", () => {
    expect(truncate("abc    def", 8)).toBe("abc…");
  });
});
