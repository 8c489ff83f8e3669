import { describe, expect, it } from "vitest";
import { cached } from "./cached";

describe("cached", () => {
  it("calls the function once per argument and gives back the same result", () => {
    const calls: string[] = [];
    const upper = cached((word: string) => {
      calls.push(word);
      return word.toUpperCase();
    });
    expect(upper("a")).toBe("A");
    expect(upper("b")).toBe("B");
    expect(upper("a")).toBe("A");
    expect(calls).toEqual(["a", "b"]);
  });

  it("remembers an undefined result too", () => {
    let calls = 0;
    const nothing = cached((_: number) => {
      calls++;
      return undefined;
    });
    nothing(1);
    nothing(1);
    expect(calls).toBe(1);
  });
});
