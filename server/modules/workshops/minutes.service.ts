/**
 * The minutes (compte rendu), built from what happened: the event log folded by the shared
 * reducer, the participants, the photos, and the improvement actions the closing created.
 */
import type { WorkshopMinutes } from "../../../shared/schemas/workshops.js";
import type { AgendaItem, WorkshopRole } from "../../../shared/workshops/formats.js";
import { outsideViewerId, projectState } from "../../../shared/workshops/projection.js";
import { replay } from "../../../shared/workshops/reducer.js";
import { type Attachment, type WorkshopState, withPreparedAgenda } from "../../../shared/workshops/state.js";
import { summarise } from "../../../shared/workshops/stats.js";
import type { AppContext } from "../../context.js";
import { journeyStepTitles } from "../journeys/index.js";
import { listActionsOfWorkshop } from "./actions.queries.js";
import { listPhotoRows } from "./photos.queries.js";
import { presentWorkshopSummary } from "./workshops.presenter.js";
import { listParticipantRows, loadEvents, stakeholderNames, type WorkshopRow } from "./workshops.queries.js";

/**
 * The workshop's state now, folded from its whole log, as `viewerId` may know it: the same
 * per-viewer projection as the live room's (no one reads another's note before the reveal, nor
 * another sub-group's items). `viewerId` is the caller's participant id, or `outsideViewerId`.
 */
export async function loadStateFor(ctx: AppContext, organisationId: string, workshopId: string, viewerId: string | null): Promise<WorkshopState> {
  return projectState(replay(await loadEvents(ctx.db, organisationId, workshopId)), viewerId ?? outsideViewerId);
}

/** What an item (a cluster, or a note outside any cluster) is called in results. */
export function itemLabel(state: WorkshopState, itemId: string): string {
  const cluster = state.clusters[itemId];
  if (cluster) return cluster.name || Object.values(state.notes).find((note) => note.clusterId === itemId)?.text || "—";
  return state.notes[itemId]?.text ?? "—";
}

export type Names = { steps: Map<string, string>; stakeholders: Map<string, string> };

export async function attachmentNames(ctx: AppContext, organisationId: string, journeyId: string | null): Promise<Names> {
  const [steps, stakeholders] = await Promise.all([journeyStepTitles(ctx.db, organisationId, journeyId), stakeholderNames(ctx.db, organisationId)]);
  return { steps, stakeholders };
}

export function presentAttachment(attachment: Attachment | null, names: Names) {
  if (!attachment) return null;
  return {
    ...attachment,
    emotion: attachment.emotion ?? null,
    stepTitle: names.steps.get(attachment.stepId) ?? null,
    stakeholderTypeName: names.stakeholders.get(attachment.stakeholderTypeId) ?? null,
  };
}

/** Impact and effort are 0…1; high impact with low effort is a quick win. */
function quadrant(impact: number, effort: number): WorkshopMinutes["matrix"][number]["quadrant"] {
  if (impact >= 0.5) return effort < 0.5 ? "quick_win" : "major_project";
  return effort < 0.5 ? "fill_in" : "thankless";
}

/** The minutes as `viewerId` (the caller's participant id, or null) may read them. */
export async function buildMinutes(ctx: AppContext, row: WorkshopRow, journeyTitle: string | null, viewerId: string | null): Promise<WorkshopMinutes> {
  const organisationId = row.organisationId;
  const [state, participants, photos, names, actionRows] = await Promise.all([
    loadStateFor(ctx, organisationId, row.id, viewerId),
    listParticipantRows(ctx.db, organisationId, row.id),
    listPhotoRows(ctx.db, organisationId, row.id),
    attachmentNames(ctx, organisationId, row.journeyId),
    listActionsOfWorkshop(ctx.db, organisationId, row.id),
  ]);
  const participantNames = new Map(participants.map((p) => [p.participant.id, p.name]));
  for (const joined of Object.values(state.participants)) if (!participantNames.has(joined.id)) participantNames.set(joined.id, joined.name);
  const noteView = (note: WorkshopState["notes"][string]) => ({
    id: note.id,
    text: note.text ?? "",
    authorName: participantNames.get(note.authorId) ?? null,
    attachment: presentAttachment(note.attachment, names),
  });
  // A note the viewer only knows exists (another's, before the reveal) is not in the minutes at all.
  const notes = Object.values(state.notes)
    .filter((note) => note.text !== null)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const clusters = Object.values(state.clusters)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((cluster) => ({
      id: cluster.id,
      name: cluster.name,
      notes: notes.filter((note) => note.clusterId === cluster.id).map(noteView),
      attachment: presentAttachment(cluster.attachment, names),
    }));
  const results = state.vote.results;
  const votes =
    state.vote.status === "idle"
      ? null
      : {
          budget: state.vote.budget,
          maxPerItem: state.vote.maxPerItem,
          results: Object.entries(results ?? {})
            .map(([itemId, dots]) => ({ itemId, label: itemLabel(state, itemId), dots }))
            .sort((a, b) => b.dots - a.dots),
        };
  const scoreResults = state.scoring.results ?? {};
  const scoredItems = [...new Set(Object.keys(scoreResults).map((key) => key.slice(0, key.lastIndexOf(":"))))];
  const scoring =
    state.scoring.status === "idle"
      ? null
      : {
          criteria: state.scoring.criteria,
          items: scoredItems.map((itemId) => ({
            itemId,
            label: itemLabel(state, itemId),
            scores: Object.fromEntries(state.scoring.criteria.map((c) => [c.id, summarise(scoreResults[`${itemId}:${c.id}`] ?? [])])),
          })),
        };
  const bySource = new Map(actionRows.map((action) => [action.sourceKey, action]));
  return {
    workshop: {
      ...presentWorkshopSummary(row, journeyTitle, participants.length),
      startedAt: row.startedAt?.toISOString() ?? null,
      locale: row.locale === "en" ? "en" : "fr",
      mergedAt: row.mergedAt?.toISOString() ?? null,
    },
    attendance: participants.map((p) => ({
      participantId: p.participant.id,
      name: p.name,
      role: (state.participants[p.participant.id]?.role ?? p.participant.role) as WorkshopRole,
      stakeholderTypeName: p.stakeholderTypeName,
      isPresent: p.participant.id in state.participants,
    })),
    agenda: withPreparedAgenda(state, row.agenda as AgendaItem[]).agenda,
    clusters,
    looseNotes: notes.filter((note) => !note.clusterId).map(noteView),
    votes,
    matrix: Object.entries(state.matrix).map(([itemId, place]) => ({
      itemId,
      label: itemLabel(state, itemId),
      ...place,
      quadrant: quadrant(place.impact, place.effort),
    })),
    scoring,
    decisions: state.decisions.map((d) => ({ id: d.id, text: d.text })),
    actions: state.actions.map((action) => ({
      ...action,
      improvementActionId: bySource.get(action.id)?.id ?? null,
      status: bySource.get(action.id)?.status ?? null,
    })),
    feelings: Object.values(state.feelings),
    photos: photos.map((photo) => ({ id: photo.id, caption: photo.caption, url: photoUrl(organisationId, row.id, photo.id) })),
  };
}

export const photoUrl = (organisationId: string, workshopId: string, photoId: string) =>
  `/api/v1/organisations/${organisationId}/workshops/${workshopId}/photos/${photoId}`;
