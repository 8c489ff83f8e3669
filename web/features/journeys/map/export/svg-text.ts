/** Text helpers for the SVG export: XML escaping, word wrapping with an ellipsis, one <text> element. */

/** Drops the characters XML 1.0 forbids (control characters other than tab and line breaks). */
function dropInvalid(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff) continue;
    out += ch;
  }
  return out;
}

/** Escapes text for XML content and attribute values (user text is data, never markup). */
export function xml(text: string): string {
  return dropInvalid(text).replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&apos;");
}

/**
 * Wraps `text` into at most `maxLines` lines of about `maxChars` characters (words kept whole
 * unless longer than a line); the last line ends with "…" when text was left out.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  if (maxLines <= 0) return [];
  const limit = Math.max(4, maxChars);
  const words = text.replace(/\s+/g, " ").trim().split(" ").filter(Boolean);
  const lines: string[] = [];
  let current = "";
  let cut = false;
  for (let i = 0; i < words.length; i++) {
    let word = words[i] as string;
    while (word.length > limit) {
      if (current) {
        lines.push(current);
        current = "";
      }
      lines.push(word.slice(0, limit));
      word = word.slice(limit);
    }
    const next = current ? `${current} ${word}` : word;
    if (next.length <= limit) current = next;
    else {
      lines.push(current);
      current = word;
    }
    if (lines.length >= maxLines) {
      cut = true;
      break;
    }
  }
  if (current) {
    if (lines.length < maxLines) lines.push(current);
    else cut = true;
  }
  const kept = lines.slice(0, maxLines);
  if ((cut || lines.length > maxLines) && kept.length > 0) {
    const last = kept[kept.length - 1] as string;
    kept[kept.length - 1] = `${last.length >= limit ? last.slice(0, limit - 1).trimEnd() : last}…`;
  }
  return kept;
}

export interface TextStyle {
  size: number;
  weight?: number;
  colour?: string;
  anchor?: "start" | "end" | "middle";
}

/** One line of text at (x, y), escaped. */
export function svgText(x: number, y: number, text: string, style: TextStyle): string {
  const attrs = [
    `x="${x.toFixed(1)}"`,
    `y="${y.toFixed(1)}"`,
    `font-size="${style.size}"`,
    style.weight ? `font-weight="${style.weight}"` : "",
    `fill="${style.colour ?? "#1a1b1e"}"`,
    style.anchor && style.anchor !== "start" ? `text-anchor="${style.anchor}"` : "",
  ].filter(Boolean);
  return `<text ${attrs.join(" ")}>${xml(text)}</text>`;
}
