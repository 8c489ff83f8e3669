/**
 * Registering an endpoint from its contract (shared/contracts/<feature>.ts). The contract gives
 * Fastify its schemas — so the request is validated, the OpenAPI document written and the answer
 * presented (serialised through the response schema: a field the schema does not name never
 * leaves) — and its access rule, checked here before the handler runs. Errors leave as
 * problem+json (server/http/problem.ts), declared for every endpoint.
 *
 *   registerEndpoint(app, ctx, membersContract.list, async ({ caller }) =>
 *     (await listMembers(ctx.db, caller.membership.organisationId)).map(presentMember));
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteShorthandOptions } from "fastify";
import { z } from "zod";
import type { Endpoint } from "../../shared/contracts/endpoint.js";
import { problemSchema } from "../../shared/errors.js";
import type { AppContext } from "../context.js";
import { authoriseRequest, type Caller, type PolicyParams } from "./authorise.js";

type Parsed<S, Otherwise> = S extends z.ZodType ? z.output<S> : Otherwise;

export type HandlerInput<E extends Endpoint> = {
  params: E extends { params: infer S } ? Parsed<S, never> : Record<string, never>;
  query: E extends { query: infer S } ? Parsed<S, never> : Record<string, never>;
  body: E extends { body: infer S } ? Parsed<S, never> : undefined;
  caller: Caller<E["access"]>;
  request: FastifyRequest;
  reply: FastifyReply;
};

/** A JSON endpoint returns its body (checked against the response schema); a 204 returns nothing; a file sends itself through `reply`. */
export type HandlerResult<E extends Endpoint> = E["response"] extends z.ZodType ? z.input<E["response"]> : E["response"] extends null ? void : unknown;

export type Handler<E extends Endpoint> = (input: HandlerInput<E>) => Promise<HandlerResult<E>>;

/** Route options a contract does not carry: per-route rate limits, log level, hooks. */
export type EndpointOptions = Pick<RouteShorthandOptions, "config" | "logLevel" | "onRequest" | "preHandler" | "bodyLimit">;

/** Problem documents may carry extension members (e.g. the fields of a conflicting edit): kept as they are. */
const problemResponse = problemSchema.loose();

function responseSchemas(definition: Endpoint): Record<string, z.ZodType> {
  const errors = { "4xx": problemResponse, "5xx": problemResponse };
  if (definition.response === null) return { 204: z.null(), ...errors };
  if ("file" in definition.response) return errors;
  return { [definition.status ?? 200]: definition.response, ...errors };
}

export function registerEndpoint<E extends Endpoint>(app: FastifyInstance, ctx: AppContext, definition: E, handler: Handler<E>, options: EndpointOptions = {}): void {
  app.route({
    ...options,
    method: definition.method,
    url: definition.path,
    schema: {
      tags: [...definition.tags],
      summary: definition.summary,
      ...(definition.params ? { params: definition.params } : {}),
      ...(definition.query ? { querystring: definition.query } : {}),
      ...(definition.body ? { body: definition.body } : {}),
      response: responseSchemas(definition),
      ...("public" in definition.access ? { security: [] } : {}),
    },
    handler: async (request, reply) => {
      const params = (request.params ?? {}) as PolicyParams;
      const caller = await authoriseRequest(ctx, definition.access, request, params);
      const input = { params, query: request.query ?? {}, body: request.body, caller, request, reply } as HandlerInput<E>;
      const result = await handler(input);
      if (definition.response === null) return reply.status(204).send();
      if ("file" in definition.response) return result;
      return reply.status(definition.status ?? 200).send(result);
    },
  });
}

/** The same, bound to one app and context: `const on = endpointsOf(app, ctx); on(contract.list, handler)`. */
export function endpointsOf(app: FastifyInstance, ctx: AppContext) {
  return <E extends Endpoint>(definition: E, handler: Handler<E>, options?: EndpointOptions) => registerEndpoint(app, ctx, definition, handler, options);
}
