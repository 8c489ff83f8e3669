/**
 * What may be asked of a live workshop: the commands a browser sends (one zod schema per payload;
 * `parseCommand` validates a raw one) and the one the server issues itself (attendance). Every
 * command goes through the rules (rules.ts `decide`); the server adds the actor and the time and
 * commits an event of the same type (events.ts). The socket messages that carry them: protocol.ts.
 */
import { z } from "zod";
import { agendaSchema, workshopRoleSchema } from "./formats.js";

const id = z.string().min(1).max(64);
const noteText = z.string().trim().min(1).max(500);
const unit = z.number().min(0).max(1);

export const attachmentSchema = z.object({
  stepId: z.string().uuid(),
  stakeholderTypeId: z.string().uuid(),
  kind: z.enum(["pain", "opportunity", "emotion"]),
  emotion: z.number().int().min(-2).max(2).nullable(),
});

export const commandPayloads = {
  "workshop.start": z.object({}),
  "workshop.close": z.object({}),
  "agenda.set": z.object({ agenda: agendaSchema }),
  "phase.goto": z.object({ index: z.number().int().min(0).max(19) }),
  "timer.start": z.object({ seconds: z.number().int().min(1).max(4 * 3600) }),
  "timer.pause": z.object({}),
  "timer.resume": z.object({}),
  "timer.add": z.object({ seconds: z.number().int().min(1).max(3600) }),
  "timer.reset": z.object({}),
  "board.lock": z.object({ locked: z.boolean() }),
  "followMe.set": z.object({ active: z.boolean(), view: z.string().min(1).max(40) }),
  /** "I'm done" for the current phase (or not any more): the facilitator sees how many are. */
  "participant.ready": z.object({ ready: z.boolean() }),
  "notes.reveal": z.object({}),
  "note.add": z.object({ noteId: id, text: noteText }),
  "note.edit": z.object({ noteId: id, text: noteText }),
  "note.delete": z.object({ noteId: id }),
  "note.move": z.object({ noteId: id, clusterId: id.nullable() }),
  "cluster.create": z.object({ clusterId: id, name: z.string().trim().max(120), noteIds: z.array(id).max(200) }),
  "cluster.rename": z.object({ clusterId: id, name: z.string().trim().max(120) }),
  "cluster.merge": z.object({ sourceId: id, targetId: id }),
  "cluster.delete": z.object({ clusterId: id }),
  "item.attach": z.object({ itemId: id, attachment: attachmentSchema.nullable() }),
  "vote.open": z.object({ budget: z.number().int().min(1).max(20), maxPerItem: z.number().int().min(1).max(20) }),
  "vote.cast": z.object({ itemId: id, delta: z.union([z.literal(1), z.literal(-1)]) }),
  "vote.close": z.object({}),
  "matrix.place": z.object({ itemId: id, impact: unit, effort: unit }),
  "matrix.remove": z.object({ itemId: id }),
  "scoring.open": z.object({ criteria: z.array(z.object({ id, name: z.string().trim().min(1).max(80) })).min(1).max(6) }),
  "score.set": z.object({ itemId: id, criterionId: id, value: z.number().int().min(1).max(5) }),
  "scoring.close": z.object({}),
  "decision.add": z.object({ decisionId: id, text: z.string().trim().min(1).max(500) }),
  "decision.remove": z.object({ decisionId: id }),
  /** The owner: a participant of the room (`ownerParticipantId`, their name in `ownerName`) or a name typed; the due date not before today (rules.ts). */
  "action.add": z.object({
    actionId: id,
    title: z.string().trim().min(1).max(300),
    ownerName: z.string().trim().max(120),
    ownerParticipantId: id.nullable().optional(),
    dueDate: z.iso.date().nullable(),
  }),
  "action.remove": z.object({ actionId: id }),
  /** A word or two ("Enfin écoutée"), kept as typed: up to 40 characters. */
  "feeling.set": z.object({ word: z.string().trim().min(1).max(40) }),
  "groups.set": z.object({
    groups: z.array(z.object({ groupId: id, name: z.string().trim().min(1).max(60), participantIds: z.array(id).max(500) })).min(2).max(20),
  }),
  "groups.merge": z.object({}),
  "facilitation.handover": z.object({ participantId: id }),
  "facilitation.share": z.object({ participantId: id }),
} as const;

export type CommandType = keyof typeof commandPayloads;
export const commandTypes = Object.keys(commandPayloads) as CommandType[];
export type CommandPayload<T extends CommandType> = z.infer<(typeof commandPayloads)[T]>;
export type WorkshopCommand = { [T in CommandType]: { type: T; payload: CommandPayload<T> } }[CommandType];

/**
 * Commands only the server issues, never accepted from a browser (the socket's schema lists
 * `commandTypes` only): a person's first arrival in the room is recorded as attendance.
 */
export const serverCommandPayloads = {
  "participant.joined": z.object({ participantId: id, name: z.string(), role: workshopRoleSchema, stakeholderTypeId: z.string().nullable() }),
} as const;

export type ServerCommandType = keyof typeof serverCommandPayloads;
export type ServerCommandPayload<T extends ServerCommandType> = z.infer<(typeof serverCommandPayloads)[T]>;
export type ServerCommand = { [T in ServerCommandType]: { type: T; payload: ServerCommandPayload<T> } }[ServerCommandType];

export function isServerCommand(command: WorkshopCommand | ServerCommand): command is ServerCommand {
  return Object.hasOwn(serverCommandPayloads, command.type);
}

/** Validates a command's payload against its type's schema. */
export function parseCommand(type: CommandType, payload: unknown): { ok: true; command: WorkshopCommand } | { ok: false; message: string } {
  const result = commandPayloads[type].safeParse(payload ?? {});
  if (!result.success) return { ok: false, message: z.prettifyError(result.error) };
  return { ok: true, command: { type, payload: result.data } as WorkshopCommand };
}
