/**
 * A readable diff between two versions of a journey (e.g. two quarterly snapshots).
 *
 * Matching is by identity, never by position: stakeholders, stages, steps and links by `ref`;
 * cells by the pair (stepRef, stakeholderRef), whose `key` is `cellKey(stepRef, stakeholderRef)`.
 * For each kind: `added` (only in `after`), `removed` (only in `before`) and `changed` (in both,
 * with the list of fields whose values differ, each `{ field, before, after }`). Fields compared:
 * - document: title, description, locale;  stakeholders: name, category;  stages: title;
 * - steps: title, channel, ownerService, description, targetDelayHours, momentOfTruth;
 * - cells: every cell field (involvement … evidence);  links: from, to, sign, weight, sentence.
 * Values are compared exactly (deep equality for objects such as a link's `from`).
 * The order of cells and links in the arrays is irrelevant.
 *
 * Order changes are reported separately, as moves:
 * - `moved` (steps): a step in both versions whose stage changed is moved. Within a stage present
 *   in both versions, the steps that stayed in it present in both versions keep a longest common order and the
 *   others are moved — so adding or removing a step moves nothing, and moving one step past
 *   three others reports that one step, not four.
 * - `stakeholders.moved` and `stages.moved`: the same rule over lane order and stage order.
 * Every move gives its position before and after (0-based, in its stage for steps).
 *
 * `isEmpty` is true exactly when nothing above is reported, i.e. when both documents have the same
 * canonical form (`normaliseJourney`). When a ref is duplicated (an invalid document), the first
 * occurrence wins. Labels (titles, names, "step × stakeholder") come from `after` when present.
 */
import {
  type CellFields,
  cellFieldsSchema,
  type DocumentCell,
  type DocumentLink,
  type DocumentStakeholder,
  type DocumentStep,
  type JourneyDocument,
} from "./document.js";
import { cellKey } from "./order.js";
import { reordered } from "./reorder.js";

export type FieldChange = { field: string; before: unknown; after: unknown };

export type DiffItem<T> = { key: string; label: string; item: T };

export type DiffChange = { key: string; label: string; fields: FieldChange[] };

export type DiffMove = { key: string; label: string; before: number; after: number };

export type StepMove = DiffMove & { stageBefore: string; stageAfter: string };

export type KindDiff<T> = { added: DiffItem<T>[]; removed: DiffItem<T>[]; changed: DiffChange[] };

export type StageItem = { ref: string; title: string };

export interface StepItem extends DocumentStep {
  stageRef: string;
}

export interface JourneyDiff {
  document: FieldChange[];
  stakeholders: KindDiff<DocumentStakeholder> & { moved: DiffMove[] };
  stages: KindDiff<StageItem> & { moved: DiffMove[] };
  steps: KindDiff<StepItem>;
  moved: StepMove[];
  cells: KindDiff<DocumentCell>;
  links: KindDiff<DocumentLink>;
  isEmpty: boolean;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  const ka = Object.keys(a);
  const rb = b as Record<string, unknown>;
  const ra = a as Record<string, unknown>;
  return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(rb, k) && deepEqual(ra[k], rb[k]));
}

function compareFields<T extends object>(before: T, after: T, fields: readonly (keyof T & string)[]): FieldChange[] {
  return fields.filter((f) => !deepEqual(before[f], after[f])).map((f) => ({ field: f, before: before[f], after: after[f] }));
}

function byKey<T>(items: readonly T[], key: (t: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(key(item))) map.set(key(item), item);
  return map;
}

function diffKind<T extends object>(
  before: readonly T[],
  after: readonly T[],
  key: (t: T) => string,
  label: (t: T) => string,
  fields: readonly (keyof T & string)[],
): KindDiff<T> {
  const b = byKey(before, key);
  const a = byKey(after, key);
  const out: KindDiff<T> = { added: [], removed: [], changed: [] };
  for (const [k, item] of a) if (!b.has(k)) out.added.push({ key: k, label: label(item), item });
  for (const [k, item] of b) {
    const next = a.get(k);
    if (next === undefined) out.removed.push({ key: k, label: label(item), item });
    else {
      const changes = compareFields(item, next, fields);
      if (changes.length > 0) out.changed.push({ key: k, label: label(next), fields: changes });
    }
  }
  return out;
}

const refOf = (item: { ref: string }) => item.ref;
const STEP_FIELDS = ["title", "channel", "ownerService", "description", "targetDelayHours", "momentOfTruth"] as const;
/** Every cell field, in schema order (involvement … evidence). */
const CELL_FIELDS = Object.keys(cellFieldsSchema.shape) as (keyof CellFields)[];

function stepItems(doc: JourneyDocument): StepItem[] {
  return doc.stages.flatMap((stage) => stage.steps.map((step) => ({ ...step, stageRef: stage.ref })));
}

export function diffJourneys(before: JourneyDocument, after: JourneyDocument): JourneyDiff {
  const names = new Map([...before.stakeholders, ...after.stakeholders].map((s) => [s.ref, s.name]));
  const titles = new Map(
    stepItems(before)
      .concat(stepItems(after))
      .map((s) => [s.ref, s.title]),
  );
  const cellLabel = (c: { stepRef: string; stakeholderRef: string }) =>
    `${titles.get(c.stepRef) ?? c.stepRef} × ${names.get(c.stakeholderRef) ?? c.stakeholderRef}`;

  const stakeholders = diffKind(
    before.stakeholders,
    after.stakeholders,
    (s) => s.ref,
    (s) => s.name,
    ["name", "category"],
  );
  const stageItem = (s: { ref: string; title: string }): StageItem => ({ ref: s.ref, title: s.title });
  const stages = diffKind(before.stages.map(stageItem), after.stages.map(stageItem), refOf, (s) => s.title, ["title"]);
  const stepsBefore = stepItems(before);
  const stepsAfter = stepItems(after);
  const steps = diffKind(stepsBefore, stepsAfter, refOf, (s) => s.title, STEP_FIELDS);
  const cells = diffKind(before.cells, after.cells, (c) => cellKey(c.stepRef, c.stakeholderRef), cellLabel, CELL_FIELDS);
  const linkLabel = (l: DocumentLink) => l.sentence || `${cellLabel(l.from)} → ${cellLabel(l.to)}`;
  const links = diffKind(before.links, after.links, refOf, linkLabel, ["from", "to", "sign", "weight", "sentence"]);

  const stageTitles = new Map([...before.stages, ...after.stages].map((s) => [s.ref, s.title]));
  const asMove = (labels: Map<string, string>) => (m: { ref: string; before: number; after: number }) => ({
    key: m.ref,
    label: labels.get(m.ref) ?? m.ref,
    before: m.before,
    after: m.after,
  });
  const refs = (items: readonly { ref: string }[]) => items.map(refOf);
  const stakeholderMoves = reordered(refs(before.stakeholders), refs(after.stakeholders)).map(asMove(names));
  const stageMoves = reordered(refs(before.stages), refs(after.stages)).map(asMove(stageTitles));

  const placeBefore = byKey(stepsBefore, refOf);
  const placeAfter = byKey(stepsAfter, refOf);
  const indexIn = (doc: JourneyDocument, stageRef: string, ref: string) =>
    doc.stages.find((s) => s.ref === stageRef)?.steps.findIndex((s) => s.ref === ref) ?? -1;
  const stepMove = (ref: string, stageBefore: string, stageAfter: string): StepMove => ({
    key: ref,
    label: titles.get(ref) ?? ref,
    stageBefore,
    stageAfter,
    before: indexIn(before, stageBefore, ref),
    after: indexIn(after, stageAfter, ref),
  });
  const moved: StepMove[] = [];
  for (const stage of after.stages) {
    const stayed = (ref: string) => placeBefore.get(ref)?.stageRef === stage.ref && placeAfter.get(ref)?.stageRef === stage.ref;
    for (const step of stage.steps) {
      const was = placeBefore.get(step.ref)?.stageRef;
      if (was !== undefined && was !== stage.ref && placeAfter.get(step.ref)?.stageRef === stage.ref) moved.push(stepMove(step.ref, was, stage.ref));
    }
    const old = before.stages.find((s) => s.ref === stage.ref);
    if (!old) continue;
    for (const m of reordered(refs(old.steps).filter(stayed), refs(stage.steps).filter(stayed))) moved.push(stepMove(m.ref, stage.ref, stage.ref));
  }

  const document = compareFields(before, after, ["title", "description", "locale"]);
  const kinds = [stakeholders, stages, steps, cells, links];
  const isEmpty =
    document.length === 0 &&
    moved.length === 0 &&
    stakeholderMoves.length === 0 &&
    stageMoves.length === 0 &&
    kinds.every((k) => k.added.length === 0 && k.removed.length === 0 && k.changed.length === 0);
  return {
    document,
    stakeholders: { ...stakeholders, moved: stakeholderMoves },
    stages: { ...stages, moved: stageMoves },
    steps,
    moved,
    cells,
    links,
    isEmpty,
  };
}

export interface DiffCounts {
  added: number;
  removed: number;
  changed: number;
  moved: number;
}

export interface DiffSummary {
  document: number;
  stakeholders: DiffCounts;
  stages: DiffCounts;
  steps: DiffCounts;
  cells: DiffCounts;
  links: DiffCounts;
  /** Everything above added up (a changed item counts once, whatever its number of fields). */
  total: number;
}

/** Counts per kind; steps' `moved` counts `diff.moved`, cells and links never move. */
export function summariseDiff(diff: JourneyDiff): DiffSummary {
  const count = (k: KindDiff<unknown>, moved: number): DiffCounts => ({ added: k.added.length, removed: k.removed.length, changed: k.changed.length, moved });
  const kinds = {
    stakeholders: count(diff.stakeholders, diff.stakeholders.moved.length),
    stages: count(diff.stages, diff.stages.moved.length),
    steps: count(diff.steps, diff.moved.length),
    cells: count(diff.cells, 0),
    links: count(diff.links, 0),
  };
  const total = Object.values(kinds).reduce((sum, c) => sum + c.added + c.removed + c.changed + c.moved, diff.document.length);
  return { document: diff.document.length, ...kinds, total };
}
