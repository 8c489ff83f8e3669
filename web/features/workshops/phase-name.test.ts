/** The web app reads the phases' names from the one source; no locale file keeps a copy of its own. */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import i18n from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { workshopPhaseNames } from "../../../shared/workshops/phase-names.js";
import { phaseDescription, phaseName } from "./phase-name";

const webDir = fileURLToPath(new URL("../../", import.meta.url));

/** Every locale file of the web app (web/locales and each feature's locales folder). */
function localeFiles(dir = webDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : localeFiles(path);
    return dir.endsWith("locales") && entry.name.endsWith(".json") ? [path] : [];
  });
}
const readJson = (path: string) => JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;

describe("phase names in the web app", () => {
  beforeAll(() => i18n.init({ lng: "fr", resources: {} }));

  it("follows the interface language", async () => {
    await i18n.changeLanguage("fr");
    expect(phaseName("divergence")).toBe("Écriture silencieuse");
    await i18n.changeLanguage("en");
    expect(phaseName("divergence")).toBe("Silent writing");
    expect(phaseDescription("convergence")).toBe(workshopPhaseNames.en.convergence.description);
  });

  it("has no second vocabulary in any locale file", () => {
    const files = localeFiles();
    expect(files.map((f) => relative(webDir, f))).toContain(join("features", "workshops", "locales", "fr.json"));
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      expect(text, relative(webDir, file)).not.toMatch(/\b(Divergence|Convergence|Consolidation)\b/);
    }
    for (const language of ["fr", "en"]) {
      expect(readJson(join(webDir, "features", "workshops", "locales", `${language}.json`))).not.toHaveProperty("phases");
      const live = readJson(join(webDir, "features", "workshops", "live", "locales", `${language}.json`));
      expect(live).not.toHaveProperty("phases");
      expect(live).not.toHaveProperty("phaseHelp");
    }
  });
});
