/**
 * What closing a workshop leaves behind. The live room calls `recordWorkshopClosed` inside the
 * transaction that commits the `workshop.close` event, so the actions and the status change with
 * the event or not at all.
 */
import type { WorkshopState } from "../../../shared/workshops/state.js";
import type { Tx } from "../../platform/database.js";
import type { AppContext } from "../../context.js";
import { tellOwnersAtClose } from "./actions-mail.js";
import { insertActionsOfWorkshop, usersOfParticipants } from "./actions.queries.js";
import { findWorkshop, markClosed } from "./workshops.queries.js";

/**
 * Turns the state's actions into improvement actions (status open, traced to the workshop and its
 * journey), once per action: `source_key` is the action's id, so closing again adds nothing.
 * Sets the workshop closed. Returns how many actions were created now. With `ctx` (the live room),
 * the members given an action are told by e-mail, in the same transaction (actions-mail.ts).
 */
export async function recordWorkshopClosed(tx: Tx, organisationId: string, workshopId: string, state: WorkshopState, ctx?: AppContext): Promise<number> {
  const workshop = await markClosed(tx, organisationId, workshopId);
  if (!workshop || state.actions.length === 0) return 0;
  const ownerIds = state.actions.flatMap((action) => (action.ownerParticipantId ? [action.ownerParticipantId] : []));
  const owners = await usersOfParticipants(tx, organisationId, workshopId, ownerIds);
  const created = await insertActionsOfWorkshop(
    tx,
    state.actions.map((action) => ({
      organisationId,
      workshopId,
      sourceKey: action.id,
      journeyId: workshop.journeyId,
      title: action.title,
      ownerName: action.ownerName,
      // A participant picked in the room is a member (or a guest) of the organisation: the action reaches their list.
      ownerUserId: action.ownerParticipantId ? (owners.get(action.ownerParticipantId) ?? null) : null,
      dueDate: action.dueDate,
      status: "open",
    })),
  );
  if (ctx && created.some((action) => action.ownerUserId)) {
    const found = await findWorkshop(tx, organisationId, workshopId);
    await tellOwnersAtClose(ctx, tx, organisationId, found?.workshop.title ?? "", created);
  }
  return created.length;
}
