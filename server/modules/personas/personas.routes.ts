/** Personas and their avatars: wiring only, from the contract. */
import type { FastifyInstance } from "fastify";
import { personasContract as contract } from "../../../shared/contracts/personas.js";
import type { AppContext } from "../../context.js";
import { endpointsOf } from "../../platform/endpoint.js";
import {
  avatarSignatures,
  createPersona,
  deletePersona,
  getPersona,
  getPersonaAvatar,
  listPersonas,
  maxAvatarBytes,
  setPersonaAvatar,
  updatePersona,
} from "./personas.service.js";

export function registerPersonaRoutes(app: FastifyInstance, ctx: AppContext): void {
  // A scope of its own, so that the raw image parser applies to these routes only.
  app.register(async (scope) => {
    scope.addContentTypeParser(Object.keys(avatarSignatures), { parseAs: "buffer", bodyLimit: maxAvatarBytes }, (_request, body, done) => done(null, body));
    const on = endpointsOf(scope, ctx);

    on(contract.list, async ({ caller, query }) => listPersonas(ctx, caller.membership.organisationId, query.stakeholderTypeId));

    on(contract.get, async ({ caller, params }) => getPersona(ctx, caller.membership.organisationId, params.id));

    on(contract.create, async ({ caller, body }) => createPersona(ctx, caller.membership.organisationId, body));

    on(contract.update, async ({ caller, params, body }) => updatePersona(ctx, caller.membership.organisationId, params.id, body));

    on(contract.remove, async ({ caller, params }) => deletePersona(ctx, caller.membership.organisationId, params.id));

    on(contract.uploadAvatar, async ({ caller, params, request }) =>
      setPersonaAvatar(ctx, caller.membership.organisationId, params.id, String(request.headers["content-type"] ?? ""), request.body),
    );

    on(contract.avatar, async ({ caller, params, reply }) => {
      const avatar = await getPersonaAvatar(ctx, caller.membership.organisationId, params.id);
      return reply.type(avatar.mime).header("cache-control", "private, max-age=86400").header("x-content-type-options", "nosniff").send(avatar.data);
    });
  });
}
