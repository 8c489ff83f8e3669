/**
 * The names people read for the workshop phases, and one line saying what happens in each: the one
 * source for the live room, the agenda editor, the minutes (page and PDF), the e-mails and the .ics.
 * They are the live room's words ("Écriture silencieuse", not "Divergence"); the code keeps its
 * identifiers (workshopPhases in formats.ts). docs/workshops.md lists them.
 */
import type { WorkshopPhase } from "./formats.js";

export type PhaseLanguage = "fr" | "en";
export type PhaseText = { name: string; description: string };

export const workshopPhaseNames: Record<PhaseLanguage, Record<WorkshopPhase, PhaseText>> = {
  fr: {
    opening: { name: "Ouverture", description: "On se présente, on rappelle l'objectif et les règles de l'atelier." },
    divergence: {
      name: "Écriture silencieuse",
      description: "Chacun écrit ses idées en silence, une idée par post-it. Personne ne voit les post-it des autres.",
    },
    sharing: { name: "Partage", description: "L'animatrice révèle les post-it : chacun présente les siens." },
    convergence: {
      name: "Regroupement",
      description: "Rassemblez les post-it qui parlent de la même chose et donnez un nom à chaque regroupement.",
    },
    consolidation: {
      name: "Placement sur le parcours",
      description: "Placez chaque regroupement sur le parcours : à quel point de contact, pour quelle partie prenante.",
    },
    prioritisation: {
      name: "Priorisation",
      description: "Choisissez ensemble ce qui compte le plus : gommettes, matrice impact / effort, notes par critère.",
    },
    closing: { name: "Clôture", description: "Décisions, actions avec un responsable et une date, et un mot ou deux chacun pour finir." },
  },
  en: {
    opening: { name: "Opening", description: "Introductions, the objective and the rules of the workshop." },
    divergence: { name: "Silent writing", description: "Everyone writes their ideas in silence, one idea per note. Nobody sees anyone else's notes." },
    sharing: { name: "Sharing", description: "The facilitator reveals the notes: each person presents theirs." },
    convergence: { name: "Clustering", description: "Gather the notes that say the same thing and give each cluster a name." },
    consolidation: { name: "Placing on the journey", description: "Place each cluster on the journey: at which touchpoint, for which stakeholder." },
    prioritisation: {
      name: "Prioritisation",
      description: "Choose together what matters most: dot voting, impact–effort matrix, scores per criterion.",
    },
    closing: { name: "Closing", description: "Decisions, actions with an owner and a date, and a word or two each to finish." },
  },
};

const phaseLanguage = (language: string | null | undefined): PhaseLanguage => (language === "en" ? "en" : "fr");

/** "Écriture silencieuse" for divergence in French (the default), "Silent writing" in English. */
export function phaseName(language: string | null | undefined, phase: WorkshopPhase): string {
  return workshopPhaseNames[phaseLanguage(language)][phase].name;
}

/** What happens in the phase, in one line. */
export function phaseDescription(language: string | null | undefined, phase: WorkshopPhase): string {
  return workshopPhaseNames[phaseLanguage(language)][phase].description;
}
