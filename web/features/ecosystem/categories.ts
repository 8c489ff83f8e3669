/** The five stakeholder categories, in display order, with their colours (white text on them stays above 4.5:1). */
import { type StakeholderCategory, stakeholderCategories } from "../../../shared/journeys/document.js";

export const categories: readonly StakeholderCategory[] = stakeholderCategories;

/** Background colour per category, used for badges, initials and the PDF header. */
export const categoryHex: Record<StakeholderCategory, string> = {
  learner: "#3b5bdb",
  staff: "#087f5b",
  funder: "#9c36b5",
  company: "#c2410c",
  teacher: "#0b7285",
};

export function isCategory(value: unknown): value is StakeholderCategory {
  return typeof value === "string" && (stakeholderCategories as readonly string[]).includes(value);
}
