/** An invitee's side: see an invitation addressed to me, then accept it. Wiring only, from the contract. */
import type { FastifyInstance } from "fastify";
import { invitationsContract as contract } from "../../../shared/contracts/invitations.js";
import type { AppContext } from "../../context.js";
import { endpointsOf } from "../../platform/endpoint.js";
import { acceptInvitation, previewInvitation } from "./invitations.service.js";

// Invitation ids are guessed at most 30 times a minute per address.
const limited = { config: { rateLimit: { max: 30, timeWindow: "1 minute" } } };

export function registerInvitationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const on = endpointsOf(app, ctx);

  on(contract.preview, async ({ params }) => previewInvitation(ctx, params.invitationId), limited);

  on(contract.accept, async ({ caller, params, request }) => acceptInvitation(ctx, request, caller.session, params.invitationId), limited);
}
