/** /organisations/:orgId/personas: representative people of each stakeholder type, with avatars. */
import { and, asc, eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { stakeholderCategorySchema } from "../../../shared/journeys/document.js";
import { orgParamsSchema } from "../../../shared/schemas/common.js";
import { entityParamsSchema, type Persona, personaInputSchema, personaSchema, updatePersonaSchema } from "../../../shared/schemas/ecosystem.js";
import { requireAbility } from "../../auth/authorize.js";
import type { AppContext } from "../../context.js";
import { personas, stakeholderTypes } from "../../db/schema.js";
import { AppError, notFound } from "../../platform/problem.js";
import { findStakeholderType } from "../stakeholders/stakeholders.service.js";

const avatarTypes = { "image/png": [0x89, 0x50, 0x4e, 0x47], "image/jpeg": [0xff, 0xd8, 0xff], "image/webp": [0x52, 0x49, 0x46, 0x46] } as const;
const maxAvatarBytes = 512 * 1024;

type Row = { persona: typeof personas.$inferSelect; typeName: string; category: string };

function present(orgId: string, row: Row): Persona {
  const { persona } = row;
  return {
    id: persona.id,
    stakeholderTypeId: persona.stakeholderTypeId,
    stakeholderTypeName: row.typeName,
    category: stakeholderCategorySchema.parse(row.category),
    name: persona.name,
    role: persona.role,
    age: persona.age,
    experience: persona.experience,
    scope: persona.scope,
    goals: persona.goals,
    frustrations: persona.frustrations,
    motivations: persona.motivations,
    needs: persona.needs,
    constraints: persona.constraints,
    quote: persona.quote,
    avatarUrl: persona.avatarMime ? `/api/v1/organisations/${orgId}/personas/${persona.id}/avatar?v=${persona.updatedAt.getTime()}` : null,
    updatedAt: persona.updatedAt.toISOString(),
  };
}

export function registerPersonaRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["personas"];
  const columns = { persona: personas, typeName: stakeholderTypes.name, category: stakeholderTypes.category };

  app.addContentTypeParser(Object.keys(avatarTypes), { parseAs: "buffer", bodyLimit: maxAvatarBytes }, (_request, body, done) => done(null, body));

  async function loadOne(organisationId: string, id: string): Promise<Persona> {
    const [row] = await ctx.db
      .select(columns)
      .from(personas)
      .innerJoin(stakeholderTypes, eq(stakeholderTypes.id, personas.stakeholderTypeId))
      .where(and(eq(personas.organisationId, organisationId), eq(personas.id, id)));
    if (!row) throw notFound("persona");
    return present(organisationId, row);
  }

  async function assertTypeInOrganisation(organisationId: string, stakeholderTypeId: string | undefined) {
    if (stakeholderTypeId && !(await findStakeholderType(ctx.db, organisationId, stakeholderTypeId))) {
      throw new AppError("validation_failed", "Unknown stakeholder type.", [{ path: "body.stakeholderTypeId", message: "unknown" }]);
    }
  }

  r.get(
    "/organisations/:orgId/personas",
    {
      schema: {
        tags,
        summary: "Personas",
        params: orgParamsSchema,
        querystring: z.object({ stakeholderTypeId: z.string().uuid().optional() }),
        response: { 200: z.array(personaSchema) },
      },
    },
    async (request) => {
      const { membership } = await requireAbility(ctx, request, request.params.orgId, "journey.read");
      const rows = await ctx.db
        .select(columns)
        .from(personas)
        .innerJoin(stakeholderTypes, eq(stakeholderTypes.id, personas.stakeholderTypeId))
        .where(
          and(
            eq(personas.organisationId, membership.organisationId),
            request.query.stakeholderTypeId ? eq(personas.stakeholderTypeId, request.query.stakeholderTypeId) : undefined,
          ),
        )
        .orderBy(asc(stakeholderTypes.position), asc(personas.name));
      return rows.map((row) => present(membership.organisationId, row));
    },
  );

  r.get(
    "/organisations/:orgId/personas/:id",
    { schema: { tags, summary: "One persona", params: entityParamsSchema, response: { 200: personaSchema } } },
    async (request) => {
      const { membership } = await requireAbility(ctx, request, request.params.orgId, "journey.read");
      return loadOne(membership.organisationId, request.params.id);
    },
  );

  r.post(
    "/organisations/:orgId/personas",
    { schema: { tags, summary: "Create a persona", params: orgParamsSchema, body: personaInputSchema, response: { 201: personaSchema } } },
    async (request, reply) => {
      const { membership } = await requireAbility(ctx, request, request.params.orgId, "journey.edit");
      await assertTypeInOrganisation(membership.organisationId, request.body.stakeholderTypeId);
      const [row] = await ctx.db
        .insert(personas)
        .values({ organisationId: membership.organisationId, ...request.body })
        .returning({ id: personas.id });
      if (!row) throw new Error("insert failed");
      return reply.status(201).send(await loadOne(membership.organisationId, row.id));
    },
  );

  r.patch(
    "/organisations/:orgId/personas/:id",
    { schema: { tags, summary: "Change a persona", params: entityParamsSchema, body: updatePersonaSchema, response: { 200: personaSchema } } },
    async (request) => {
      const { membership } = await requireAbility(ctx, request, request.params.orgId, "journey.edit");
      await assertTypeInOrganisation(membership.organisationId, request.body.stakeholderTypeId);
      const updated = await ctx.db
        .update(personas)
        .set({ ...request.body, updatedAt: new Date() })
        .where(and(eq(personas.organisationId, membership.organisationId), eq(personas.id, request.params.id)))
        .returning({ id: personas.id });
      if (updated.length === 0) throw notFound("persona");
      return loadOne(membership.organisationId, request.params.id);
    },
  );

  r.delete(
    "/organisations/:orgId/personas/:id",
    { schema: { tags, summary: "Delete a persona", params: entityParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      const { membership } = await requireAbility(ctx, request, request.params.orgId, "journey.edit");
      const deleted = await ctx.db
        .delete(personas)
        .where(and(eq(personas.organisationId, membership.organisationId), eq(personas.id, request.params.id)))
        .returning({ id: personas.id });
      if (deleted.length === 0) throw notFound("persona");
      return reply.status(204).send(null);
    },
  );

  r.put(
    "/organisations/:orgId/personas/:id/avatar",
    { schema: { tags, summary: "Upload an avatar (PNG, JPEG or WebP, 512 KB at most)", params: entityParamsSchema, response: { 200: personaSchema } } },
    async (request) => {
      const { membership } = await requireAbility(ctx, request, request.params.orgId, "journey.edit");
      const mime = String(request.headers["content-type"] ?? "").split(";")[0] as keyof typeof avatarTypes;
      const body = request.body as Buffer | undefined;
      const signature = avatarTypes[mime];
      if (!signature || !Buffer.isBuffer(body) || !signature.every((byte, i) => body[i] === byte)) {
        throw new AppError("validation_failed", "Send a PNG, JPEG or WebP image.", [{ path: "body", message: "not an image" }]);
      }
      const updated = await ctx.db
        .update(personas)
        .set({ avatarMime: mime, avatarData: body, updatedAt: new Date() })
        .where(and(eq(personas.organisationId, membership.organisationId), eq(personas.id, request.params.id)))
        .returning({ id: personas.id });
      if (updated.length === 0) throw notFound("persona");
      return loadOne(membership.organisationId, request.params.id);
    },
  );

  r.get(
    "/organisations/:orgId/personas/:id/avatar",
    { schema: { tags, summary: "A persona's avatar image", params: entityParamsSchema } },
    async (request, reply) => {
      const { membership } = await requireAbility(ctx, request, request.params.orgId, "journey.read");
      const [row] = await ctx.db
        .select({ mime: personas.avatarMime, data: personas.avatarData })
        .from(personas)
        .where(and(eq(personas.organisationId, membership.organisationId), eq(personas.id, request.params.id)));
      if (!row?.mime || !row.data) throw notFound("avatar");
      return reply.type(row.mime).header("cache-control", "private, max-age=86400").header("x-content-type-options", "nosniff").send(row.data);
    },
  );
}
