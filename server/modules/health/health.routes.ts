/** GET /api/health: status, database kind and version, app version. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { healthSchema } from "../../../shared/schemas/health.js";
import type { AppContext } from "../../context.js";
import { readDatabaseVersion } from "../../db/client.js";

export function registerHealthRoutes(app: FastifyInstance, ctx: AppContext): void {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      "/api/health",
      {
        schema: { tags: ["health"], summary: "Health of the app and its database", security: [], response: { 200: healthSchema, 503: healthSchema } },
        config: { rateLimit: false },
      },
      async (_request, reply) => {
        let version = "unknown";
        let isReachable = true;
        try {
          version = await readDatabaseVersion(ctx.pool);
        } catch {
          isReachable = false;
        }
        const body = {
          status: isReachable ? ("ok" as const) : ("degraded" as const),
          version: ctx.version,
          database: { kind: ctx.databaseKind, version, isReachable },
          uptimeSeconds: Math.round(process.uptime()),
        };
        return reply.status(isReachable ? 200 : 503).send(body);
      },
    );
}
