/** The organisation's programmes: wiring only, from the contract. */
import type { FastifyInstance } from "fastify";
import { programmesContract as contract } from "../../../shared/contracts/programmes.js";
import type { AppContext } from "../../context.js";
import { endpointsOf } from "../../platform/endpoint.js";
import { createProgramme, deleteProgramme, getProgramme, listProgrammes, updateProgramme } from "./programmes.service.js";

export function registerProgrammeRoutes(app: FastifyInstance, ctx: AppContext): void {
  const on = endpointsOf(app, ctx);

  on(contract.list, async ({ caller }) => listProgrammes(ctx, caller.membership.organisationId));

  on(contract.get, async ({ caller, params }) => getProgramme(ctx, caller.membership.organisationId, params.id));

  on(contract.create, async ({ caller, body }) => createProgramme(ctx, caller.membership.organisationId, body));

  on(contract.update, async ({ caller, params, body }) => updateProgramme(ctx, caller.membership.organisationId, params.id, body));

  on(contract.remove, async ({ caller, params }) => deleteProgramme(ctx, caller.membership.organisationId, params.id));
}
