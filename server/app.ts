/**
 * buildApp: the Fastify application with every plugin and module, used by main.ts and by tests.
 * It receives its dependencies; it never starts a database or reads process.env.
 */
import fs from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance } from "fastify";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import type { DestinationStream } from "pino";
import type { AppContext } from "./context.js";
import { toTrustProxyOption } from "./http/client-address.js";
import { registerCredentialLimits } from "./http/credential-limits.js";
import { answerFrameworkError, registerEdgeGuards } from "./http/edge.js";
import { RedactingLogController, serializeRequestForLog } from "./http/log-redaction.js";
import { registerProblemHandlers } from "./platform/problem.js";
import { registerSecurity } from "./http/security.js";
import websocket from "@fastify/websocket";
import { registerWorkshopSocket } from "./realtime/workshop-socket.js";
import { features } from "./modules/index.js";
import { registerPolicies } from "./platform/authorise.js";
import { webDistDir } from "./paths.js";

export type App = FastifyInstance;

/** Options a caller may give beside the context; `logStream` receives the log lines (stdout when absent). */
export type BuildOptions = { logStream?: DestinationStream };

export async function buildApp(ctx: AppContext, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    // Request lines carry no query string and no token-bearing path segment (log-redaction.ts).
    logger:
      ctx.env.LOG_LEVEL === "silent"
        ? false
        : { level: ctx.env.LOG_LEVEL, serializers: { req: serializeRequestForLog }, ...(options.logStream ? { stream: options.logStream } : {}) },
    bodyLimit: 1024 * 1024,
    // Unset TRUST_PROXY trusts no proxy, whatever NODE_ENV says; request.ip is then the socket's address.
    trustProxy: toTrustProxyOption(ctx.env.TRUST_PROXY),
    frameworkErrors: answerFrameworkError,
    // One line per request only when debugging; errors are always logged.
    logController: new RedactingLogController({ disableRequestLogging: !["debug", "trace"].includes(ctx.env.LOG_LEVEL) }),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandlers(app);
  registerEdgeGuards(app);
  await registerSecurity(app, ctx.env);
  registerCredentialLimits(app, ctx.env, ctx.pool);

  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: { title: "Tutti API", version: ctx.version, description: "Map, co-design, measure and improve the extended learner journey." },
      servers: [{ url: ctx.env.publicUrl }],
      components: { securitySchemes: { session: { type: "apiKey", in: "cookie", name: "tutti.session_token" } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  await app.register(swaggerUi, { routePrefix: "/api/docs", staticCSP: true });

  for (const feature of features) {
    if (feature.policies) registerPolicies(feature.policies);
    await feature.routes?.(app, ctx);
  }
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  registerWorkshopSocket(app, ctx);
  await registerWebApp(app);
  return app;
}

/** Serves the built web app with an SPA fallback, when it has been built. */
async function registerWebApp(app: FastifyInstance): Promise<void> {
  if (!fs.existsSync(path.join(webDistDir, "index.html"))) return;
  await app.register(fastifyStatic, {
    root: webDistDir,
    prefix: "/",
    wildcard: false,
    index: false,
    // file.br / file.gz written by the build (scripts/build.mjs), sent as they are to a browser that accepts them.
    preCompressed: true,
    // Vite's assets carry their content hash in their name: a browser keeps them for a year.
    setHeaders: (reply, filePath) => {
      if (filePath.includes(`${path.sep}assets${path.sep}`)) reply.header("cache-control", "public, max-age=31536000, immutable");
    },
  });
  const indexHtml = fs.readFileSync(path.join(webDistDir, "index.html"), "utf8");
  app.get("/*", { schema: { hide: true } }, async (request, reply) => {
    if (request.url.startsWith("/api/")) return reply.callNotFound();
    const filePath = path.join(webDistDir, (request.params as { "*": string })["*"]);
    if (filePath.startsWith(webDistDir) && fs.existsSync(filePath) && fs.statSync(filePath).isFile()) {
      return reply.sendFile(path.relative(webDistDir, filePath));
    }
    return reply.type("text/html; charset=utf-8").header("cache-control", "no-cache").send(indexHtml);
  });
}
