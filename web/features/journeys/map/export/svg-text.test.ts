import { describe, expect, it } from "vitest";
import { svgText, wrapText, xml } from "./svg-text";

describe("xml", () => {
  it("escapes markup so that user text stays data", () => {
    expect(xml(`<script>alert("x")</script> & 'y'`)).toBe("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;y&apos;");
  });

  it("drops the characters XML 1.0 forbids and keeps tabs, line breaks and other scripts", () => {
    expect(xml("a\u0000b\u0008c\u001fd\ufffee\uffff")).toBe("abcde");
    expect(xml("a\tb\nc\rd")).toBe("a\tb\nc\rd");
    expect(xml("Émotion 😀 — élève")).toBe("Émotion 😀 — élève");
  });
});

describe("wrapText", () => {
  it("wraps on spaces, keeping words whole", () => {
    expect(wrapText("un deux trois quatre", 9, 3)).toEqual(["un deux", "trois", "quatre"]);
  });

  it("collapses runs of white space", () => {
    expect(wrapText("  un \n\n deux  ", 20, 2)).toEqual(["un deux"]);
  });

  it("ends the last line with an ellipsis when text is left out", () => {
    const lines = wrapText("un deux trois quatre cinq", 9, 2);
    expect(lines).toEqual(["un deux", "trois…"]);
  });

  it("cuts a word longer than a line", () => {
    expect(wrapText("abcdefghij", 4, 5)).toEqual(["abcd", "efgh", "ij"]);
    const cut = wrapText("abcdefghij", 4, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]).toBe("efg…");
  });

  it("gives nothing for no lines or no text", () => {
    expect(wrapText("texte", 10, 0)).toEqual([]);
    expect(wrapText("   ", 10, 2)).toEqual([]);
  });

  it("never gives more lines than asked", () => {
    const text = "mot ".repeat(100);
    for (const maxLines of [1, 2, 3, 7]) expect(wrapText(text, 12, maxLines)).toHaveLength(maxLines);
  });
});

describe("svgText", () => {
  it("writes one escaped <text> with its position and style", () => {
    expect(svgText(10, 20.25, "A < B", { size: 8, weight: 700, colour: "#123456", anchor: "end" })).toBe(
      '<text x="10.0" y="20.3" font-size="8" font-weight="700" fill="#123456" text-anchor="end">A &lt; B</text>',
    );
  });

  it("leaves out the default weight and anchor, and writes in near-black by default", () => {
    expect(svgText(0, 0, "x", { size: 7, anchor: "start" })).toBe('<text x="0.0" y="0.0" font-size="7" fill="#1a1b1e">x</text>');
  });
});
