/** Dates and numbers through Intl, in the interface language (never the browser's locale). */
import i18n from "i18next";
import { localeTag } from "../../shared/i18n.js";

/** The Intl tag of the language the interface is shown in. */
export function interfaceLocale(): "en-GB" | "fr-FR" {
  return localeTag(i18n.language);
}

export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(interfaceLocale(), { dateStyle: "medium" }).format(date);
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(interfaceLocale(), { dateStyle: "medium", timeStyle: "short" }).format(date);
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(interfaceLocale()).format(value);
}

/** A share (0–1) as a whole percentage: "62 %" in French (a no-break space before %), "62%" in English. */
export function formatPercent(share: number): string {
  return new Intl.NumberFormat(interfaceLocale(), { style: "percent", maximumFractionDigits: 0 }).format(share);
}

/** One decimal, always shown: "3,4" in French, "3.4" in English. */
export function formatDecimal(value: number): string {
  return new Intl.NumberFormat(interfaceLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** A day written out: "3 décembre 2026", "3 December 2026". */
export function formatLongDate(date: Date): string {
  return new Intl.DateTimeFormat(interfaceLocale(), { dateStyle: "long" }).format(date);
}

/** Names joined as a sentence: "Ana, Léo et Max", "Ana, Léo and Max". */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(interfaceLocale(), { type: "conjunction" }).format(items);
}
