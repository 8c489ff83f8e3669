import { describe, expect, it } from "vitest";
import { type JourneyDocument, journeyDocumentSchema } from "../../../../shared/journeys/document.js";
import { findMomentsOfTruth } from "../../../../shared/journeys/moments-of-truth.js";
import { journeyTemplate, journeyTemplateKeys, listJourneyTemplates } from "./index.js";
import { seededStakeholderTypes } from "../../stakeholders/index.js";

const locales = ["fr", "en"] as const;

function load(key: string, locale: "fr" | "en"): JourneyDocument {
  const doc = journeyTemplate(key, locale);
  if (!doc) throw new Error(`missing template ${key}`);
  return doc;
}

const steps = (doc: JourneyDocument) => doc.stages.flatMap((stage) => stage.steps);

function findStep(doc: JourneyDocument, ref: string) {
  const found = steps(doc).find((step) => step.ref === ref);
  if (!found) throw new Error(`missing step ${ref}`);
  return found;
}

/** Everything but the human text: refs, channels, delays, involvements, emotions, links. */
function structure(doc: JourneyDocument) {
  return {
    stakeholders: doc.stakeholders.map(({ ref, category }) => ({ ref, category })),
    stages: doc.stages.map((stage) => ({
      ref: stage.ref,
      steps: stage.steps.map(({ ref, channel, targetDelayHours, momentOfTruth }) => ({ ref, channel, targetDelayHours, momentOfTruth })),
    })),
    cells: doc.cells.map((cell) => ({
      stepRef: cell.stepRef,
      stakeholderRef: cell.stakeholderRef,
      involvement: cell.involvement,
      emotion: cell.emotion,
      filled: Object.entries(cell)
        .filter(([, value]) => typeof value === "string" && value !== "")
        .map(([field]) => field),
    })),
    links: doc.links.map(({ ref, from, to, sign, weight }) => ({ ref, from, to, sign, weight })),
  };
}

/** Every text written by the template (stakeholder and service names come from the taxonomy), in a stable order. */
function texts(doc: JourneyDocument): string[] {
  const textFields = [
    "actions",
    "needsFunctional",
    "needsEmotional",
    "needsRelational",
    "constraintsTechnical",
    "constraintsBudget",
    "constraintsTime",
    "painPoints",
    "opportunities",
    "evidence",
  ] as const;
  return [
    doc.title,
    doc.description,
    ...doc.stages.flatMap((stage) => [stage.title, ...stage.steps.flatMap((step) => [step.title, step.description])]),
    ...doc.cells.flatMap((cell) => textFields.map((field) => cell[field])),
    ...doc.links.map((link) => link.sentence),
  ];
}

describe("journey templates", () => {
  it("lists the five domain templates with their counts", () => {
    expect(journeyTemplateKeys).toEqual(["online-admission", "course-planning", "internship-apprenticeship", "rncp-certification", "alumni"]);
    for (const locale of locales) {
      const list = listJourneyTemplates(locale);
      expect(list.map((item) => item.key)).toEqual([...journeyTemplateKeys]);
      for (const item of list) {
        const doc = load(item.key, locale);
        expect(item.title).toBe(doc.title);
        expect(item.description).toBe(doc.description);
        expect(item.stageCount).toBe(doc.stages.length);
        expect(item.stepCount).toBe(steps(doc).length);
      }
    }
  });

  it("returns null for an unknown key, including inherited object keys", () => {
    expect(journeyTemplate("nope", "fr")).toBeNull();
    expect(journeyTemplate("toString", "en")).toBeNull();
    expect(journeyTemplate("__proto__", "fr")).toBeNull();
  });

  it("returns a fresh document on every call", () => {
    const first = load("alumni", "fr");
    first.stages.length = 0;
    expect(load("alumni", "fr").stages.length).toBeGreaterThan(0);
  });

  for (const key of journeyTemplateKeys) {
    describe(key, () => {
      for (const locale of locales) {
        it(`parses as a ${locale} journey document of the expected size`, () => {
          const doc = load(key, locale);
          expect(journeyDocumentSchema.parse(doc)).toEqual(doc);
          expect(doc.format).toBe("tutti.journey.v1");
          expect(doc.locale).toBe(locale);
          expect(doc.description.length).toBeGreaterThan(50);
          expect(doc.stages.length).toBeGreaterThanOrEqual(4);
          expect(doc.stages.length).toBeLessThanOrEqual(6);
          expect(steps(doc).length).toBeGreaterThanOrEqual(10);
          expect(steps(doc).length).toBeLessThanOrEqual(16);
          expect(doc.stakeholders.length).toBeGreaterThanOrEqual(5);
          expect(doc.stakeholders.length).toBeLessThanOrEqual(8);
          expect(doc.links.length).toBeGreaterThanOrEqual(3);
          expect(doc.links.length).toBeLessThanOrEqual(6);
        });

        it(`has consistent refs in ${locale}`, () => {
          const doc = load(key, locale);
          const stepRefs = steps(doc).map((step) => step.ref);
          const stakeholderRefs = doc.stakeholders.map((s) => s.ref);
          const unique = (values: string[]) => new Set(values).size === values.length;
          expect(unique(doc.stages.map((stage) => stage.ref))).toBe(true);
          expect(unique(stepRefs)).toBe(true);
          expect(unique(stakeholderRefs)).toBe(true);
          expect(unique(doc.links.map((link) => link.ref))).toBe(true);
          expect(unique(doc.cells.map((cell) => `${cell.stepRef}|${cell.stakeholderRef}`))).toBe(true);
          for (const stage of doc.stages) expect(stage.ref).toMatch(/^stage\.[a-z-]+$/);
          for (const ref of stepRefs) expect(ref).toMatch(/^step\.[a-z-]+$/);

          for (const cell of doc.cells) {
            expect(stepRefs, `cell step ${cell.stepRef}`).toContain(cell.stepRef);
            expect(stakeholderRefs, `cell stakeholder ${cell.stakeholderRef}`).toContain(cell.stakeholderRef);
            expect(cell.involvement).not.toBe("none");
            expect(cell.actions).not.toBe("");
          }
          const cellKeys = new Set(doc.cells.map((cell) => `${cell.stepRef}|${cell.stakeholderRef}`));
          for (const link of doc.links) {
            for (const end of [link.from, link.to]) {
              expect(stepRefs).toContain(end.stepRef);
              expect(stakeholderRefs).toContain(end.stakeholderRef);
              expect(cellKeys.has(`${end.stepRef}|${end.stakeholderRef}`), `link ${link.ref} end has a cell`).toBe(true);
            }
            expect(link.sentence.length).toBeGreaterThan(20);
          }
          for (const step of steps(doc)) {
            expect(step.ownerService).not.toBe("");
            expect(
              doc.cells.some((cell) => cell.stepRef === step.ref),
              `step ${step.ref} has cells`,
            ).toBe(true);
          }
          for (const ref of stakeholderRefs)
            expect(
              doc.cells.some((cell) => cell.stakeholderRef === ref),
              `lane ${ref} is used`,
            ).toBe(true);
        });

        it(`uses seeded stakeholder types with their ${locale} names and categories`, () => {
          const doc = load(key, locale);
          for (const stakeholder of doc.stakeholders) {
            const seed = seededStakeholderTypes.find((type) => type.key === stakeholder.ref);
            expect(seed, stakeholder.ref).toBeDefined();
            expect(stakeholder.category).toBe(seed?.category);
            expect(stakeholder.name).toBe(seed?.[locale]);
          }
        });
      }

      it("has the same structure and different text in fr and en", () => {
        const fr = load(key, "fr");
        const en = load(key, "en");
        expect(structure(en)).toEqual(structure(fr));
        const frTexts = texts(fr);
        const enTexts = texts(en);
        expect(enTexts.length).toBe(frTexts.length);
        frTexts.forEach((text, index) => {
          if (text === "") expect(enTexts[index]).toBe("");
          else expect(enTexts[index], text).not.toBe(text);
        });
      });

      it("has at least one moment of truth found by the rule", () => {
        const doc = load(key, "fr");
        const moments = findMomentsOfTruth(doc).filter((moment) => moment.isMomentOfTruth);
        expect(moments.length).toBeGreaterThanOrEqual(1);
        for (const moment of moments) expect(moment.source).toBe("rule");
      });
    });
  }

  it("acknowledges an application within 24 hours", () => {
    for (const locale of locales) expect(findStep(load("online-admission", locale), "step.acknowledge").targetDelayHours).toBe(24);
  });

  it("shares the timetable with external teachers about six months ahead", () => {
    for (const locale of locales) {
      const doc = load("course-planning", locale);
      expect(findStep(doc, "step.timetable").targetDelayHours).toBeGreaterThanOrEqual(24 * 180);
      expect(findMomentsOfTruth(doc).find((moment) => moment.stepRef === "step.timetable")?.isMomentOfTruth).toBe(true);
      expect(
        doc.links.some(
          (link) => link.from.stepRef === "step.timetable" && link.from.stakeholderRef === "teacher.external" && link.to.stakeholderRef === "learner.current",
        ),
      ).toBe(true);
    }
  });
});
