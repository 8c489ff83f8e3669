/**
 * Merging a workshop into its journey: the notes and clusters attached to a step × stakeholder
 * lane during consolidation, once a manager accepts them, are appended to that cell's pain points
 * or opportunities with a trace "(atelier « title », date)", or set its emotion. A line already in
 * the cell is not written again, so merging twice changes nothing.
 */
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { defaultTimeZone, localeTag } from "../../../shared/i18n.js";
import type { mergeCandidateSchema } from "../../../shared/schemas/workshops.js";
import type { WorkshopState } from "../../../shared/workshops/state.js";
import type { CurrentSession, Membership } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import { journeyLanes, laneCells, workshops } from "../../db/schema.js";
import { AppError, notFound } from "../../platform/problem.js";
import { recordAudit } from "../../platform/audit.js";
import { findJourney } from "../journeys/journeys.queries.js";
import { editJourney } from "../journeys/journeys.service.js";
import { attachmentNames, loadStateFor, presentAttachment } from "./minutes.service.js";
import type { WorkshopRow } from "./workshops.queries.js";

type Candidate = z.infer<typeof mergeCandidateSchema>;

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

const lineOf = (text: string, trace: string) => `${text} ${trace}`;
const contains = (cellText: string, line: string) => cellText.split("\n").some((existing) => existing.trim() === line);

type Lookup = { lanes: Set<string>; steps: Set<string>; cells: Map<string, { painPoints: string; opportunities: string; emotion: number | null }> };

async function loadLookup(ctx: AppContext, organisationId: string, journeyId: string, stepIds: Set<string>): Promise<Lookup> {
  const [lanes, cells] = await Promise.all([
    ctx.db
      .select({ id: journeyLanes.stakeholderTypeId })
      .from(journeyLanes)
      .where(and(eq(journeyLanes.organisationId, organisationId), eq(journeyLanes.journeyId, journeyId))),
    ctx.db
      .select({
        stepId: laneCells.stepId,
        stakeholderTypeId: laneCells.stakeholderTypeId,
        painPoints: laneCells.painPoints,
        opportunities: laneCells.opportunities,
        emotion: laneCells.emotion,
      })
      .from(laneCells)
      .where(and(eq(laneCells.organisationId, organisationId), eq(laneCells.journeyId, journeyId))),
  ]);
  return {
    lanes: new Set(lanes.map((l) => l.id)),
    steps: stepIds,
    cells: new Map(cells.map((c) => [`${c.stepId}|${c.stakeholderTypeId}`, c])),
  };
}

/** Everything the consolidation attached, with whether it is already on the map. */
/** `viewerId`: the caller's participant id, or null — they see only what the room showed them. */
export async function mergeCandidates(ctx: AppContext, row: WorkshopRow, viewerId: string | null): Promise<{ mergedAt: string | null; items: Candidate[] }> {
  const organisationId = row.organisationId;
  const state = await loadStateFor(ctx, organisationId, row.id, viewerId);
  const names = await attachmentNames(ctx, organisationId, row.journeyId);
  const lookup = row.journeyId ? await loadLookup(ctx, organisationId, row.journeyId, new Set(names.steps.keys())) : null;
  const trace = traceOf(row);
  const attached = [
    ...Object.values(state.clusters).map((c) => ({ id: c.id, type: "cluster" as const, attachment: c.attachment, createdAt: c.createdAt })),
    ...Object.values(state.notes).map((n) => ({ id: n.id, type: "note" as const, attachment: n.attachment, createdAt: n.createdAt })),
  ].filter((item) => item.attachment);
  const items = attached
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((item): Candidate => {
      const attachment = item.attachment as NonNullable<typeof item.attachment>;
      const text = itemText(state, item.id);
      const problem = !lookup
        ? "no_journey"
        : !lookup.steps.has(attachment.stepId)
          ? "unknown_step"
          : !lookup.lanes.has(attachment.stakeholderTypeId)
            ? "not_a_lane"
            : null;
      const cell = lookup?.cells.get(`${attachment.stepId}|${attachment.stakeholderTypeId}`);
      const isMerged =
        !!cell &&
        (attachment.kind === "emotion"
          ? cell.emotion === attachment.emotion
          : contains(attachment.kind === "pain" ? cell.painPoints : cell.opportunities, lineOf(text, trace)));
      return { itemId: item.id, itemType: item.type, text, attachment: presentAttachment(attachment, names) as Candidate["attachment"], isMerged, problem };
    });
  return { mergedAt: row.mergedAt?.toISOString() ?? null, items };
}

export async function mergeIntoJourney(
  ctx: AppContext,
  session: CurrentSession,
  membership: Membership,
  row: WorkshopRow,
  viewerId: string | null,
  itemIds: string[],
) {
  const organisationId = membership.organisationId;
  if (!row.journeyId) throw new AppError("conflict", "This workshop has no journey to merge into.");
  if (row.status !== "closed") throw new AppError("conflict", "Close the workshop before merging its results into the journey.");
  const journeyId = row.journeyId;
  // What the merger may read is all they may write into the map.
  const state = await loadStateFor(ctx, organisationId, row.id, viewerId);
  const wanted = new Set(itemIds);
  const trace = traceOf(row);
  let merged = 0;
  let skipped = 0;
  await editJourney(ctx, session, membership, journeyId, "workshop.merged", async (tx) => {
    const names = await attachmentNames(ctx, organisationId, journeyId);
    const lookup = await loadLookup(ctx, organisationId, journeyId, new Set(names.steps.keys()));
    for (const itemId of wanted) {
      const attachment = state.clusters[itemId]?.attachment ?? state.notes[itemId]?.attachment ?? null;
      const text = itemText(state, itemId);
      if (!attachment || !lookup.steps.has(attachment.stepId) || !lookup.lanes.has(attachment.stakeholderTypeId) || (attachment.kind !== "emotion" && !text)) {
        skipped++;
        continue;
      }
      const key = { organisationId, journeyId, stepId: attachment.stepId, stakeholderTypeId: attachment.stakeholderTypeId };
      await tx
        .insert(laneCells)
        .values({ ...key, updatedBy: session.user.id })
        .onConflictDoNothing();
      const [cell] = await tx
        .select()
        .from(laneCells)
        .where(and(eq(laneCells.organisationId, organisationId), eq(laneCells.stepId, key.stepId), eq(laneCells.stakeholderTypeId, key.stakeholderTypeId)))
        .for("update");
      if (!cell) throw notFound("cell");
      let change: Partial<typeof laneCells.$inferInsert> | null = null;
      if (attachment.kind === "emotion") {
        if (attachment.emotion !== null && cell.emotion !== attachment.emotion) change = { emotion: attachment.emotion };
      } else {
        const field = attachment.kind === "pain" ? "painPoints" : "opportunities";
        const line = lineOf(text, trace);
        if (!contains(cell[field], line)) change = { [field]: cell[field].trim() ? `${cell[field].trimEnd()}\n${line}` : line };
      }
      if (!change) {
        skipped++;
        continue;
      }
      await tx
        .update(laneCells)
        .set({ ...change, updatedBy: session.user.id, updatedAt: new Date() })
        .where(and(eq(laneCells.organisationId, organisationId), eq(laneCells.id, cell.id)));
      merged++;
    }
    await tx
      .update(workshops)
      .set({ mergedAt: new Date(), updatedAt: new Date() })
      .where(and(eq(workshops.organisationId, organisationId), eq(workshops.id, row.id)));
    await recordAudit(tx, {
      organisationId,
      actor: { id: session.user.id, name: session.user.name },
      action: "workshop.merged",
      targetType: "journey",
      targetId: journeyId,
      targetLabel: row.title,
      data: { workshopId: row.id, merged, skipped },
    });
  });
  const journey = await findJourney(ctx.db, organisationId, journeyId);
  return { merged, skipped, revision: journey?.journey.revision ?? 0 };
}
