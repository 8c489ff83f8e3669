/**
 * Who is connected to a workshop, over every node. Presence is not part of the log (it is not a
 * fact of the workshop, attendance is): each node announces with NOTIFY the participants
 * connected to it, on change and every 10 seconds; an announcement older than 30 seconds is
 * dropped, so the people of a node that died disappear without anyone telling.
 */
import type pg from "pg";

export type Presence = string[];
/** `ask`: a node that just opened this room asks the others to announce theirs now. */
type Announcement = { w: string; n: string; ids: string[]; ask?: boolean };

const presenceChannel = "tutti_workshop_presence";
const heartbeatMs = 10_000;
const staleMs = 30_000;

export class PresenceBoard {
  /** Here: workshop → participant → sockets open on this node. */
  private readonly local = new Map<string, Map<string, number>>();
  /** Elsewhere: workshop → node → { ids, at }. */
  private readonly remote = new Map<string, Map<string, { ids: string[]; at: number }>>();
  private readonly lastSent = new Map<string, string>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly pool: pg.Pool,
    private readonly nodeId: string,
    private readonly onChange: (workshopId: string, online: Presence) => void,
  ) {
    this.timer = setInterval(() => this.heartbeat(), heartbeatMs);
    this.timer.unref();
  }

  async listen(client: pg.PoolClient): Promise<void> {
    await client.query(`LISTEN ${presenceChannel}`);
  }

  add(workshopId: string, participantId: string): void {
    const isNewRoom = !this.local.has(workshopId);
    const here = this.local.get(workshopId) ?? new Map<string, number>();
    here.set(participantId, (here.get(participantId) ?? 0) + 1);
    this.local.set(workshopId, here);
    this.changed(workshopId, false);
    this.announce(workshopId, isNewRoom);
  }

  remove(workshopId: string, participantId: string): void {
    const here = this.local.get(workshopId);
    if (!here) return;
    const count = (here.get(participantId) ?? 1) - 1;
    if (count > 0) here.set(participantId, count);
    else here.delete(participantId);
    this.changed(workshopId, true);
    if (here.size === 0) this.local.delete(workshopId);
  }

  online(workshopId: string): Presence {
    const ids = new Set(this.local.get(workshopId)?.keys() ?? []);
    const now = Date.now();
    for (const [node, entry] of this.remote.get(workshopId) ?? []) {
      if (now - entry.at > staleMs) this.remote.get(workshopId)?.delete(node);
      else for (const id of entry.ids) ids.add(id);
    }
    return [...ids].sort();
  }

  onNotification(payload: string): void {
    const announcement = JSON.parse(payload) as Announcement;
    if (announcement.n === this.nodeId) return;
    const nodes = this.remote.get(announcement.w) ?? new Map();
    nodes.set(announcement.n, { ids: announcement.ids, at: Date.now() });
    this.remote.set(announcement.w, nodes);
    this.changed(announcement.w, false);
    if (announcement.ask && this.local.has(announcement.w)) this.announce(announcement.w);
  }

  /** Tells local sockets when the union changed; tells other nodes what is here. */
  private changed(workshopId: string, announce: boolean): void {
    const online = this.online(workshopId);
    const key = online.join(",");
    if (this.lastSent.get(workshopId) !== key) {
      this.lastSent.set(workshopId, key);
      this.onChange(workshopId, online);
    }
    if (announce) this.announce(workshopId);
  }

  private announce(workshopId: string, ask = false): void {
    const ids = [...(this.local.get(workshopId)?.keys() ?? [])];
    const payload = JSON.stringify({ w: workshopId, n: this.nodeId, ids, ...(ask ? { ask } : {}) } satisfies Announcement);
    this.pool.query("SELECT pg_notify($1, $2)", [presenceChannel, payload]).catch(() => undefined);
  }

  private heartbeat(): void {
    for (const workshopId of this.local.keys()) this.announce(workshopId);
    // Drop what dead nodes announced, and tell the rooms here.
    for (const workshopId of this.remote.keys()) this.changed(workshopId, false);
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    // Leave cleanly: other nodes drop our people now rather than in 30 seconds.
    await Promise.all([...this.local.keys()].map((workshopId) => this.pool.query("SELECT pg_notify($1, $2)", [presenceChannel, JSON.stringify({ w: workshopId, n: this.nodeId, ids: [] })]).catch(() => undefined)));
    this.local.clear();
  }
}
