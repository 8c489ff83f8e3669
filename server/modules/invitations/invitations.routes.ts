/**
 * An invitee's side: see an invitation, then accept it (signed in with the invited, verified
 * e-mail). A member's invitation is accepted by better-auth; an outside guest's by us
 * (members/guest-invitations.service.ts), which adds the guest grant.
 */
import { eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { guestKindSchema, roleSchema } from "../../../shared/roles.js";
import { idParam } from "../../../shared/schemas/common.js";
import { invitationPreviewSchema } from "../../../shared/schemas/members.js";
import { callAuth } from "../../auth/call-auth.js";
import { requireSession, toHeaders } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import { guestInvitations, invitation, organization, user } from "../../db/schema.js";
import { AppError, notFound } from "../../platform/problem.js";
import { recordAudit } from "../../platform/audit.js";
import { acceptGuestInvitation } from "../members/guest-invitations.service.js";

const params = z.object({ invitationId: idParam });
const invitationStatusSchema = z.enum(["pending", "accepted", "rejected", "canceled"]);

export function registerInvitationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["invitations"];

  // Unscoped by organisation on purpose: the invitation id (random, e-mailed) is the key.
  async function unsafeFindInvitationById(invitationId: string) {
    const rows = await ctx.db
      .select({ invitation, organisationName: organization.name, inviterName: user.name, guest: guestInvitations })
      .from(invitation)
      .innerJoin(organization, eq(organization.id, invitation.organizationId))
      .leftJoin(user, eq(user.id, invitation.inviterId))
      .leftJoin(guestInvitations, eq(guestInvitations.invitationId, invitation.id))
      .where(eq(invitation.id, invitationId))
      .limit(1);
    return rows[0] ?? null;
  }

  async function isEmailVerified(userId: string): Promise<boolean> {
    const rows = await ctx.db.select({ emailVerified: user.emailVerified }).from(user).where(eq(user.id, userId)).limit(1);
    return rows[0]?.emailVerified === true;
  }

  r.get(
    "/invitations/:invitationId",
    {
      schema: { tags, summary: "An invitation addressed to me", params, response: { 200: invitationPreviewSchema } },
      config: { rateLimit: { max: 30, timeWindow: "1 minute" } },
    },
    async (request) => {
      await requireSession(ctx.auth, request);
      const found = await unsafeFindInvitationById(request.params.invitationId);
      if (!found) throw notFound("invitation");
      const status = invitationStatusSchema.catch("pending").parse(found.invitation.status);
      return {
        id: found.invitation.id,
        organisationName: found.organisationName,
        email: found.invitation.email,
        role: roleSchema.catch("viewer").parse(found.invitation.role),
        status,
        isExpired: found.invitation.expiresAt.getTime() < Date.now(),
        inviterName: found.inviterName,
        guest: found.guest ? { kind: guestKindSchema.catch("other").parse(found.guest.guestKind), purpose: found.guest.purpose } : null,
      };
    },
  );

  r.post(
    "/invitations/:invitationId/accept",
    {
      schema: { tags, summary: "Accept an invitation", params, response: { 200: z.object({ organisationId: z.string() }) } },
      config: { rateLimit: { max: 30, timeWindow: "1 minute" } },
    },
    async (request) => {
      const session = await requireSession(ctx.auth, request);
      const found = await unsafeFindInvitationById(request.params.invitationId);
      if (!found) throw notFound("invitation");
      if (found.invitation.email.toLowerCase() !== session.user.email.toLowerCase()) {
        throw new AppError("forbidden", `This invitation was sent to ${found.invitation.email}; sign in with that address.`);
      }
      // Only a proven address accepts: otherwise anyone who learnt a pending invitation's address
      // could sign up with it and take the role (an outside guest becoming admin).
      if (!(await isEmailVerified(session.user.id))) {
        throw new AppError("email_not_verified", "Confirm your e-mail address (see the link we sent you) before accepting this invitation.");
      }
      // An outside guest's invitation: membership and grant made by us, in one transaction.
      if (found.invitation.role === "guest") return acceptGuestInvitation(ctx, session, found.invitation.id);
      await callAuth(() => ctx.auth.api.acceptInvitation({ body: { invitationId: found.invitation.id }, headers: toHeaders(request) }));
      await recordAudit(ctx.db, {
        organisationId: found.invitation.organizationId,
        actor: { id: session.user.id, name: session.user.name },
        action: "invitation.accepted",
        targetType: "invitation",
        targetId: found.invitation.id,
        targetLabel: found.invitation.email,
        data: { role: found.invitation.role },
      });
      return { organisationId: found.invitation.organizationId };
    },
  );
}
