/** The cells of a journey as CSV (one row per step × stakeholder), for spreadsheets. */
import { stringify } from "csv-stringify/sync";
import type { JourneyDocument } from "../../../shared/journeys/document.js";
import { type CsvSeparator, csvDelimiters } from "../../../shared/schemas/csv.js";

const headers = {
  fr: [
    "Phase",
    "Point de contact",
    "Partie prenante",
    "Implication",
    "Actions",
    "Besoins fonctionnels",
    "Besoins émotionnels",
    "Besoins relationnels",
    "Contraintes techniques",
    "Contraintes budgétaires",
    "Contraintes de temps",
    "Émotion (−2 à +2)",
    "Irritants",
    "Opportunités",
    "Preuves",
  ],
  en: [
    "Stage",
    "Touchpoint",
    "Stakeholder",
    "Involvement",
    "Actions",
    "Functional needs",
    "Emotional needs",
    "Relational needs",
    "Technical constraints",
    "Budget constraints",
    "Time constraints",
    "Emotion (−2 to +2)",
    "Pain points",
    "Opportunities",
    "Evidence",
  ],
};
const involvementLabels = { fr: { direct: "directe", indirect: "indirecte", none: "aucune" }, en: { direct: "direct", indirect: "indirect", none: "none" } };

export function cellsCsv(doc: JourneyDocument, locale: "fr" | "en", separator: CsvSeparator = "comma"): string {
  const stakeholders = new Map(doc.stakeholders.map((s) => [s.ref, s.name]));
  const cells = new Map(doc.cells.map((c) => [`${c.stepRef}|${c.stakeholderRef}`, c]));
  const rows: string[][] = [];
  for (const stage of doc.stages) {
    for (const step of stage.steps) {
      for (const stakeholder of doc.stakeholders) {
        const cell = cells.get(`${step.ref}|${stakeholder.ref}`);
        if (!cell) continue;
        rows.push([
          stage.title,
          step.title,
          stakeholders.get(stakeholder.ref) ?? "",
          involvementLabels[locale][cell.involvement],
          cell.actions,
          cell.needsFunctional,
          cell.needsEmotional,
          cell.needsRelational,
          cell.constraintsTechnical,
          cell.constraintsBudget,
          cell.constraintsTime,
          cell.emotion === null ? "" : String(cell.emotion),
          cell.painPoints,
          cell.opportunities,
          cell.evidence,
        ]);
      }
    }
  }
  // A byte-order mark so that spreadsheet programs read the accents right.
  return `\uFEFF${stringify([headers[locale], ...rows], { delimiter: csvDelimiters[separator], escape_formulas: true })}`;
}
