/**
 * An invitee's side: see an invitation, then accept it (signed in with the invited, verified
 * e-mail). A member's invitation is accepted by better-auth; an outside guest's by the members
 * feature (acceptGuestInvitation), which adds the guest grant.
 */
import type { FastifyRequest } from "fastify";
import { guestKindSchema, roleSchema } from "../../../shared/roles.js";
import type { InvitationPreview } from "../../../shared/schemas/members.js";
import { callAuth } from "../../auth/call-auth.js";
import { type CurrentSession, toHeaders } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import { auditAction } from "../../platform/audit.js";
import { AppError, notFound } from "../../platform/problem.js";
import { acceptGuestInvitation } from "../members/index.js";
import { isEmailVerified, unsafeFindInvitationById } from "./invitations.queries.js";

const statuses = ["pending", "accepted", "rejected", "canceled"] as const;

export async function previewInvitation(ctx: AppContext, invitationId: string): Promise<InvitationPreview> {
  const found = await unsafeFindInvitationById(ctx.db, invitationId);
  if (!found) throw notFound("invitation");
  const status = statuses.includes(found.invitation.status as never) ? (found.invitation.status as (typeof statuses)[number]) : "pending";
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
}

export async function acceptInvitation(
  ctx: AppContext,
  request: FastifyRequest,
  session: CurrentSession,
  invitationId: string,
): Promise<{ organisationId: string }> {
  const found = await unsafeFindInvitationById(ctx.db, invitationId);
  if (!found) throw notFound("invitation");
  if (found.invitation.email.toLowerCase() !== session.user.email.toLowerCase()) {
    throw new AppError("forbidden", `This invitation was sent to ${found.invitation.email}; sign in with that address.`);
  }
  // Only a proven address accepts: otherwise anyone who learnt a pending invitation's address
  // could sign up with it and take the role (an outside guest becoming admin).
  if (!(await isEmailVerified(ctx.db, session.user.id))) {
    throw new AppError("email_not_verified", "Confirm your e-mail address (see the link we sent you) before accepting this invitation.");
  }
  // An outside guest's invitation: membership and grant made by the members feature, in one transaction.
  if (found.invitation.role === "guest") return acceptGuestInvitation(ctx, session, found.invitation.id);
  await callAuth(() => ctx.auth.api.acceptInvitation({ body: { invitationId: found.invitation.id }, headers: toHeaders(request) }));
  await auditAction(ctx.db, session, found.invitation.organizationId, "invitation.accepted", { type: "invitation", id: found.invitation.id, label: found.invitation.email }, { role: found.invitation.role });
  return { organisationId: found.invitation.organizationId };
}
