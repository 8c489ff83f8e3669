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
import { registerProblemHandlers } from "./http/problem.js";
import { registerSecurity } from "./http/security.js";
import websocket from "@fastify/websocket";
import { registerWorkshopSocket } from "./realtime/workshop-socket.js";
import { registerAuthRoutes } from "./modules/auth/auth.routes.js";
import { registerAuditRoutes } from "./modules/audit/audit.routes.js";
import { registerHealthRoutes } from "./modules/health/health.routes.js";
import { registerInvitationRoutes } from "./modules/invitations/invitations.routes.js";
import { registerMeRoutes } from "./modules/me/me.routes.js";
import { registerMemberRoutes } from "./modules/members/members.routes.js";
import { registerOrganisationRoutes } from "./modules/organisations/organisations.routes.js";
import { registerOutboxRoutes } from "./modules/outbox/outbox.routes.js";
import { registerSsoRoutes } from "./modules/sso/sso.routes.js";
import { registerJourneyRoutes } from "./modules/journeys/journeys.routes.js";
import { registerJourneyStructureRoutes } from "./modules/journeys/structure.routes.js";
import { registerJourneyVersionRoutes } from "./modules/journeys/versions.routes.js";
import { registerPersonaRoutes } from "./modules/personas/personas.routes.js";
import { registerProgrammeRoutes } from "./modules/programmes/programmes.routes.js";
import { registerStakeholderRoutes } from "./modules/stakeholders/stakeholders.routes.js";
import { registerSurveyDashboardRoutes } from "./modules/surveys/dashboard.routes.js";
import { registerSurveyAnswerRoutes } from "./modules/survey-answers/answers.routes.js";
import { registerSurveyResultRoutes } from "./modules/surveys/results.routes.js";
import { registerSurveyRoutes } from "./modules/surveys/surveys.routes.js";
import { registerSurveyWaveRoutes } from "./modules/surveys/waves.routes.js";
import { registerPromoterRoutes } from "./modules/promoters/promoters.routes.js";
import { registerWebhookRoutes } from "./modules/webhooks/webhooks.routes.js";
import { registerWorkshopAfterwardsRoutes } from "./modules/workshops/afterwards.routes.js";
import { registerWorkshopRoutes } from "./modules/workshops/workshops.routes.js";
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

  registerAuthRoutes(app, ctx);
  registerHealthRoutes(app, ctx);
  await app.register(
    async (v1) => {
      registerMeRoutes(v1, ctx);
      registerOrganisationRoutes(v1, ctx);
      registerMemberRoutes(v1, ctx);
      registerInvitationRoutes(v1, ctx);
      registerAuditRoutes(v1, ctx);
      registerOutboxRoutes(v1, ctx);
      registerSsoRoutes(v1, ctx);
      registerStakeholderRoutes(v1, ctx);
      registerPersonaRoutes(v1, ctx);
      registerProgrammeRoutes(v1, ctx);
      registerJourneyRoutes(v1, ctx);
      registerJourneyStructureRoutes(v1, ctx);
      registerJourneyVersionRoutes(v1, ctx);
      registerSurveyRoutes(v1, ctx);
      registerSurveyResultRoutes(v1, ctx);
      registerSurveyDashboardRoutes(v1, ctx);
      registerWorkshopRoutes(v1, ctx);
      registerWorkshopAfterwardsRoutes(v1, ctx);
      registerWebhookRoutes(v1, ctx);
      registerPromoterRoutes(v1, ctx);
      registerSurveyWaveRoutes(v1, ctx);
    },
    { prefix: "/api/v1" },
  );

  await registerSurveyAnswerRoutes(app, ctx);
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  registerWorkshopSocket(app, ctx);
  await registerWebApp(app);
  return app;
}

/** Serves the built web app with an SPA fallback, when it has been built. */
async function registerWebApp(app: FastifyInstance): Promise<void> {
  if (!fs.existsSync(path.join(webDistDir, "index.html"))) return;
  await app.register(fastifyStatic, { root: webDistDir, prefix: "/", wildcard: false, index: false });
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
