import i18n from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import en from "./locales/en.json";
import fr from "./locales/fr.json";
import { heldWhen } from "./minutes-when";

describe("when the minutes say the workshop took place", () => {
  beforeAll(() => i18n.init({ lng: "fr", resources: { fr: { workshops: fr }, en: { workshops: en } }, interpolation: { escapeValue: false } }));
  const t = () => i18n.getFixedT(i18n.language, "workshops");

  it("gives the day it ran, not the day it was planned", async () => {
    await i18n.changeLanguage("fr");
    const moved = heldWhen({ scheduledAt: "2026-03-10T08:30:00Z", startedAt: "2026-03-12T08:35:00Z" }, t());
    expect(moved).toMatch(/^Tenu le 12 mars 2026.*\(prévu le 10 mars 2026\)$/);
    const onTime = heldWhen({ scheduledAt: "2026-03-12T08:30:00Z", startedAt: "2026-03-12T08:35:00Z" }, t());
    expect(onTime).toMatch(/^Tenu le 12 mars 2026/);
    expect(onTime).not.toContain("prévu");
  });

  it("says it is planned while it has not run, in the interface language", async () => {
    await i18n.changeLanguage("en");
    expect(heldWhen({ scheduledAt: "2026-03-10T08:30:00Z", startedAt: null }, t())).toMatch(/^Planned for 10 Mar 2026/);
    expect(heldWhen({ scheduledAt: null, startedAt: null }, t())).toBeNull();
  });
});
