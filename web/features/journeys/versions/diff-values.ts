/**
 * Words for a diff: names of the stages, steps and stakeholders found in either document, cell
 * labels "Step · Stakeholder", translated field names, and values put in words (involvement,
 * emotion, channel, link effect…).
 */
import type { TFunction } from "i18next";
import type { DocumentLink, JourneyDocument } from "../../../../shared/journeys/document.js";
import { formatNumber } from "../../../lib/format";

export type Names = {
  stage: (ref: string) => string;
  step: (ref: string) => string;
  stakeholder: (ref: string) => string;
  cell: (end: { stepRef: string; stakeholderRef: string }) => string;
  /** A cell key of the diff (the JSON of [stepRef, stakeholderRef]) as "Step · Stakeholder". */
  cellKey: (key: string) => string;
  /** A link as "Step · Stakeholder → Step · Stakeholder" (newer document first). */
  link: (ref: string) => string | undefined;
};

/** Names from the newer document first, then the older one; the ref itself as a last resort. */
export function namesOf(before: JourneyDocument | undefined, after: JourneyDocument | undefined): Names {
  const docs = [after, before].filter((d): d is JourneyDocument => d !== undefined);
  const stages = new Map<string, string>();
  const steps = new Map<string, string>();
  const stakeholders = new Map<string, string>();
  const links = new Map<string, DocumentLink>();
  for (const doc of docs) {
    for (const l of doc.links) if (!links.has(l.ref)) links.set(l.ref, l);
    for (const s of doc.stakeholders) if (!stakeholders.has(s.ref)) stakeholders.set(s.ref, s.name);
    for (const stage of doc.stages) {
      if (!stages.has(stage.ref)) stages.set(stage.ref, stage.title);
      for (const step of stage.steps) if (!steps.has(step.ref)) steps.set(step.ref, step.title);
    }
  }
  const cell = (end: { stepRef: string; stakeholderRef: string }) =>
    `${steps.get(end.stepRef) ?? end.stepRef} · ${stakeholders.get(end.stakeholderRef) ?? end.stakeholderRef}`;
  return {
    stage: (ref) => stages.get(ref) ?? ref,
    step: (ref) => steps.get(ref) ?? ref,
    stakeholder: (ref) => stakeholders.get(ref) ?? ref,
    cell,
    link: (ref) => {
      const l = links.get(ref);
      return l ? `${cell(l.from)} → ${cell(l.to)}` : undefined;
    },
    cellKey: (key) => {
      try {
        const [stepRef, stakeholderRef] = JSON.parse(key) as [string, string];
        return cell({ stepRef, stakeholderRef });
      } catch {
        return key;
      }
    },
  };
}

/** The translated name of a field of a document, stage, step, cell, stakeholder or link. */
export function fieldName(t: TFunction<"journeys">, field: string): string {
  return t(`field.${field}`, { defaultValue: field });
}

const isEnd = (v: unknown): v is { stepRef: string; stakeholderRef: string } =>
  typeof v === "object" && v !== null && "stepRef" in v && "stakeholderRef" in v;

/** A value in words; an empty text or unknown value is shown as "(empty)". */
export function fieldValue(t: TFunction<"journeys">, names: Names, field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") {
    if (field === "emotion") return t("value.emotionUnknown");
    if (field === "targetDelayHours") return t("value.noDelay");
    return t("value.empty");
  }
  switch (field) {
    case "involvement":
    case "channel":
    case "momentOfTruth":
    case "category":
    case "locale":
      return t(`value.${field}.${String(value)}`, { defaultValue: String(value) });
    case "emotion": {
      const n = Number(value);
      return `${n > 0 ? "+" : n < 0 ? "−" : ""}${formatNumber(Math.abs(n))} (${t(`value.emotion.${n}`, { defaultValue: String(n) })})`;
    }
    case "targetDelayHours":
      return t("value.hours", { count: Number(value), n: formatNumber(Number(value)) });
    case "sign":
      return Number(value) > 0 ? t("value.sign.worsens") : t("value.sign.protects");
    case "weight":
      return t(`value.weight.${Number(value)}`, { defaultValue: String(value) });
    case "from":
    case "to":
      return isEnd(value) ? names.cell(value) : String(value);
    default:
      return typeof value === "string" ? value : JSON.stringify(value);
  }
}

/** Whether a value is short enough to show as "before → after" on one line. */
export function isShort(text: string): boolean {
  return text.length <= 60 && !text.includes("\n");
}
