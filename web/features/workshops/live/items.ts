/**
 * What can be voted on, placed on the matrix, scored or attached to the journey: the clusters and
 * the notes left outside any cluster, each with a readable label.
 */
import type { TFunction } from "i18next";
import type { WorkshopNote, WorkshopState } from "../../../../shared/workshops/state.js";
import { truncate } from "../../../lib/text";

export type RoomItem = { id: string; kind: "cluster" | "note"; label: string; notes: WorkshopNote[] };

const byCreation = <T extends { createdAt: string; id: string }>(a: T, b: T) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/** Notes in creation order. */
export function sortedNotes(state: WorkshopState): WorkshopNote[] {
  return Object.values(state.notes).sort(byCreation);
}

/** A short label: the cluster's name (or its first note), or the note's text. */
export function roomItems(state: WorkshopState, t: TFunction): RoomItem[] {
  const notes = sortedNotes(state);
  const clusters = Object.values(state.clusters)
    .sort(byCreation)
    .map((cluster): RoomItem => {
      const inside = notes.filter((note) => note.clusterId === cluster.id);
      const label = cluster.name || (inside[0]?.text ? t("board.unnamedWith", { text: truncate(inside[0].text, 60) }) : t("board.unnamed"));
      return { id: cluster.id, kind: "cluster", label, notes: inside };
    });
  const loose = notes
    .filter((note) => note.clusterId === null && note.text !== null)
    .map((note): RoomItem => ({ id: note.id, kind: "note", label: truncate(note.text ?? "", 90), notes: [note] }));
  return [...clusters, ...loose];
}
