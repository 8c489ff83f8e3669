/** The live room's shared values (connection, state, who I am), read by every panel. */
import { createContext, useContext } from "react";
import { isFacilitating, isProducing } from "../../../../shared/workshops/formats.js";
import { currentPhase, type WorkshopState } from "../../../../shared/workshops/state.js";
import type { WorkshopSocket } from "./use-workshop-socket";

/** The room as the panels see it: the socket's values plus the view chosen in prioritisation. */
export type Room = WorkshopSocket & {
  /** The prioritisation tab shown (follow-me: the facilitator's, for everyone). */
  view: string;
  setView: (view: string) => void;
};

export const RoomContext = createContext<Room | null>(null);

export function useRoom(): Room {
  const room = useContext(RoomContext);
  if (!room) throw new Error("useRoom used outside the live room");
  return room;
}

/** Role helpers for the current person. */
export function useAbilities() {
  const room = useRoom();
  return {
    isFacilitator: isFacilitating(room.role ?? undefined),
    isProducer: isProducing(room.role ?? undefined),
    myId: room.me?.participantId ?? "",
    phase: currentPhase(room.state),
  };
}

/** Display name of a participant (or a neutral fallback). */
export function participantName(state: WorkshopState, participantId: string | null, fallback: string): string {
  return (participantId && state.participants[participantId]?.name) || fallback;
}
