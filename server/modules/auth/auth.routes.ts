/**
 * Mounts better-auth's handler at /api/auth/*: Fastify request → Fetch Request → better-auth →
 * Fastify reply. better-auth checks the Origin of state-changing requests itself.
 */
import type { FastifyInstance } from "fastify";
import type { AppContext } from "../../context.js";
import { toHeaders } from "../../auth/session.js";

export function registerAuthRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.route({
    method: ["GET", "POST"],
    url: "/api/auth/*",
    schema: { hide: true },
    config: { rateLimit: { max: 60, timeWindow: "1 minute" } },
    async handler(request, reply) {
      const url = new URL(request.url, ctx.env.publicUrl);
      const hasBody = request.method !== "GET" && request.body !== undefined && request.body !== null;
      const response = await ctx.auth.handler(
        new Request(url, { method: request.method, headers: toHeaders(request), body: hasBody ? JSON.stringify(request.body) : undefined }),
      );
      reply.status(response.status);
      for (const cookie of response.headers.getSetCookie()) reply.header("set-cookie", cookie);
      response.headers.forEach((value, key) => {
        if (key !== "set-cookie" && key !== "content-length") reply.header(key, value);
      });
      return reply.send(response.body ? Buffer.from(await response.arrayBuffer()) : null);
    },
  });
}
