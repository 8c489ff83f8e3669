/**
 * One colour per stakeholder category, the same on every page (ecosystem, journey map, impact
 * graph, PDFs), so that a category is recognised by its colour wherever it appears.
 */
import type { StakeholderCategory } from "../journeys/document.js";

/**
 * `strong`: text and borders on white, and the background under white text (≥ 4.5:1 both ways);
 * `tint`: a light background that `strong` text stays readable on (≥ 4.5:1).
 */
export const categoryColours: Record<StakeholderCategory, { strong: string; tint: string }> = {
  learner: { strong: "#3b5bdb", tint: "#edf2ff" },
  staff: { strong: "#087f5b", tint: "#e6fcf5" },
  funder: { strong: "#9c36b5", tint: "#f8f0fc" },
  company: { strong: "#c2410c", tint: "#fff4e6" },
  teacher: { strong: "#0b7285", tint: "#e3fafc" },
};
