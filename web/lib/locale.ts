/** The interface language: remembered in localStorage, and per user on the server when signed in. */
import i18n from "i18next";
import type { Locale } from "../../shared/schemas/common.js";

const storageKey = "tutti.locale";

export function isLocale(value: unknown): value is Locale {
  return value === "fr" || value === "en";
}

/** The language to start with: the stored choice, else the browser's, else French. */
export function readStoredLocale(): Locale {
  try {
    const stored = localStorage.getItem(storageKey);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage may be unavailable (private mode): ignore.
  }
  return navigator.language?.toLowerCase().startsWith("en") ? "en" : "fr";
}

/** Switches the interface language and remembers it in this browser. */
export function applyLocale(locale: Locale): void {
  try {
    localStorage.setItem(storageKey, locale);
  } catch {
    // Ignore storage errors.
  }
  if (i18n.language !== locale) void i18n.changeLanguage(locale);
}
