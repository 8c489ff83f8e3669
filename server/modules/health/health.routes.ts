/**
 * GET /api/health, from its contract. Registered by hand rather than with registerEndpoint: when
 * the database cannot be reached it answers the same health document with 503 (not a problem),
 * which probes read, and it is never rate-limited.
 */
import type { FastifyInstance } from "fastify";
import { healthContract as contract } from "../../../shared/contracts/health.js";
import type { AppContext } from "../../context.js";
import { readHealth } from "./health.service.js";

export function registerHealthRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { method, path, summary, tags, response } = contract.get;
  app.route({
    method,
    url: path,
    schema: { tags: [...tags], summary, security: [], response: { 200: response, 503: response } },
    config: { rateLimit: false },
    handler: async (_request, reply) => {
      const health = await readHealth(ctx);
      return reply.status(health.database.isReachable ? 200 : 503).send(health);
    },
  });
}
