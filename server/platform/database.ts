/**
 * The database as features see it: the drizzle instance (`Database`) and a transaction (`Tx`).
 * A function that writes takes `Tx` so that its caller decides what commits together; one that
 * only reads takes `Database | Tx`.
 */
import type { Database } from "../db/client.js";

export type { Database };
export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
