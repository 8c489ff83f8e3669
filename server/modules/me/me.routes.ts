/** /api/v1/me: who am I, my preferences, my data (export) and my account (erasure). */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { guestKindSchema } from "../../../shared/roles.js";
import { eraseAccountSchema, meSchema, updateMeSchema } from "../../../shared/schemas/me.js";
import { requireSession } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import { findGuestGrants } from "./me.queries.js";
import { eraseAccount, exportPersonalData, loadMe, updateMe } from "./me.service.js";

const guestGrantSchema = z.object({
  organisationId: z.string(),
  organisationName: z.string(),
  guestKind: guestKindSchema,
  purpose: z.string(),
  invitedBy: z.string().nullable(),
  invitedAt: z.string(),
});

export function registerMeRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["me"];

  r.get("/me", { schema: { tags, summary: "The signed-in person", response: { 200: meSchema } } }, async (request) => {
    return loadMe(ctx, await requireSession(ctx.auth, request));
  });

  r.patch("/me", { schema: { tags, summary: "Change my name or language", body: updateMeSchema, response: { 200: meSchema } } }, async (request) => {
    const session = await requireSession(ctx.auth, request);
    await updateMe(ctx, session, request.body);
    return loadMe(ctx, session);
  });

  r.get("/me/export", { schema: { tags, summary: "Export all my personal data (RGPD)" } }, async (request, reply) => {
    const session = await requireSession(ctx.auth, request);
    const data = await exportPersonalData(ctx, session);
    return reply.header("content-disposition", 'attachment; filename="tutti-personal-data.json"').send(data);
  });

  r.delete("/me", { schema: { tags, summary: "Erase my account (RGPD)", body: eraseAccountSchema, response: { 204: z.null() } } }, async (request, reply) => {
    const session = await requireSession(ctx.auth, request);
    await eraseAccount(ctx, session, request.body.confirmEmail);
    reply.header("set-cookie", "tutti.session_token=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
    return reply.status(204).send(null);
  });

  r.get(
    "/me/guest-grants",
    { schema: { tags, summary: "What I was invited for as an outside guest", response: { 200: z.array(guestGrantSchema) } } },
    async (request) => {
      const session = await requireSession(ctx.auth, request);
      const grants = await findGuestGrants(ctx.db, session.user.id);
      return grants.map((g) => ({ ...g, guestKind: guestKindSchema.catch("other").parse(g.guestKind), invitedAt: g.invitedAt.toISOString() }));
    },
  );
}
