/**
 * A workshop phase's name and one-line description in the interface language, from the one source
 * (shared/workshops/phase-names.ts): the workshop pages and the minutes read them here, never from a
 * locale file.
 */
import i18n from "i18next";
import type { WorkshopPhase } from "../../../shared/workshops/formats.js";
import { phaseDescription as describe, phaseName as name } from "../../../shared/workshops/phase-names.js";

/** "Écriture silencieuse" (French) or "Silent writing" (English) for divergence. */
export function phaseName(phase: WorkshopPhase): string {
  return name(i18n.language, phase);
}

/** What happens in the phase, in one line, in the interface language. */
export function phaseDescription(phase: WorkshopPhase): string {
  return describe(i18n.language, phase);
}
