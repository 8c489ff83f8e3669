/**
 * The live room's WebSocket protocol (docs/workshops.md), declared once for the server
 * (server/realtime/) and the browser (web/features/workshops/live/): what a browser sends (zod,
 * validated by the server), what the server sends (typed; the browser trusts its own server), and
 * the close codes.
 */
import { z } from "zod";
import { type CommandType, commandTypes } from "./commands.js";
import type { ProjectedEvent } from "./events.js";
import type { WorkshopFormat, WorkshopRole } from "./formats.js";
import type { RefusalCode } from "./rules.js";
import type { WorkshopState } from "./state.js";

/**
 * Browser → server. `command`: `id` is fresh per command and kept until answered (the server
 * commits an id once, so sending it again after a reconnection is safe); its payload is validated
 * against its type's schema afterwards (commands.ts `parseCommand`), so that a bad one is refused
 * with its id. `resync`: send me a fresh snapshot.
 */
export const clientMessageSchema = z.discriminatedUnion("t", [
  z.object({ t: z.literal("command"), id: z.string().min(1).max(64), type: z.enum(commandTypes as [CommandType, ...CommandType[]]), payload: z.unknown() }),
  z.object({ t: z.literal("resync") }),
]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;

/** Who the socket's person is in this workshop, at connection (a handover changes the role in the state). */
export type RoomMe = { participantId: string; name: string; role: WorkshopRole };

/** The workshop as the room shows it; its agenda is in the state (state.ts `withPreparedAgenda`). */
export type RoomWorkshop = {
  id: string;
  organisationId: string;
  title: string;
  objective: string;
  format: WorkshopFormat;
  journeyId: string | null;
  /** Everyone invited, so the room can say who has not arrived yet. */
  invited: { participantId: string; name: string; role: WorkshopRole }[];
};

export type RejectionCode = RefusalCode | "invalid_command";

/** Server → browser. */
export type ServerMessage =
  /** On connection; `serverNow` (ISO) gives the browser its offset to the server's clock. */
  | { t: "welcome"; serverNow: string; me: RoomMe; workshop: RoomWorkshop }
  /** The whole state as this viewer may know it: when `lastSeq` is behind, after `resync`, and after events that change what the viewer may see. */
  | { t: "snapshot"; state: WorkshopState }
  /** One committed event, projected for this viewer. */
  | { t: "event"; event: ProjectedEvent }
  /** Several committed together (a group commit, notifications applied together), in seq order. */
  | { t: "events"; events: ProjectedEvent[] }
  /** The command `id` is committed as event `seq` (also for a command sent twice). */
  | { t: "ack"; id: string; seq: number }
  /** The command `id` was refused (rules.ts codes, or `invalid_command` for a malformed one). */
  | { t: "rejected"; id: string; code: RejectionCode; message: string }
  /** Who is connected, on any node (participant ids). */
  | { t: "presence"; online: string[] };

/** Close codes: the 4000 range the WebSocket protocol leaves to applications, and 1011. */
export const closeCodes = {
  /** Nothing could be committed (the database is unreachable): the browser reconnects and sends again. */
  tryAgain: 1011,
  badRequest: 4400,
  unauthenticated: 4401,
  forbiddenOrigin: 4403,
  notFound: 4404,
  tooSlow: 4408,
  accessChanged: 4409,
  tooMany: 4429,
} as const;
