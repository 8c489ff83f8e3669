/** Scores as people read them: signed NPS with its interval, percentages and means through Intl, always with n. */
import type { MeanResult, NpsResult, TopBoxResult } from "../../../shared/surveys/scores.js";
import { formatDecimal, formatPercent, interfaceLocale } from "../../lib/format";
import type { ChoiceValue, QuestionKind, ResultValue, YesNoValue } from "./survey-api";

/** "+30", "−18", "0" (a true minus sign, as in print, whatever the locale data gives). */
export function formatSigned(value: number): string {
  return new Intl.NumberFormat(interfaceLocale(), { signDisplay: "exceptZero", maximumFractionDigits: 0 }).format(Math.round(value)).replace("-", "\u2212");
}


/** "mars 2026" from "2026-03". */
export function formatMonth(month: string): string {
  const [y, m] = month.split("-").map(Number);
  if (!y || !m) return month;
  return new Intl.DateTimeFormat(interfaceLocale(), { month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, 1)));
}

export const isNps = (v: ResultValue): v is NpsResult => "nps" in v;
export const isTopBox = (v: ResultValue): v is TopBoxResult => "satisfied" in v;
export const isMean = (v: ResultValue): v is MeanResult => "mean" in v;
export const isYesNo = (v: ResultValue): v is YesNoValue => "yes" in v;
export const isChoice = (v: ResultValue): v is ChoiceValue => "options" in v;

/** The headline of a score without n ("+30", "62 %", "3,4 / 7"), or null for kinds without one. */
export function headline(value: ResultValue): string | null {
  if (isNps(value)) return formatSigned(value.nps);
  if (isTopBox(value)) return formatPercent(value.share);
  if (isMean(value)) return `${formatDecimal(value.mean)} / 7`;
  if (isYesNo(value)) return formatPercent(value.share);
  return null;
}

/**
 * The value a chart bar stands for, on a 0–1 scale, so all kinds can share one drawing:
 * NPS −100…+100 → 0…1, shares as they are, effort 1…7 → 0…1.
 */
export function barFraction(value: ResultValue): number {
  if (isNps(value)) return (value.nps + 100) / 200;
  if (isTopBox(value) || isYesNo(value)) return value.share;
  if (isMean(value)) return (value.mean - 1) / 6;
  return 0;
}

/** The kinds that produce one score (the others are distributions or text). */
export function isScored(kind: QuestionKind): boolean {
  return kind === "nps" || kind === "satisfaction" || kind === "effort" || kind === "yes_no";
}
