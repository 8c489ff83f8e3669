/**
 * Test support for the journey logic (imported by `*.test.ts` only; never by application code,
 * since it depends on the fast-check dev dependency).
 *
 * - `makeJourney`, `makeCell`, `makeStep`, `makeLink`, `makeAdmissionJourney`: concise hand-built documents.
 * - `journeyArb`: fast-check arbitrary of referentially valid documents (what `parseJourney`
 *   accepts): unique refs per kind, step refs unique across stages, every cell and link end naming
 *   an existing step and stakeholder, at most one cell per (step, stakeholder). Refs come mostly
 *   from a small alphabet so that two independent documents share many refs (useful for diffs);
 *   texts include arbitrary UTF-16 (lone surrogates too) to stress JSON round trips.
 */
import fc from "fast-check";
import {
  type CellFields,
  channels,
  type DocumentCell,
  type DocumentLink,
  type DocumentStage,
  type DocumentStakeholder,
  type DocumentStep,
  emptyCellFields,
  involvements,
  type JourneyDocument,
  stakeholderCategories,
} from "./document.js";
import { cellKey } from "./order.js";

export function makeStep(ref: string, overrides: Partial<DocumentStep> = {}): DocumentStep {
  return { ref, title: `Step ${ref}`, channel: "digital", ownerService: "", description: "", targetDelayHours: null, momentOfTruth: "auto", ...overrides };
}

export function makeCell(stepRef: string, stakeholderRef: string, fields: Partial<CellFields> = {}): DocumentCell {
  return { stepRef, stakeholderRef, ...emptyCellFields, ...fields };
}

export function makeLink(ref: string, from: string, to: string, sign: 1 | -1 = 1, weight: 1 | 2 | 3 = 3): DocumentLink {
  const [fs, fk] = from.split("/") as [string, string];
  const [ts, tk] = to.split("/") as [string, string];
  return { ref, from: { stepRef: fs, stakeholderRef: fk }, to: { stepRef: ts, stakeholderRef: tk }, sign, weight, sentence: "" };
}

export function makeJourney(parts: Partial<JourneyDocument> = {}): JourneyDocument {
  return { format: "tutti.journey.v1", title: "Test", description: "", locale: "fr", stakeholders: [], stages: [], cells: [], links: [], ...parts };
}

/**
 * An admission journey with two lanes (apprentice `L`, registrar's office `S`) and two stages:
 * `A` "Candidature" with the given steps, `B` "Admission" with step `b1`. Tests add their cells and links.
 */
export function makeAdmissionJourney(candidatureSteps: DocumentStep[], parts: Pick<JourneyDocument, "cells" | "links">): JourneyDocument {
  return makeJourney({
    stakeholders: [
      { ref: "L", name: "Apprenti·e", category: "learner" },
      { ref: "S", name: "Scolarité", category: "staff" },
    ],
    stages: [
      { ref: "A", title: "Candidature", steps: candidatureSteps },
      { ref: "B", title: "Admission", steps: [makeStep("b1")] },
    ],
    ...parts,
  });
}

const refArb = fc.oneof(
  { arbitrary: fc.constantFrom("a", "b", "c", "d", "e", "f"), weight: 4 },
  { arbitrary: fc.string({ minLength: 1, maxLength: 4 }), weight: 1 },
);
const textArb = fc.oneof(fc.constant(""), fc.constantFrom("x", "y"), fc.string({ maxLength: 8, unit: "binary" }));
const nameArb = fc.oneof(fc.constantFrom("A", "B"), fc.string({ minLength: 1, maxLength: 8, unit: "binary" }));

const stakeholderArb: fc.Arbitrary<DocumentStakeholder> = fc.record({ ref: refArb, name: nameArb, category: fc.constantFrom(...stakeholderCategories) });

const stepArb: fc.Arbitrary<DocumentStep> = fc.record({
  ref: refArb,
  title: nameArb,
  channel: fc.constantFrom(...channels),
  ownerService: textArb,
  description: textArb,
  targetDelayHours: fc.option(fc.integer({ min: 0, max: 24 * 366 }), { nil: null }),
  momentOfTruth: fc.constantFrom("auto" as const, "yes" as const, "no" as const),
});

const stageArb: fc.Arbitrary<DocumentStage> = fc.record({ ref: refArb, title: nameArb, steps: fc.array(stepArb, { maxLength: 4 }) });

export const cellFieldsArb: fc.Arbitrary<CellFields> = fc.record({
  involvement: fc.constantFrom(...involvements),
  actions: textArb,
  needsFunctional: textArb,
  needsEmotional: textArb,
  needsRelational: textArb,
  constraintsTechnical: textArb,
  constraintsBudget: textArb,
  constraintsTime: textArb,
  emotion: fc.option(fc.integer({ min: -2, max: 2 }), { nil: null }),
  painPoints: textArb,
  opportunities: textArb,
  evidence: textArb,
});

const linkSeedArb = fc.record({
  ref: refArb,
  from: fc.nat(),
  to: fc.nat(),
  sign: fc.constantFrom(1 as const, 1 as const, 1 as const, -1 as const),
  weight: fc.constantFrom(1 as const, 2 as const, 3 as const),
  sentence: textArb,
});

export interface JourneyArbOptions {
  maxStakeholders?: number;
  maxStages?: number;
  maxCells?: number;
  maxLinks?: number;
  /** Only with linkRefs "indexed" (link seeds are dropped when the document has no cell pair). */
  minLinks?: number;
  /** "indexed": link refs "l0", "l1"… so that many links survive (denser graphs for the domino). */
  linkRefs?: "arbitrary" | "indexed";
}

export function journeyArb(options: JourneyArbOptions = {}): fc.Arbitrary<JourneyDocument> {
  return fc
    .record({
      title: nameArb,
      description: textArb,
      locale: fc.constantFrom("fr" as const, "en" as const),
      stakeholders: fc.uniqueArray(stakeholderArb, { selector: (s) => s.ref, maxLength: options.maxStakeholders ?? 5 }),
      stages: fc.uniqueArray(stageArb, { selector: (s) => s.ref, maxLength: options.maxStages ?? 4 }),
      cellSeeds: fc.array(fc.record({ at: fc.nat(), fields: cellFieldsArb }), { maxLength: options.maxCells ?? 15 }),
      linkSeeds:
        options.linkRefs === "indexed"
          ? fc
              .array(linkSeedArb, { minLength: options.minLinks ?? 0, maxLength: options.maxLinks ?? 12 })
              .map((links) => links.map((l, i) => ({ ...l, ref: `l${i}` })))
          : fc.uniqueArray(linkSeedArb, { selector: (l) => l.ref, maxLength: options.maxLinks ?? 12 }),
    })
    .map(({ cellSeeds, linkSeeds, stages: rawStages, ...rest }) => {
      const seen = new Set<string>();
      const stages = rawStages.map((stage) => ({
        ...stage,
        steps: stage.steps.filter((step) => !seen.has(step.ref) && seen.add(step.ref)),
      }));
      const steps = stages.flatMap((stage) => stage.steps);
      const pairs = steps.length * rest.stakeholders.length;
      const pairAt = (n: number) => {
        const i = n % pairs;
        return {
          stepRef: (steps[i % steps.length] as DocumentStep).ref,
          stakeholderRef: (rest.stakeholders[Math.floor(i / steps.length)] as DocumentStakeholder).ref,
        };
      };
      const cells: DocumentCell[] = [];
      const taken = new Set<string>();
      const links: DocumentLink[] = [];
      if (pairs > 0) {
        for (const seed of cellSeeds) {
          const at = pairAt(seed.at);
          const key = cellKey(at.stepRef, at.stakeholderRef);
          if (taken.has(key)) continue;
          taken.add(key);
          cells.push({ ...at, ...seed.fields });
        }
        for (const seed of linkSeeds) links.push({ ...seed, from: pairAt(seed.from), to: pairAt(seed.to) });
      }
      return { format: "tutti.journey.v1" as const, ...rest, stages, cells, links };
    });
}
