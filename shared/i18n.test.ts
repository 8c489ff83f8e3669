import { describe, expect, it } from "vitest";
import { defaultTimeZone, localeTag } from "./i18n.js";

describe("localeTag", () => {
  it("maps English to British English and everything else to the default, French of France", () => {
    expect(localeTag("en")).toBe("en-GB");
    expect(localeTag("fr")).toBe("fr-FR");
    expect(localeTag(undefined)).toBe("fr-FR");
    expect(localeTag("")).toBe("fr-FR");
    expect(localeTag("en-US")).toBe("fr-FR");
  });
});

describe("defaultTimeZone", () => {
  it("is a time zone Intl knows", () => {
    expect(new Intl.DateTimeFormat("en-GB", { timeZone: defaultTimeZone }).resolvedOptions().timeZone).toBe("Europe/Paris");
  });
});
