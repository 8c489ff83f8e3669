/**
 * What closing a workshop leaves behind. The live room calls `recordWorkshopClosed` inside the
 * transaction that commits the `workshop.close` event, so the actions and the status change with
 * the event or not at all.
 */
import { and, eq, sql } from "drizzle-orm";
import type { WorkshopState } from "../../../shared/workshops/state.js";
import { improvementActions, workshops } from "../../db/schema.js";
import type { Tx } from "../../platform/database.js";

/**
 * Turns the state's actions into improvement actions (status open, traced to the workshop and its
 * journey), once per action: `source_key` is the action's id, so closing again adds nothing.
 * Sets the workshop closed. Returns how many actions were created now.
 */
export async function recordWorkshopClosed(tx: Tx, organisationId: string, workshopId: string, state: WorkshopState): Promise<number> {
  const [workshop] = await tx
    .update(workshops)
    .set({ status: "closed", closedAt: sql`coalesce(${workshops.closedAt}, now())`, updatedAt: new Date() })
    .where(and(eq(workshops.organisationId, organisationId), eq(workshops.id, workshopId)))
    .returning({ journeyId: workshops.journeyId });
  if (!workshop || state.actions.length === 0) return 0;
  const created = await tx
    .insert(improvementActions)
    .values(
      state.actions.map((action) => ({
        organisationId,
        workshopId,
        sourceKey: action.id,
        journeyId: workshop.journeyId,
        title: action.title,
        ownerName: action.ownerName,
        dueDate: action.dueDate,
        status: "open",
      })),
    )
    .onConflictDoNothing({ target: [improvementActions.workshopId, improvementActions.sourceKey] })
    .returning({ id: improvementActions.id });
  return created.length;
}
