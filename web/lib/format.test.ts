import i18n from "i18next";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDecimal, formatList, formatLongDate, formatNumber, formatPercent, interfaceLocale } from "./format";

// In French, Intl groups thousands with a narrow no-break space (U+202F) and puts a no-break space (U+00A0) before "%".
const nnbsp = "\u202f";
const nbsp = "\u00a0";
// Midday UTC: the same calendar day in every time zone the tests may run in.
const day = "2026-12-03T12:00:00.000Z";

beforeAll(async () => {
  await i18n.init({ lng: "fr", resources: {} });
});

afterAll(async () => {
  await i18n.changeLanguage("fr");
});

async function inLanguage(language: string) {
  await i18n.changeLanguage(language);
}

describe("formatting in the interface language", () => {
  it("uses the Intl tag of the interface language, French for anything but English", async () => {
    await inLanguage("en");
    expect(interfaceLocale()).toBe("en-GB");
    await inLanguage("fr");
    expect(interfaceLocale()).toBe("fr-FR");
    await inLanguage("de");
    expect(interfaceLocale()).toBe("fr-FR");
  });

  it("follows the interface language, not the process's default locale", async () => {
    // The default locale of the test process is not French; the interface is.
    const processDefault = new Intl.NumberFormat().format(12345.5);
    await inLanguage("fr");
    expect(formatNumber(12345.5)).toBe(`12${nnbsp}345,5`);
    expect(formatNumber(12345.5)).not.toBe(processDefault);
  });

  it("writes numbers, percentages and decimals the French way and the English way", async () => {
    await inLanguage("fr");
    expect(formatNumber(1234)).toBe(`1${nnbsp}234`);
    expect(formatPercent(0.62)).toBe(`62${nbsp}%`);
    expect(formatPercent(0.625)).toBe(`63${nbsp}%`);
    expect(formatDecimal(3.44)).toBe("3,4");
    expect(formatDecimal(3)).toBe("3,0");
    await inLanguage("en");
    expect(formatNumber(1234)).toBe("1,234");
    expect(formatPercent(0.62)).toBe("62%");
    expect(formatDecimal(3.44)).toBe("3.4");
    expect(formatDecimal(3)).toBe("3.0");
  });

  it("writes dates in the interface language", async () => {
    await inLanguage("fr");
    expect(formatDate(day)).toBe("3 déc. 2026");
    expect(formatLongDate(new Date(day))).toBe("3 décembre 2026");
    expect(formatDateTime(day)).toMatch(/^3 déc\. 2026/);
    await inLanguage("en");
    expect(formatDate(day)).toBe("3 Dec 2026");
    expect(formatLongDate(new Date(day))).toBe("3 December 2026");
    expect(formatDateTime(day)).toMatch(/^3 Dec 2026/);
  });

  it("gives back a text that is not a date as it is", async () => {
    await inLanguage("fr");
    expect(formatDate("not a date")).toBe("not a date");
    expect(formatDateTime("")).toBe("");
  });

  it("joins names as a sentence in the interface language", async () => {
    await inLanguage("fr");
    expect(formatList(["Ana", "Léo", "Max"])).toBe("Ana, Léo et Max");
    expect(formatList(["Ana"])).toBe("Ana");
    await inLanguage("en");
    expect(formatList(["Ana", "Léo", "Max"])).toBe("Ana, Léo and Max");
  });
});
