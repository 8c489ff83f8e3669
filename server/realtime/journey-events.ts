/**
 * "This journey changed": committed edits are announced with PostgreSQL NOTIFY (sent at commit,
 * so never for a rolled-back edit) and every app node pushes them to the browsers viewing that
 * journey over Server-Sent Events. One LISTEN connection per node; one path for one node or many.
 */
import type pg from "pg";
import type { Tx } from "../platform/database.js";
import { sql } from "drizzle-orm";

export type JourneyChange = { journeyId: string; organisationId: string; revision: number; actorId: string; actorName: string; kind: string };
type Listener = (change: JourneyChange) => void;

const channel = "tutti_journey_events";

export class JourneyEventHub {
  private readonly listeners = new Map<string, Set<Listener>>();
  private client: pg.PoolClient | null = null;
  private starting: Promise<void> | null = null;
  private isClosed = false;

  constructor(private readonly pool: pg.Pool) {}

  /** Announces a change from inside the transaction that made it. */
  static async announce(tx: Tx, change: JourneyChange): Promise<void> {
    await tx.execute(sql`SELECT pg_notify(${channel}, ${JSON.stringify(change)})`);
  }

  private async ensureListening(): Promise<void> {
    if (this.client) return;
    this.starting ??= (async () => {
      const client = await this.pool.connect();
      client.on("notification", (message) => {
        if (!message.payload) return;
        const change = JSON.parse(message.payload) as JourneyChange;
        for (const listener of this.listeners.get(change.journeyId) ?? []) listener(change);
      });
      client.on("error", () => {
        // After close() the connection is already released: releasing it again would throw.
        if (this.isClosed || (this.client !== null && this.client !== client)) return;
        this.client = null;
        this.starting = null;
        client.release(true);
      });
      await client.query(`LISTEN ${channel}`);
      this.client = client;
    })();
    await this.starting;
  }

  /** Calls `listener` for every change of `journeyId` until the returned function is called. */
  async subscribe(journeyId: string, listener: Listener): Promise<() => void> {
    await this.ensureListening();
    let set = this.listeners.get(journeyId);
    if (!set) {
      set = new Set();
      this.listeners.set(journeyId, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(journeyId);
    };
  }

  async close(): Promise<void> {
    this.isClosed = true;
    this.listeners.clear();
    const client = this.client;
    this.client = null;
    // Destroyed, not pooled: a LISTEN connection carries our handlers and is never reused.
    if (client) client.release(true);
  }
}
