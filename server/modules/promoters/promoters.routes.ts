/** The review page promoters are invited to: wiring only, from the contract. */
import type { FastifyInstance } from "fastify";
import { promotersContract as contract } from "../../../shared/contracts/promoters.js";
import type { AppContext } from "../../context.js";
import { endpointsOf } from "../../platform/endpoint.js";
import { getReviewSettings, putReviewSettings } from "./promoters.service.js";

export function registerPromoterRoutes(app: FastifyInstance, ctx: AppContext): void {
  const on = endpointsOf(app, ctx);

  on(contract.getReviewSettings, async ({ caller }) => getReviewSettings(ctx, caller.membership.organisationId));

  on(contract.putReviewSettings, async ({ caller, body }) => putReviewSettings(ctx, caller.session, caller.membership, body));
}
