/**
 * The live room's outbox: commands not yet acknowledged by the server, kept in localStorage per
 * workshop so that notes written offline (or before a reload) are sent when the network returns.
 * Each command keeps its id: the server commits an id once, so sending it again is safe. The queue
 * is kept per workshop and per account, so on a shared computer nobody else's unsent notes are shown.
 */
import type { WorkshopCommand } from "../../../../shared/workshops/commands.js";

/** A command as queued: its id (sent with it) and when it was written (the time of its pending view). */
export type OutboxCommand = WorkshopCommand & { id: string; queuedAt: string };

/** `scope`: the workshop and the account, e.g. `${workshopId}.${userId}`. */
const storageKey = (scope: string) => `tutti.workshop.${scope}.outbox`;

/** A fresh id for a command, a note, a cluster… (random, unguessable, ≤ 64 characters). */
export function newId(): string {
  return crypto.randomUUID();
}

export function readOutbox(scope: string): OutboxCommand[] {
  try {
    const raw = localStorage.getItem(storageKey(scope));
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    // Written by this app: a command the server no longer knows is sent anyway and refused (invalid_command).
    return Array.isArray(parsed) ? parsed.filter((c): c is OutboxCommand => typeof c?.id === "string" && typeof c?.type === "string") : [];
  } catch {
    return [];
  }
}

export function writeOutbox(scope: string, commands: OutboxCommand[]): void {
  try {
    if (commands.length === 0) localStorage.removeItem(storageKey(scope));
    else localStorage.setItem(storageKey(scope), JSON.stringify(commands));
  } catch {
    // Storage full or unavailable (private mode): the queue still lives in memory.
  }
}
