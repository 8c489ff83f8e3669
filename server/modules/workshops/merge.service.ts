/**
 * Merging a workshop into its journey: the notes and clusters attached to a step × stakeholder
 * lane during consolidation, once a manager accepts them, are appended to that cell's pain points
 * or opportunities with a trace "(atelier « title », date)", or set its emotion. The cells are the
 * journeys feature's: it writes them (mergeIntoCells), and a line already in a cell is not written
 * again, so merging twice changes nothing.
 */
import { defaultTimeZone, localeTag } from "../../../shared/i18n.js";
import type { MergeCandidate, MergeCandidates, MergeResult } from "../../../shared/schemas/workshops.js";
import type { Attachment, WorkshopState } from "../../../shared/workshops/state.js";
import type { CurrentSession, Membership } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import { auditAction } from "../../platform/audit.js";
import { authorize } from "../../platform/authorise.js";
import { AppError } from "../../platform/problem.js";
import { type CellAddition, cellProblem, isInCell, journeyCells, mergeIntoCells } from "../journeys/index.js";
import { loadStateFor, presentAttachment } from "./minutes.service.js";
import { stakeholderNames, updateWorkshopRow, type WorkshopRow } from "./workshops.queries.js";

/** The text a note or a cluster brings to the map: a cluster's name with its notes. */
function itemText(state: WorkshopState, itemId: string): string {
  const cluster = state.clusters[itemId];
  if (!cluster) return (state.notes[itemId]?.text ?? "").trim();
  const texts = Object.values(state.notes)
    .filter((note) => note.clusterId === itemId && note.text)
    .map((note) => (note.text as string).trim());
  if (!cluster.name.trim()) return texts.join(" ; ");
  return texts.length > 0 ? `${cluster.name.trim()} : ${texts.join(" ; ")}` : cluster.name.trim();
}

/** "(atelier « Admissions », 12 mars 2026)" in the workshop's language. */
export function traceOf(row: WorkshopRow): string {
  const when = row.startedAt ?? row.scheduledAt ?? row.closedAt ?? row.createdAt;
  const locale = row.locale === "en" ? "en" : "fr";
  const date = new Intl.DateTimeFormat(localeTag(locale), { dateStyle: "long", timeZone: defaultTimeZone }).format(when);
  return locale === "en" ? `(workshop "${row.title}", ${date})` : `(atelier « ${row.title} », ${date})`;
}

/** What an attached item would add to its cell: its text with the workshop's trace, or its emotion. */
function additionOf(attachment: Attachment, text: string, trace: string): CellAddition {
  return {
    stepId: attachment.stepId,
    stakeholderTypeId: attachment.stakeholderTypeId,
    kind: attachment.kind,
    emotion: attachment.emotion ?? null,
    line: `${text} ${trace}`,
  };
}

/** Everything the consolidation attached, with whether it is already on the map. */
/** `viewerId`: the caller's participant id, or null — they see only what the room showed them. */
export async function mergeCandidates(ctx: AppContext, row: WorkshopRow, viewerId: string | null): Promise<MergeCandidates> {
  const organisationId = row.organisationId;
  const [state, journey, stakeholders] = await Promise.all([
    loadStateFor(ctx, organisationId, row.id, viewerId),
    row.journeyId ? journeyCells(ctx.db, organisationId, row.journeyId) : null,
    stakeholderNames(ctx.db, organisationId),
  ]);
  const names = { steps: journey?.steps ?? new Map<string, string>(), stakeholders };
  const trace = traceOf(row);
  const attached = [
    ...Object.values(state.clusters).map((c) => ({ id: c.id, type: "cluster" as const, attachment: c.attachment, createdAt: c.createdAt })),
    ...Object.values(state.notes).map((n) => ({ id: n.id, type: "note" as const, attachment: n.attachment, createdAt: n.createdAt })),
  ].filter((item) => item.attachment);
  const items = attached
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((item): MergeCandidate => {
      const attachment = item.attachment as Attachment;
      const text = itemText(state, item.id);
      const addition = additionOf(attachment, text, trace);
      const problem = journey ? cellProblem(journey, addition) : "no_journey";
      const isMerged = !!journey && isInCell(journey, addition);
      return {
        itemId: item.id,
        itemType: item.type,
        text,
        attachment: presentAttachment(attachment, names) as MergeCandidate["attachment"],
        isMerged,
        problem,
      };
    });
  return { mergedAt: row.mergedAt?.toISOString() ?? null, items };
}

/** Merging writes into the journey: the merger needs `journey.edit` as well as managing the workshop. */
export async function mergeIntoJourney(
  ctx: AppContext,
  session: CurrentSession,
  membership: Membership,
  row: WorkshopRow,
  viewerId: string | null,
  itemIds: string[],
): Promise<MergeResult> {
  authorize(membership, "journey.edit");
  const organisationId = membership.organisationId;
  if (!row.journeyId) throw new AppError("conflict", "This workshop has no journey to merge into.");
  if (row.status !== "closed") throw new AppError("conflict", "Close the workshop before merging its results into the journey.");
  const journeyId = row.journeyId;
  // What the merger may read is all they may write into the map.
  const state = await loadStateFor(ctx, organisationId, row.id, viewerId);
  const trace = traceOf(row);
  const additions: CellAddition[] = [];
  let unattached = 0;
  for (const itemId of new Set(itemIds)) {
    const attachment = state.clusters[itemId]?.attachment ?? state.notes[itemId]?.attachment ?? null;
    const text = itemText(state, itemId);
    if (!attachment || (attachment.kind !== "emotion" && !text)) unattached++;
    else additions.push(additionOf(attachment, text, trace));
  }
  return mergeIntoCells(ctx, session, membership, journeyId, additions, async (tx, counts) => {
    await updateWorkshopRow(tx, organisationId, row.id, { mergedAt: new Date() });
    await auditAction(tx, session, organisationId, "workshop.merged", { type: "journey", id: journeyId, label: row.title }, { workshopId: row.id, merged: counts.merged, skipped: counts.skipped + unattached });
  }).then((result) => ({ ...result, skipped: result.skipped + unattached }));
}
