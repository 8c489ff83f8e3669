/**
 * What a header takes from dnd-kit's useSortable, and the inert stand-in used before the grid's drag
 * and drop is switched on (see MapGrid): the same markup, no dnd-kit hook per header.
 */
import type { useSortable } from "@dnd-kit/sortable";

export type Sortable = Pick<
  ReturnType<typeof useSortable>,
  "attributes" | "listeners" | "setNodeRef" | "setActivatorNodeRef" | "transform" | "transition" | "isDragging"
>;

export const staticSortable: Sortable = {
  attributes: {} as Sortable["attributes"],
  listeners: undefined,
  setNodeRef: () => {},
  setActivatorNodeRef: () => {},
  transform: null,
  transition: undefined,
  isDragging: false,
};
