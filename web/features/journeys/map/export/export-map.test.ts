import { afterEach, describe, expect, it, vi } from "vitest";
import { fileBaseName } from "./export-map";

describe("fileBaseName", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("makes a file name from the title, without accents or punctuation, with the day", () => {
    vi.useFakeTimers({ now: new Date("2026-03-12T10:00:00.000Z") });
    expect(fileBaseName("Parcours « Alternance » : Éducation & Santé")).toBe("parcours-alternance-education-sante-2026-03-12");
  });

  it("falls back to a generic name and keeps long titles short", () => {
    vi.useFakeTimers({ now: new Date("2026-03-12T10:00:00.000Z") });
    expect(fileBaseName("!!!")).toBe("parcours-2026-03-12");
    const long = fileBaseName("a".repeat(100));
    expect(long).toBe(`${"a".repeat(60)}-2026-03-12`);
  });
});
