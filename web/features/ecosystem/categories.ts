/** The five stakeholder categories, in display order (their colours are in shared/stakeholders/category-colours.ts). */
import { type StakeholderCategory, stakeholderCategories } from "../../../shared/journeys/document.js";

export const categories: readonly StakeholderCategory[] = stakeholderCategories;

export function isCategory(value: unknown): value is StakeholderCategory {
  return typeof value === "string" && (stakeholderCategories as readonly string[]).includes(value);
}
