/** Named versions (snapshots) of a journey, read-only views of them, and the diff between two. */
import { and, desc, eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { diffJourneys, summariseDiff } from "../../../shared/journeys/diff.js";
import { type JourneyDocument, journeyDocumentSchema } from "../../../shared/journeys/document.js";
import { journeyParamsSchema } from "../../../shared/schemas/journeys.js";
import { requireAbility } from "../../auth/authorize.js";
import type { AppContext } from "../../context.js";
import { journeyVersions, user } from "../../db/schema.js";
import { notFound } from "../../platform/problem.js";
import { recordAudit } from "../../platform/audit.js";
import { findJourney } from "./journeys.queries.js";
import { exportJourneyDocument } from "./journeys.service.js";

const versionSchema = z.object({ id: z.string(), name: z.string(), createdAt: z.string(), createdBy: z.string().nullable() }).meta({ id: "JourneyVersion" });
const versionParams = journeyParamsSchema.extend({ versionId: z.string().uuid() });
/** A version id, or "current" for the journey as it is now. */
const sideSchema = z.union([z.literal("current"), z.string().uuid()]);

export function registerJourneyVersionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["journey versions"];
  const base = "/organisations/:orgId/journeys/:journeyId/versions";

  async function documentOf(organisationId: string, journeyId: string, side: string): Promise<JourneyDocument> {
    if (side === "current") return exportJourneyDocument(ctx, organisationId, journeyId);
    const [row] = await ctx.db
      .select({ document: journeyVersions.document })
      .from(journeyVersions)
      .where(and(eq(journeyVersions.organisationId, organisationId), eq(journeyVersions.journeyId, journeyId), eq(journeyVersions.id, side)));
    if (!row) throw notFound("version");
    return journeyDocumentSchema.parse(row.document);
  }

  r.get(
    base,
    { schema: { tags, summary: "Versions of a journey", params: journeyParamsSchema, response: { 200: z.array(versionSchema) } } },
    async (request) => {
      const { membership } = await requireAbility(ctx, request, request.params.orgId, "journey.read");
      if (!(await findJourney(ctx.db, membership.organisationId, request.params.journeyId))) throw notFound("journey");
      const rows = await ctx.db
        .select({ id: journeyVersions.id, name: journeyVersions.name, createdAt: journeyVersions.createdAt, createdBy: user.name })
        .from(journeyVersions)
        .leftJoin(user, eq(user.id, journeyVersions.createdBy))
        .where(and(eq(journeyVersions.organisationId, membership.organisationId), eq(journeyVersions.journeyId, request.params.journeyId)))
        .orderBy(desc(journeyVersions.createdAt));
      return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
    },
  );

  r.post(
    base,
    {
      schema: {
        tags,
        summary: "Name a version (snapshot) of the journey as it is now",
        params: journeyParamsSchema,
        body: z.object({ name: z.string().trim().min(1).max(120) }),
        response: { 201: versionSchema },
      },
    },
    async (request, reply) => {
      const { session, membership } = await requireAbility(ctx, request, request.params.orgId, "journey.edit");
      const document = await exportJourneyDocument(ctx, membership.organisationId, request.params.journeyId);
      const [row] = await ctx.db
        .insert(journeyVersions)
        .values({
          organisationId: membership.organisationId,
          journeyId: request.params.journeyId,
          name: request.body.name,
          document,
          createdBy: session.user.id,
        })
        .returning();
      if (!row) throw new Error("insert failed");
      await recordAudit(ctx.db, {
        organisationId: membership.organisationId,
        actor: { id: session.user.id, name: session.user.name },
        action: "journey.version_created",
        targetType: "journey",
        targetId: request.params.journeyId,
        targetLabel: `${document.title} — ${row.name}`,
      });
      return reply.status(201).send({ id: row.id, name: row.name, createdAt: row.createdAt.toISOString(), createdBy: session.user.name });
    },
  );

  r.get(
    `${base}/:versionId`,
    { schema: { tags, summary: "A version's content (read-only)", params: versionParams, response: { 200: journeyDocumentSchema } } },
    async (request) => {
      const { membership } = await requireAbility(ctx, request, request.params.orgId, "journey.read");
      return documentOf(membership.organisationId, request.params.journeyId, request.params.versionId);
    },
  );

  r.get(
    "/organisations/:orgId/journeys/:journeyId/diff",
    {
      schema: {
        tags,
        summary: "What changed between two versions (or a version and now)",
        params: journeyParamsSchema,
        querystring: z.object({ from: sideSchema, to: sideSchema.default("current") }),
      },
    },
    async (request) => {
      const { membership } = await requireAbility(ctx, request, request.params.orgId, "journey.read");
      const before = await documentOf(membership.organisationId, request.params.journeyId, request.query.from);
      const after = await documentOf(membership.organisationId, request.params.journeyId, request.query.to);
      const diff = diffJourneys(before, after);
      return { summary: summariseDiff(diff), diff };
    },
  );
}
