/**
 * Built-in journey templates from the domain (PRODUCT.md B): online admission, course planning
 * with external teachers, internship and apprenticeship, RNCP certification, alumni. Each one is a
 * JourneyDocument in French or English, ready to import; lanes use the seeded stakeholder keys.
 */
import type { JourneyDocument } from "../../../../shared/journeys/document.js";
import { alumni } from "./alumni.js";
import { coursePlanning } from "./course-planning.js";
import { buildDocument, type Locale, type TemplateDef } from "./define.js";
import { internshipApprenticeship } from "./internship-apprenticeship.js";
import { onlineAdmission } from "./online-admission.js";
import { rncpCertification } from "./rncp-certification.js";

export const journeyTemplateKeys = ["online-admission", "course-planning", "internship-apprenticeship", "rncp-certification", "alumni"] as const;
export type JourneyTemplateKey = (typeof journeyTemplateKeys)[number];

const templates: Record<JourneyTemplateKey, TemplateDef> = {
  "online-admission": onlineAdmission,
  "course-planning": coursePlanning,
  "internship-apprenticeship": internshipApprenticeship,
  "rncp-certification": rncpCertification,
  alumni,
};

export function isJourneyTemplateKey(key: string): key is JourneyTemplateKey {
  return (journeyTemplateKeys as readonly string[]).includes(key);
}

/** The template as a new document in the given locale; null for an unknown key. */
export function journeyTemplate(key: string, locale: Locale): JourneyDocument | null {
  return isJourneyTemplateKey(key) ? buildDocument(templates[key], locale) : null;
}

export interface JourneyTemplateSummary {
  key: JourneyTemplateKey;
  title: string;
  description: string;
  stageCount: number;
  stepCount: number;
}

export function listJourneyTemplates(locale: Locale): JourneyTemplateSummary[] {
  return journeyTemplateKeys.map((key) => {
    const def = templates[key];
    return {
      key,
      title: def.title[locale],
      description: def.description[locale],
      stageCount: def.stages.length,
      stepCount: def.stages.reduce((count, stage) => count + stage.steps.length, 0),
    };
  });
}
