/** /organisations/:orgId/sso: the organisation's OpenID Connect identity provider and the proof of its domain. Wiring only, from the contract. */
import type { FastifyInstance } from "fastify";
import { ssoContract as contract } from "../../../shared/contracts/sso.js";
import type { AppContext } from "../../context.js";
import { endpointsOf } from "../../platform/endpoint.js";
import { createTxtLookup } from "./domain-verification.js";
import { configureSso, readSsoSettings, removeSso, verifySsoDomain } from "./sso.service.js";

export function registerSsoRoutes(app: FastifyInstance, ctx: AppContext): void {
  const on = endpointsOf(app, ctx);
  const lookupTxt = createTxtLookup(ctx.env);

  on(contract.get, async ({ caller }) => readSsoSettings(ctx, caller.membership.organisationId));

  on(contract.configure, async ({ caller, body, request }) => configureSso(ctx, request.log, caller.session, caller.membership, body));

  on(contract.verifyDomain, async ({ caller, request }) => verifySsoDomain(ctx, lookupTxt, request.log, caller.session, caller.membership));

  on(contract.remove, async ({ caller }) => {
    await removeSso(ctx, caller.session, caller.membership);
  });
}
