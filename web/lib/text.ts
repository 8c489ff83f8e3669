/** Short texts for tight places (graph nodes, arrow labels, sticky notes). */

/** `text` if it has at most `max` characters, else cut to `max` with "…" at the end (no space before it). */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
