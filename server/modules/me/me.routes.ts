/** /api/v1/me: who am I, my preferences, my data (export) and my account (erasure). Wiring only, from the contract. */
import type { FastifyInstance } from "fastify";
import { meContract as contract } from "../../../shared/contracts/me.js";
import type { AppContext } from "../../context.js";
import { endpointsOf } from "../../platform/endpoint.js";
import { eraseAccount, exportPersonalData, listGuestGrants, loadMe, updateMe } from "./me.service.js";

export function registerMeRoutes(app: FastifyInstance, ctx: AppContext): void {
  const on = endpointsOf(app, ctx);

  on(contract.get, async ({ caller }) => loadMe(ctx, caller.session));

  on(contract.update, async ({ caller, body }) => updateMe(ctx, caller.session, body));

  on(contract.exportData, async ({ caller, reply }) => {
    const data = await exportPersonalData(ctx, caller.session);
    return reply.header("content-disposition", 'attachment; filename="tutti-personal-data.json"').send(data);
  });

  on(contract.erase, async ({ caller, body, reply }) => {
    await eraseAccount(ctx, caller.session, body.confirmEmail);
    // The session is gone with the account: the browser forgets its cookie too.
    reply.header("set-cookie", "tutti.session_token=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
  });

  on(contract.guestGrants, async ({ caller }) => listGuestGrants(ctx, caller.session));
}
