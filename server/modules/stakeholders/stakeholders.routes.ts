/** The organisation's stakeholder taxonomy: wiring only, from the contract. */
import type { FastifyInstance } from "fastify";
import { stakeholdersContract as contract } from "../../../shared/contracts/stakeholders.js";
import type { AppContext } from "../../context.js";
import { endpointsOf } from "../../platform/endpoint.js";
import { createStakeholderType, listStakeholderTypes, reorderStakeholderTypes, updateStakeholderType } from "./stakeholders.service.js";

export function registerStakeholderRoutes(app: FastifyInstance, ctx: AppContext): void {
  const on = endpointsOf(app, ctx);

  on(contract.list, async ({ caller }) => listStakeholderTypes(ctx.db, caller.membership.organisationId));

  on(contract.create, async ({ caller, body }) => createStakeholderType(ctx, caller.membership, body));

  on(contract.update, async ({ caller, params, body }) => updateStakeholderType(ctx, caller.membership, params.id, body));

  on(contract.reorder, async ({ caller, body }) => reorderStakeholderTypes(ctx, caller.membership, body.ids));
}
