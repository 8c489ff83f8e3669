/**
 * Reading and writing a journey document as JSON (export/import, version snapshots).
 *
 * Canonical form (`normaliseJourney`), so that the same journey always gives the same bytes:
 * - keys in a fixed order: the order of the fields in `document.ts`; unknown keys are dropped;
 * - stakeholders in lane order and stages, with their steps, in journey order (both are
 *   meaningful, so they are kept as they are);
 * - cells sorted by (journey position of the step, lane position of the stakeholder); cells whose
 *   step or stakeholder is unknown come last, by step ref then stakeholder ref;
 * - links sorted by ref. Strings are compared by UTF-16 code units, never by locale, and sorts
 *   are stable.
 * `serializeJourney` writes the canonical form as JSON indented by 2 spaces, with a final newline.
 *
 * `parseJourney` accepts JSON text and returns either the document (as written, not reordered)
 * or every problem found, each with a path such as `stages[1].steps[0].title`:
 * 1. the text must be JSON, and match `journeyDocumentSchema` (types, lengths, enums);
 * 2. referential integrity (`checkJourneyIntegrity`): stakeholder refs, stage refs, step refs
 *    (across the whole journey) and link refs are each unique; every cell and both ends of every
 *    link name an existing step and an existing stakeholder; a (step, stakeholder) pair has at
 *    most one cell.
 */
import {
  type DocumentCell,
  type DocumentLink,
  type DocumentStakeholder,
  type DocumentStage,
  type DocumentStep,
  type JourneyDocument,
  journeyDocumentSchema,
} from "./document.js";
import { cellKey, compareText, journeyOrder } from "./order.js";

export interface JourneyError {
  path: string;
  message: string;
}

export type ParseJourneyResult = { ok: true; document: JourneyDocument } | { ok: false; errors: JourneyError[] };

const stakeholder = (s: DocumentStakeholder): DocumentStakeholder => ({ ref: s.ref, name: s.name, category: s.category });

const step = (s: DocumentStep): DocumentStep => ({
  ref: s.ref,
  title: s.title,
  channel: s.channel,
  ownerService: s.ownerService,
  description: s.description,
  targetDelayHours: s.targetDelayHours,
  momentOfTruth: s.momentOfTruth,
});

const stage = (s: DocumentStage): DocumentStage => ({ ref: s.ref, title: s.title, steps: s.steps.map(step) });

const cell = (c: DocumentCell): DocumentCell => ({
  stepRef: c.stepRef,
  stakeholderRef: c.stakeholderRef,
  involvement: c.involvement,
  actions: c.actions,
  needsFunctional: c.needsFunctional,
  needsEmotional: c.needsEmotional,
  needsRelational: c.needsRelational,
  constraintsTechnical: c.constraintsTechnical,
  constraintsBudget: c.constraintsBudget,
  constraintsTime: c.constraintsTime,
  emotion: c.emotion,
  painPoints: c.painPoints,
  opportunities: c.opportunities,
  evidence: c.evidence,
});

const link = (l: DocumentLink): DocumentLink => ({
  ref: l.ref,
  from: { stepRef: l.from.stepRef, stakeholderRef: l.from.stakeholderRef },
  to: { stepRef: l.to.stepRef, stakeholderRef: l.to.stakeholderRef },
  sign: l.sign,
  weight: l.weight,
  sentence: l.sentence,
});

export function normaliseJourney(doc: JourneyDocument): JourneyDocument {
  const order = journeyOrder(doc);
  const unknown = Number.MAX_SAFE_INTEGER;
  const stepPos = (c: DocumentCell) => order.steps.get(c.stepRef)?.journeyIndex ?? unknown;
  const lanePos = (c: DocumentCell) => order.stakeholderIndex.get(c.stakeholderRef) ?? unknown;
  const cells = doc.cells
    .map(cell)
    .sort((a, b) => stepPos(a) - stepPos(b) || lanePos(a) - lanePos(b) || compareText(a.stepRef, b.stepRef) || compareText(a.stakeholderRef, b.stakeholderRef));
  return {
    format: doc.format,
    title: doc.title,
    description: doc.description,
    locale: doc.locale,
    stakeholders: doc.stakeholders.map(stakeholder),
    stages: doc.stages.map(stage),
    cells,
    links: doc.links.map(link).sort((a, b) => compareText(a.ref, b.ref)),
  };
}

export function serializeJourney(doc: JourneyDocument): string {
  return `${JSON.stringify(normaliseJourney(doc), null, 2)}\n`;
}

/** `["stages", 1, "steps", 0, "title"]` → `stages[1].steps[0].title`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}

export function checkJourneyIntegrity(doc: JourneyDocument): JourneyError[] {
  const errors: JourneyError[] = [];
  const unique = (seen: Map<string, string>, ref: string, path: string, what: string) => {
    const first = seen.get(ref);
    if (first === undefined) seen.set(ref, path);
    else errors.push({ path: `${path}.ref`, message: `Duplicate ${what} ref "${ref}" (first used at ${first})` });
  };
  const stakeholders = new Map<string, string>();
  doc.stakeholders.forEach((s, i) => {
    unique(stakeholders, s.ref, `stakeholders[${i}]`, "stakeholder");
  });
  const stages = new Map<string, string>();
  const steps = new Map<string, string>();
  doc.stages.forEach((st, i) => {
    unique(stages, st.ref, `stages[${i}]`, "stage");
    st.steps.forEach((s, j) => {
      unique(steps, s.ref, `stages[${i}].steps[${j}]`, "step");
    });
  });
  const checkEnd = (end: { stepRef: string; stakeholderRef: string }, path: string) => {
    if (!steps.has(end.stepRef)) errors.push({ path: `${path}.stepRef`, message: `Unknown step "${end.stepRef}"` });
    if (!stakeholders.has(end.stakeholderRef)) errors.push({ path: `${path}.stakeholderRef`, message: `Unknown stakeholder "${end.stakeholderRef}"` });
  };
  const cells = new Map<string, string>();
  doc.cells.forEach((c, i) => {
    const path = `cells[${i}]`;
    checkEnd(c, path);
    const key = cellKey(c.stepRef, c.stakeholderRef);
    const first = cells.get(key);
    if (first === undefined) cells.set(key, path);
    else errors.push({ path, message: `Duplicate cell for step "${c.stepRef}" and stakeholder "${c.stakeholderRef}" (first at ${first})` });
  });
  const links = new Map<string, string>();
  doc.links.forEach((l, i) => {
    const path = `links[${i}]`;
    unique(links, l.ref, path, "link");
    checkEnd(l.from, `${path}.from`);
    checkEnd(l.to, `${path}.to`);
  });
  return errors;
}

export function parseJourney(json: string): ParseJourneyResult {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return { ok: false, errors: [{ path: "", message: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  const parsed = journeyDocumentSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })) };
  }
  const errors = checkJourneyIntegrity(parsed.data);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, document: parsed.data };
}
