import { describe, expect, it } from "vitest";
import { workshopPhases } from "./formats.js";
import { phaseDescription, phaseName, workshopPhaseNames } from "./phase-names.js";

describe("the workshop phases' names", () => {
  it("gives every phase a name and a one-line description in French and in English", () => {
    for (const language of ["fr", "en"] as const) {
      expect(Object.keys(workshopPhaseNames[language]).sort()).toEqual([...workshopPhases].sort());
      for (const phase of workshopPhases) {
        expect(phaseName(language, phase).trim()).not.toBe("");
        expect(phaseDescription(language, phase).trim()).not.toBe("");
        expect(phaseDescription(language, phase)).not.toContain("\n");
      }
      // Two phases with one name could not be told apart in an agenda.
      expect(new Set(workshopPhases.map((phase) => phaseName(language, phase))).size).toBe(workshopPhases.length);
    }
  });

  it("names the phases as the live room does, never with the old agenda words", () => {
    expect(workshopPhases.map((phase) => phaseName("fr", phase))).toEqual([
      "Ouverture",
      "Écriture silencieuse",
      "Partage",
      "Regroupement",
      "Placement sur le parcours",
      "Priorisation",
      "Clôture",
    ]);
    expect(workshopPhases.map((phase) => phaseName("en", phase))).toEqual([
      "Opening",
      "Silent writing",
      "Sharing",
      "Clustering",
      "Placing on the journey",
      "Prioritisation",
      "Closing",
    ]);
  });

  it("falls back to French for any other language", () => {
    expect(phaseName(undefined, "divergence")).toBe("Écriture silencieuse");
    expect(phaseName("de", "convergence")).toBe("Regroupement");
  });
});
