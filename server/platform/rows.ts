/**
 * How the features' queries files (the only place with SQL) say what every table of an
 * organisation's data shares: "this organisation's rows" (docs/architecture.md, Tenancy: every read
 * and write scoped by `organisation_id`, taken from the caller's membership), "the row or null",
 * and the `updatedAt` a change stamps (server/db/columns.ts).
 *
 *   findWorkshopRow = (db, organisationId, id) => firstOrNull(db.select().from(workshops).where(orgRow(workshops, organisationId, id)));
 */
import { type AnyColumn, and, eq, type SQL } from "drizzle-orm";

/** The row with this id, if it is this organisation's. */
export function orgRow(table: { organisationId: AnyColumn; id: AnyColumn }, organisationId: string, id: string): SQL {
  return and(eq(table.organisationId, organisationId), eq(table.id, id)) as SQL;
}

/** This organisation's rows (`column` is the table's organisation column), narrowed by further conditions. */
export function inOrganisation(column: AnyColumn, organisationId: string, ...conditions: (SQL | undefined)[]): SQL {
  return and(eq(column, organisationId), ...conditions) as SQL;
}

/** The first row a query answers, or null (a lookup by id of another organisation's row answers null). */
export async function firstOrNull<T>(query: PromiseLike<T[]>): Promise<T | null> {
  const [row] = await query;
  return row ?? null;
}

/** Whether a query answers any row: a select finds one, or an update or delete (`… .returning(…)`) touched one (not another organisation's). */
export async function hasRows(query: PromiseLike<unknown[]>): Promise<boolean> {
  return (await query).length > 0;
}

/** A change to a row, stamped with the time it was made (`updatedAt`, which every table declares). */
export function withUpdatedAt<T extends object>(change: T): T & { updatedAt: Date } {
  return { ...change, updatedAt: new Date() };
}
