/**
 * The building blocks of the built-in journey templates. A template is written once, with its
 * French and English text side by side (`t(fr, en)`), and turned into a JourneyDocument for one
 * locale by `buildDocument`: refs, channels, involvements, emotions and links are shared by both
 * languages, so the two versions cannot drift apart structurally.
 */
import type { CellFields, channels, DocumentCell, JourneyDocument } from "../../../../shared/journeys/document.js";
import { seededStakeholderTypes } from "../../stakeholders/index.js";

type Channel = (typeof channels)[number];

export type Locale = "fr" | "en";

/** One piece of text in both languages. */
export interface Text {
  fr: string;
  en: string;
}

export function t(fr: string, en: string): Text {
  return { fr, en };
}

type Emotion = -2 | -1 | 0 | 1 | 2;

type TextField = Exclude<keyof CellFields, "involvement" | "emotion">;

/** What one stakeholder type does, needs, suffers and feels at one step (fields left out are empty). */
export type CellDef = {
  /** A seeded stakeholder key (server/modules/stakeholders/taxonomy.ts), also listed in the template's lanes. */
  who: string;
  involvement: "direct" | "indirect";
  emotion: Emotion | null;
} & Partial<Record<TextField, Text>>;

export interface StepDef {
  ref: string;
  channel: Channel;
  /** The owning service: a seeded staff key, shown with its name in the document's locale. */
  owner: string;
  /** Target delay in hours, or null. */
  targetDelayHours: number | null;
  title: Text;
  description: Text;
  cells: CellDef[];
}

/** A lane cell: `cell(who, involvement, emotion or null, { actions: t(…), painPoints: t(…), … })`. */
export function cell(who: string, involvement: "direct" | "indirect", emotion: Emotion | null, fields: Partial<Record<TextField, Text>>): CellDef {
  return { who, involvement, emotion, ...fields };
}

/** A step: `step(ref, channel, owner key, target delay in hours or null, { title, description, cells })`. */
export function step(
  ref: string,
  channel: Channel,
  owner: string,
  targetDelayHours: number | null,
  content: { title: Text; description: Text; cells: CellDef[] },
): StepDef {
  return { ref, channel, owner, targetDelayHours, ...content };
}

export interface StageDef {
  ref: string;
  title: Text;
  steps: StepDef[];
}

export interface LinkDef {
  ref: string;
  /** [stepRef, stakeholder key] */
  from: [string, string];
  to: [string, string];
  sign: 1 | -1;
  weight: 1 | 2 | 3;
  sentence: Text;
}

export interface TemplateDef {
  title: Text;
  description: Text;
  /** The lanes, in display order: seeded stakeholder keys. */
  lanes: string[];
  stages: StageDef[];
  links: LinkDef[];
}

/** The template as a journey document in one locale. Throws on a lane that is not a seeded stakeholder key. */
export function buildDocument(def: TemplateDef, locale: Locale): JourneyDocument {
  const stakeholders = def.lanes.map((key) => {
    const seed = seededStakeholderTypes.find((type) => type.key === key);
    if (!seed) throw new Error(`Unknown stakeholder key in a journey template: ${key}`);
    return { ref: seed.key, name: seed[locale], category: seed.category };
  });
  const serviceName = (key: string): string => {
    const seed = seededStakeholderTypes.find((type) => type.key === key && type.category === "staff");
    if (!seed) throw new Error(`Unknown owner service in a journey template: ${key}`);
    return seed[locale];
  };
  const cells: DocumentCell[] = def.stages.flatMap((stage) =>
    stage.steps.flatMap((step) =>
      step.cells.map((def): DocumentCell => {
        const text = (field: TextField): string => def[field]?.[locale] ?? "";
        return {
          stepRef: step.ref,
          stakeholderRef: def.who,
          involvement: def.involvement,
          actions: text("actions"),
          needsFunctional: text("needsFunctional"),
          needsEmotional: text("needsEmotional"),
          needsRelational: text("needsRelational"),
          constraintsTechnical: text("constraintsTechnical"),
          constraintsBudget: text("constraintsBudget"),
          constraintsTime: text("constraintsTime"),
          emotion: def.emotion,
          painPoints: text("painPoints"),
          opportunities: text("opportunities"),
          evidence: text("evidence"),
        };
      }),
    ),
  );
  return {
    format: "tutti.journey.v1",
    title: def.title[locale],
    description: def.description[locale],
    locale,
    stakeholders,
    stages: def.stages.map((stage) => ({
      ref: stage.ref,
      title: stage.title[locale],
      steps: stage.steps.map((step) => ({
        ref: step.ref,
        title: step.title[locale],
        channel: step.channel,
        ownerService: serviceName(step.owner),
        description: step.description[locale],
        targetDelayHours: step.targetDelayHours,
        momentOfTruth: "auto",
      })),
    })),
    cells,
    links: def.links.map((link) => ({
      ref: link.ref,
      from: { stepRef: link.from[0], stakeholderRef: link.from[1] },
      to: { stepRef: link.to[0], stakeholderRef: link.to[1] },
      sign: link.sign,
      weight: link.weight,
      sentence: link.sentence[locale],
    })),
  };
}
