/**
 * Preparing workshops (list with search, create, read, change, archive, delete), their
 * participants, the facts pack and the calendar invitation: wiring only, from the contract.
 * The live room (/api/v1/workshops/:workshopId/live) is server/realtime/workshop-*.ts.
 */
import type { FastifyInstance } from "fastify";
import { workshopsContract as contract } from "../../../shared/contracts/workshops.js";
import type { AppContext } from "../../context.js";
import { endpointsOf } from "../../platform/endpoint.js";
import { workshopInvitation } from "./brief.service.js";
import { buildFacts } from "./facts.service.js";
import { addParticipant, removeParticipant, updateParticipant } from "./participants.service.js";
import { createWorkshop, deleteWorkshop, getWorkshop, listWorkshops, setArchived, updateWorkshop } from "./workshops.service.js";

export function registerWorkshopRoutes(app: FastifyInstance, ctx: AppContext): void {
  const on = endpointsOf(app, ctx);

  on(contract.list, async ({ caller, query }) =>
    listWorkshops(ctx, caller.membership.organisationId, query, caller.onlyOwnWorkshops ? caller.session.user.id : undefined),
  );

  on(contract.create, async ({ caller, body }) => createWorkshop(ctx, caller.session, caller.membership, body));

  on(contract.get, async ({ caller, params }) => getWorkshop(ctx, caller.membership.organisationId, params.workshopId, caller.canManage));

  on(contract.update, async ({ caller, params, body }) => updateWorkshop(ctx, caller.session, caller.membership, params.workshopId, body));

  on(contract.remove, async ({ caller, params }) => {
    await deleteWorkshop(ctx, caller.session, caller.membership, params.workshopId);
  });

  on(contract.archive, async ({ caller, params }) => setArchived(ctx, caller.session, caller.membership, params.workshopId, true));

  on(contract.unarchive, async ({ caller, params }) => setArchived(ctx, caller.session, caller.membership, params.workshopId, false));

  on(contract.addParticipant, async ({ caller, params, body }) => addParticipant(ctx, caller.session, caller.membership, params.workshopId, body));

  on(contract.updateParticipant, async ({ caller, params, body }) =>
    updateParticipant(ctx, caller.session, caller.membership, params.workshopId, params.participantId, body),
  );

  on(contract.removeParticipant, async ({ caller, params }) =>
    removeParticipant(ctx, caller.session, caller.membership, params.workshopId, params.participantId),
  );

  on(contract.facts, async ({ caller }) => buildFacts(ctx, caller.workshop.workshop));

  on(contract.invitation, async ({ caller, reply }) => {
    const ics = await workshopInvitation(ctx, caller.workshop.workshop);
    return reply
      .type("text/calendar; charset=utf-8")
      .header("content-disposition", `attachment; filename="workshop-${caller.workshop.workshop.id}.ics"`)
      .send(ics);
  });
}
