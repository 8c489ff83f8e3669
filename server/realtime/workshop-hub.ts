/**
 * Live workshops on one node, in step with every other node through PostgreSQL.
 *
 * Each workshop in use on this node is a Room: the full state folded from `workshop_events`, the
 * prepared agenda, and the sockets connected here. Commands (the browsers', and the server's own
 * attendance) queue per room and are group-committed, up to 200 per transaction: lock the
 * workshop's row (`UPDATE workshops SET updated_at = now() … RETURNING last_seq, agenda`, which
 * serialises commits on one workshop across nodes); read what other nodes committed if `last_seq`
 * is ahead; `decide` each command in turn on the evolving state (a refusal makes no event, a
 * command id already committed is skipped); one INSERT for the events, `last_seq` set to the last
 * seq, NOTIFYs in seq order (delivered at commit). Then every node applies the events and sends
 * each socket what its viewer may see (workshop-frames.ts); senders get `ack` or `rejected`. A
 * failed transaction commits nothing of the batch, and the senders' sockets close (1011) so that
 * they send again. A node that misses a notification (a gap in seq, a lost LISTEN connection)
 * reads the missing events from the log. The in-process queue means a node never waits on its own
 * row lock.
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type pg from "pg";
import type { ServerCommand, WorkshopCommand } from "../../shared/workshops/commands.js";
import { type EventDraft, fromStored, type StoredEvent, type WorkshopEvent } from "../../shared/workshops/events.js";
import type { AgendaItem, WorkshopRole } from "../../shared/workshops/formats.js";
import { projectState } from "../../shared/workshops/projection.js";
import type { ServerMessage } from "../../shared/workshops/protocol.js";
import { applyEvent } from "../../shared/workshops/reducer.js";
import { decide, type Refusal } from "../../shared/workshops/rules.js";
import { initialWorkshopState, type WorkshopState, withPreparedAgenda } from "../../shared/workshops/state.js";
import type { Database } from "../db/client.js";
import type { Tx } from "../platform/database.js";
import { accessChannel, AccessWatch } from "./workshop-access.js";
import { type CommittedEvent, foldIntoFrames } from "./workshop-frames.js";
import { type Presence, PresenceBoard } from "./workshop-presence.js";

/** A connected browser, as the hub sees it. */
export type RoomClient = { participantId: string; send: (data: string | Buffer) => void; drop: () => void };

export type WorkshopHooks = {
  /** Runs inside the transaction that commits `workshop.close` (improvement actions, status). */
  onClosed: (tx: Tx, organisationId: string, workshopId: string, state: WorkshopState) => Promise<unknown>;
};

/** `failed`: nothing was committed (database trouble); the sender's socket is closed so that it reconnects and sends again. */
type Outcome = { seq: number } | Refusal | { failed: true };
/** A command waiting for the next group commit: `actorId` null for the server's own. */
type Intent = {
  actorId: string | null;
  clientMutationId: string | null;
  command: WorkshopCommand | ServerCommand;
  resolve: (outcome: Outcome) => void;
};

type Room = {
  workshopId: string;
  organisationId: string;
  state: WorkshopState;
  /** The agenda prepared on the workshop's row: the room's agenda until the start (withPreparedAgenda). */
  prepared: AgendaItem[];
  /** `${actorId}:${clientMutationId}` → seq, for commands sent twice. */
  mutations: Map<string, number>;
  clients: Set<RoomClient>;
  /** The room's work, one step at a time (commits, catch-ups). */
  queue: Promise<unknown>;
  /** Commands waiting for the next group commit. */
  intents: Intent[];
  /** Other nodes' events waiting to be applied. */
  notices: Notice[];
};

type Notice = { w: string; o: string; m?: string | null; e?: WorkshopEvent; s?: number };

type EventRow = { seq: number; type: string; actor_id: string | null; payload: StoredEvent["payload"]; at: Date | string; client_mutation_id: string | null };

const eventsChannel = "tutti_workshop_events";
/** NOTIFY payloads stay well under PostgreSQL's 8,000-byte limit; bigger events are read from the log. */
const maxInlinePayload = 7000;
/** At most this many commands in one transaction. */
const maxBatch = 200;

const toEvent = (row: EventRow): WorkshopEvent => {
  const at = typeof row.at === "string" ? new Date(row.at).toISOString() : row.at.toISOString();
  return fromStored({ seq: row.seq, type: row.type, actorId: row.actor_id, at, payload: row.payload });
};

export class WorkshopHub {
  readonly nodeId = randomUUID();
  private readonly rooms = new Map<string, Room>();
  private readonly loading = new Map<string, Promise<Room>>();
  private listener: pg.PoolClient | null = null;
  private starting: Promise<void> | null = null;
  private isClosed = false;
  readonly presence: PresenceBoard;
  /** This node's sockets, re-checked when a revocation is notified (workshop-access.ts). */
  readonly access = new AccessWatch();

  constructor(
    private readonly pool: pg.Pool,
    private readonly db: Database,
    private readonly hooks: WorkshopHooks,
    private readonly log: { warn: (obj: object, msg: string) => void },
  ) {
    this.presence = new PresenceBoard(pool, this.nodeId, (workshopId, online) => this.broadcast(workshopId, { t: "presence", online }));
  }

  /**
   * Joins a socket to a workshop's room; sends it a snapshot when it is behind, and always before
   * the start, since the snapshot carries the prepared agenda (`prepared`, the workshop's row as
   * the socket just read it), which may have changed on the workshop's page meanwhile.
   */
  async join(workshopId: string, organisationId: string, client: RoomClient, lastSeq: number, prepared: AgendaItem[]): Promise<void> {
    await this.listen();
    let room = await this.room(workshopId, organisationId);
    // The room may have been dropped by the last leave() while it was loading: take the live one.
    while (this.rooms.get(workshopId) !== room) room = await this.room(workshopId, organisationId);
    room.clients.add(client);
    this.presence.add(workshopId, client.participantId);
    await this.enqueue(room, async () => {
      room.prepared = prepared;
      if (lastSeq !== room.state.seq || room.state.status === "waiting") this.sendSnapshot(room, client);
    });
  }

  leave(workshopId: string, client: RoomClient): void {
    const room = this.rooms.get(workshopId);
    if (!room) return;
    room.clients.delete(client);
    this.presence.remove(workshopId, client.participantId);
    if (room.clients.size === 0) this.rooms.delete(workshopId);
  }

  online(workshopId: string): Presence {
    return this.presence.online(workshopId);
  }

  /** Sends a fresh snapshot (after a `resync`). */
  async resync(workshopId: string, client: RoomClient): Promise<void> {
    const room = this.rooms.get(workshopId);
    if (room) await this.enqueue(room, async () => this.sendSnapshot(room, client));
  }

  /**
   * The participant's first arrival is recorded as an event (attendance), through the rules like
   * any command: one already in the log is refused (`duplicate_id`), which is not an error here.
   */
  async ensureJoined(workshopId: string, organisationId: string, participant: { id: string; name: string; role: WorkshopRole; stakeholderTypeId: string | null }) {
    const room = await this.room(workshopId, organisationId);
    if (room.state.participants[participant.id]) return;
    const { id: participantId, name, role, stakeholderTypeId } = participant;
    const outcome = await this.submit(room, null, null, { type: "participant.joined", payload: { participantId, name, role, stakeholderTypeId } });
    if ("failed" in outcome) throw new Error("attendance not recorded");
  }

  /** Runs a command: rules, commit, broadcast. Answers the sender with an ack or a refusal. */
  async command(workshopId: string, client: RoomClient, clientMutationId: string, command: WorkshopCommand): Promise<void> {
    const room = this.rooms.get(workshopId);
    if (!room) return;
    const actorId = client.participantId;
    const known = room.mutations.get(`${actorId}:${clientMutationId}`);
    if (known !== undefined) return send(client, { t: "ack", id: clientMutationId, seq: known });
    const outcome = await this.submit(room, actorId, clientMutationId, command);
    if ("seq" in outcome) send(client, { t: "ack", id: clientMutationId, seq: outcome.seq });
    else if ("failed" in outcome) client.drop();
    else send(client, { t: "rejected", id: clientMutationId, code: outcome.code, message: outcome.message });
  }

  /** Queues an intent; the room commits what is queued in one transaction (group commit). */
  private submit(room: Room, actorId: string | null, clientMutationId: string | null, command: Intent["command"]): Promise<Outcome> {
    return new Promise((resolve) => {
      room.intents.push({ actorId, clientMutationId, command, resolve });
      if (room.intents.length === 1) void this.enqueue(room, () => this.flush(room));
    });
  }

  /**
   * Commits every queued intent in one transaction: lock the workshop's row, catch up with events
   * other nodes committed, decide each intent in turn on the evolving state, insert the events and
   * NOTIFY them (delivered at commit), commit; then apply and broadcast here, and answer each sender.
   * While a batch commits, the next commands queue up: under load, batches grow, not the wait.
   */
  private async flush(room: Room): Promise<void> {
    const batch = room.intents.splice(0, maxBatch);
    if (room.intents.length > 0) void this.enqueue(room, () => this.flush(room));
    const outcomes = new Map<Intent, Outcome>();
    const committed = await this.db
      .transaction(async (tx) => {
        const locked = await tx.execute<{ last_seq: number; agenda: AgendaItem[] }>(
          sql`UPDATE workshops SET updated_at = now() WHERE id = ${room.workshopId} AND organisation_id = ${room.organisationId} RETURNING last_seq, agenda`,
        );
        const row = locked.rows[0];
        if (!row) throw new Error("workshop not found");
        if (row.last_seq > room.state.seq) this.applyRows(room, await this.readEvents(tx, room, room.state.seq));
        room.prepared = row.agenda;
        let state = room.state;
        const events: CommittedEvent[] = [];
        const seen = new Set<string>();
        for (const intent of batch) {
          // The same command sent again (after a reconnection): committed once, acknowledged again.
          const key = intent.actorId && intent.clientMutationId ? `${intent.actorId}:${intent.clientMutationId}` : null;
          if (key && (room.mutations.has(key) || seen.has(key))) continue;
          // The rules see the room as the browsers do: before the start, with the prepared agenda.
          const decision = decide(withPreparedAgenda(state, row.agenda), intent.actorId, intent.command);
          if (!decision.ok) {
            outcomes.set(intent, decision);
            continue;
          }
          if (key) seen.add(key);
          const event = stamp(decision.event, state.seq + 1, intent.actorId);
          const before = state;
          state = applyEvent(before, event);
          // The states are kept, so that broadcasting after the commit does not fold them again.
          events.push({ event, clientMutationId: intent.clientMutationId, before, after: state });
          outcomes.set(intent, { seq: event.seq });
          if (event.type === "workshop.start") await tx.execute(sql`UPDATE workshops SET status = 'live', started_at = coalesce(started_at, now()) WHERE id = ${room.workshopId}`);
          if (event.type === "workshop.close") await this.hooks.onClosed(tx, room.organisationId, room.workshopId, state);
        }
        if (events.length === 0) return [];
        await tx.execute(sql`INSERT INTO workshop_events (organisation_id, workshop_id, seq, type, actor_id, payload, client_mutation_id, at)
          SELECT ${room.organisationId}, ${room.workshopId}, e.seq, e.type, e.actor_id, e.payload, e.client_mutation_id, e.at
          FROM jsonb_to_recordset(${JSON.stringify(events.map(({ event, clientMutationId }) => ({ seq: event.seq, type: event.type, actor_id: event.actorId, payload: event.payload, client_mutation_id: clientMutationId, at: event.at })))}::jsonb)
            AS e(seq int, type text, actor_id uuid, payload jsonb, client_mutation_id text, at timestamptz)`);
        const notices = events.map(({ event, clientMutationId }) => {
          const notice = JSON.stringify({ w: room.workshopId, o: this.nodeId, m: clientMutationId, e: event });
          return notice.length <= maxInlinePayload ? notice : JSON.stringify({ w: room.workshopId, o: this.nodeId, s: event.seq });
        });
        await tx.execute(sql`UPDATE workshops SET last_seq = ${state.seq} WHERE id = ${room.workshopId}`);
        await tx.execute(sql`SELECT pg_notify(${eventsChannel}, n.notice) FROM jsonb_array_elements_text(${JSON.stringify(notices)}::jsonb) WITH ORDINALITY AS n(notice, i) ORDER BY n.i`);
        return events;
      })
      .catch((error: unknown) => {
        // Nothing of the batch was committed: the senders keep their commands and send them again.
        this.log.warn({ err: String(error), workshopId: room.workshopId }, "workshop commit failed");
        return null;
      });
    if (committed) this.applyAll(room, committed);
    for (const intent of batch) {
      const key = intent.actorId && intent.clientMutationId ? `${intent.actorId}:${intent.clientMutationId}` : null;
      const known = key ? room.mutations.get(key) : undefined;
      const outcome = outcomes.get(intent) ?? (known !== undefined ? { seq: known } : committed ? { seq: room.state.seq } : null);
      intent.resolve(outcome ?? { failed: true });
    }
  }

  private async readEvents(db: Database | Tx, room: Room, afterSeq: number): Promise<EventRow[]> {
    const result = await db.execute<EventRow>(
      sql`SELECT seq, type, actor_id, payload, at, client_mutation_id FROM workshop_events WHERE workshop_id = ${room.workshopId} AND seq > ${afterSeq} ORDER BY seq`,
    );
    return result.rows;
  }

  private applyRows(room: Room, rows: EventRow[]): void {
    this.applyAll(
      room,
      rows.map((row) => ({ event: toEvent(row), clientMutationId: row.client_mutation_id })),
    );
  }

  /** Applies events to the room and sends each socket here what it may see of them (workshop-frames.ts). */
  private applyAll(room: Room, items: CommittedEvent[]): void {
    const { state, frames, needSnapshot } = foldIntoFrames(room.state, room.clients, items, room.mutations);
    room.state = state;
    for (const client of needSnapshot) this.sendSnapshot(room, client);
    for (const [client, data] of frames) client.send(data);
  }

  private sendSnapshot(room: Room, client: RoomClient): void {
    send(client, { t: "snapshot", state: projectState(withPreparedAgenda(room.state, room.prepared), client.participantId) });
  }

  private broadcast(workshopId: string, message: ServerMessage): void {
    const room = this.rooms.get(workshopId);
    if (!room) return;
    const data = JSON.stringify(message);
    for (const client of room.clients) client.send(data);
  }

  private enqueue<T>(room: Room, work: () => Promise<T>): Promise<T> {
    const next = room.queue.then(work, work);
    room.queue = next.catch((error: unknown) => this.log.warn({ err: String(error), workshopId: room.workshopId }, "workshop room step failed"));
    return next;
  }

  private async room(workshopId: string, organisationId: string): Promise<Room> {
    const existing = this.rooms.get(workshopId);
    if (existing) return existing;
    let pending = this.loading.get(workshopId);
    if (!pending) {
      pending = (async () => {
        const room: Room = {
          workshopId,
          organisationId,
          state: initialWorkshopState(),
          prepared: [],
          mutations: new Map(),
          clients: new Set(),
          queue: Promise.resolve(),
          intents: [],
          notices: [],
        };
        this.applyRows(room, await this.readEvents(this.db, room, 0));
        this.rooms.set(workshopId, room);
        return room;
      })().finally(() => this.loading.delete(workshopId));
      this.loading.set(workshopId, pending);
    }
    return pending;
  }

  /** Another node committed an event: apply it, or read the log if we missed some. */
  private onNotification(payload: string): void {
    const notice = JSON.parse(payload) as Notice;
    if (notice.o === this.nodeId) return;
    const room = this.rooms.get(notice.w);
    if (!room) return;
    // Notifications that arrive while the room is busy are applied together, in one frame per socket.
    room.notices.push(notice);
    if (room.notices.length === 1) void this.enqueue(room, () => this.drainNotices(room));
  }

  private async drainNotices(room: Room): Promise<void> {
    const notices = room.notices.splice(0).sort((a, b) => (a.e?.seq ?? a.s ?? 0) - (b.e?.seq ?? b.s ?? 0));
    const items: CommittedEvent[] = [];
    let next = room.state.seq + 1;
    for (const notice of notices) {
      const seq = notice.e?.seq ?? notice.s ?? 0;
      if (seq < next) continue;
      if (!notice.e || seq !== next) {
        // A gap, or an event too big to be notified: read the log from where we are.
        this.applyAll(room, items);
        this.applyRows(room, await this.readEvents(this.db, room, room.state.seq));
        return;
      }
      items.push({ event: notice.e, clientMutationId: notice.m ?? null });
      next++;
    }
    this.applyAll(room, items);
  }

  /** Starts this node's LISTEN connection (events, presence, revocations) if it is not running. */
  async listen(): Promise<void> {
    if (this.listener || this.isClosed) return;
    this.starting ??= (async () => {
      const client = await this.pool.connect();
      client.on("notification", (message) => {
        if (message.channel === eventsChannel && message.payload) this.onNotification(message.payload);
        else if (message.channel === accessChannel && message.payload) this.access.onNotification(message.payload);
        else if (message.payload) this.presence.onNotification(message.payload);
      });
      client.on("error", (error) => {
        // After close() the connection is already given back: releasing it again would throw
        // "Release called on client which has already been released" (a crash on SIGTERM).
        if (this.isClosed || (this.listener !== null && this.listener !== client)) return;
        this.log.warn({ err: String(error) }, "workshop LISTEN connection lost; reconnecting");
        this.listener = null;
        this.starting = null;
        client.release(true);
        // Whatever was notified meanwhile is read back from the log; every socket is re-checked.
        setTimeout(
          () =>
            void this.listen().then(() => {
              this.catchUpAll();
              this.access.recheckAll();
            }),
          500,
        );
      });
      await client.query(`LISTEN ${eventsChannel}`);
      await client.query(`LISTEN ${accessChannel}`);
      await this.presence.listen(client);
      this.listener = client;
    })();
    await this.starting;
  }

  private catchUpAll(): void {
    for (const room of this.rooms.values()) {
      void this.enqueue(room, async () => this.applyRows(room, await this.readEvents(this.db, room, room.state.seq)));
    }
  }

  async close(): Promise<void> {
    this.isClosed = true;
    await this.presence.close();
    this.rooms.clear();
    const client = this.listener;
    this.listener = null;
    // Destroyed, not pooled: a LISTEN connection carries our handlers and is never reused.
    if (client) client.release(true);
  }
}

function send(client: RoomClient, message: ServerMessage): void {
  client.send(JSON.stringify(message));
}

/** The event `decide` accepted, as committed: its place in the log, its actor, the server's time. */
function stamp(draft: EventDraft, seq: number, actorId: string | null): WorkshopEvent {
  // A spread of a union member keeps its type and payload together; TypeScript cannot follow it.
  return { ...draft, seq, actorId, at: new Date().toISOString() } as WorkshopEvent;
}
