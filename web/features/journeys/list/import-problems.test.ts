import i18n from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { checkJourneyFile, importProblemCodes } from "../../../../shared/journeys/import-problems.js";
import { buildSampleJourney } from "../../../../shared/journeys/fixtures.js";
import en from "../locales/en.json";
import fr from "../locales/fr.json";
import { describePath, describeProblem } from "./import-problems";

describe("the problems of an imported journey file, as people read them", () => {
  beforeAll(() => i18n.init({ lng: "fr", resources: { fr: { journeys: fr }, en: { journeys: en } }, interpolation: { escapeValue: false } }));
  const t = () => i18n.getFixedT(i18n.language, "journeys");

  it("says in French what is wrong, where, and what to do — with the limit — never zod's English", async () => {
    await i18n.changeLanguage("fr");
    const doc = structuredClone(buildSampleJourney());
    const step = doc.stages[0]?.steps[0];
    if (!step) throw new Error("sample journey without steps");
    step.title = "x".repeat(201);
    const result = checkJourneyFile(JSON.stringify(doc));
    if (result.ok) throw new Error("expected a problem");
    const [problem] = result.problems;
    if (!problem) throw new Error("expected a problem");
    expect(describeProblem(t(), problem, result.raw)).toBe("trop long (200 caractères au plus) : raccourcissez le texte");
    expect(describePath(t(), problem.path, result.raw)).toMatch(/^Phase n° 1 « .+ » › Point de contact n° 1 « x+ » › Titre$/);
  });

  it("reads the reference a server's code names from the file (in English here)", async () => {
    await i18n.changeLanguage("en");
    const raw = { cells: [{ stepRef: "ghost" }] };
    expect(describeProblem(t(), { path: "body.document.cells[0].stepRef", code: "unknown_step" }, raw)).toBe(
      "unknown touchpoint “ghost”: correct the reference or add this touchpoint",
    );
  });

  it("has a sentence for every code in French and English", async () => {
    for (const language of ["fr", "en"]) {
      await i18n.changeLanguage(language);
      for (const code of importProblemCodes.filter((c) => c !== "too_large")) {
        expect(i18n.exists(`import.problem.${code}`, { ns: "journeys" }), `${language} ${code}`).toBe(true);
      }
    }
  });
});
