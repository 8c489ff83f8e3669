/** Changing roles, removing members, inviting members and outside guests. */
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import type { z } from "zod";
import { type Role, roleSchema } from "../../../shared/roles.js";
import type { inviteGuestSchema } from "../../../shared/schemas/members.js";
import { callAuth } from "../../auth/call-auth.js";
import { type CurrentSession, type Membership, toHeaders } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import { guestGrants, invitation, member, organization } from "../../db/schema.js";
import { AppError, notFound } from "../../http/problem.js";
import { recordAudit } from "../audit/audit.queries.js";
import { assertMayChangeRole, assertMayRemove } from "./members.policy.js";
import { presentInvitation, presentMember } from "./members.presenter.js";
import { countOwners, findInvitation, findMember, findUserByEmail } from "./members.queries.js";

const actorOf = (session: CurrentSession) => ({ id: session.user.id, name: session.user.name });

/** Refuses an address that already belongs to a member; returns its user when it exists. */
async function assertNotMember(ctx: AppContext, organisationId: string, email: string) {
  const existing = await findUserByEmail(ctx.db, email);
  if (!existing) return null;
  const already = await ctx.db
    .select({ id: member.id })
    .from(member)
    .where(and(eq(member.userId, existing.id), eq(member.organizationId, organisationId)))
    .limit(1);
  if (already.length > 0) throw new AppError("already_member", `${email} is already a member.`);
  return existing;
}

export async function changeRole(ctx: AppContext, session: CurrentSession, actor: Membership, memberId: string, newRole: Role) {
  const target = await findMember(ctx.db, actor.organisationId, memberId);
  if (!target) throw notFound("member");
  const oldRole = roleSchema.catch("viewer").parse(target.member.role);
  assertMayChangeRole(actor, { id: target.member.id, role: oldRole }, newRole, await countOwners(ctx.db, actor.organisationId));
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(member)
      .set({ role: newRole })
      .where(and(eq(member.id, memberId), eq(member.organizationId, actor.organisationId)));
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actor: actorOf(session),
      action: "member.role_changed",
      targetType: "member",
      targetId: target.user.id,
      targetLabel: target.user.name,
      data: { from: oldRole, to: newRole },
    });
  });
  return presentMember({ ...target, member: { ...target.member, role: newRole } });
}

export async function removeMember(ctx: AppContext, session: CurrentSession, actor: Membership, memberId: string): Promise<void> {
  const target = await findMember(ctx.db, actor.organisationId, memberId);
  if (!target) throw notFound("member");
  assertMayRemove(actor, { id: target.member.id, role: roleSchema.catch("viewer").parse(target.member.role) }, await countOwners(ctx.db, actor.organisationId));
  await ctx.db.transaction(async (tx) => {
    await tx.delete(member).where(and(eq(member.id, memberId), eq(member.organizationId, actor.organisationId)));
    await tx.delete(guestGrants).where(and(eq(guestGrants.userId, target.user.id), eq(guestGrants.organisationId, actor.organisationId)));
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actor: actorOf(session),
      action: "member.removed",
      targetType: "member",
      targetId: target.user.id,
      targetLabel: target.user.name,
      data: { role: target.member.role },
    });
  });
}

export async function inviteMember(ctx: AppContext, request: FastifyRequest, session: CurrentSession, actor: Membership, email: string, role: Role) {
  await assertNotMember(ctx, actor.organisationId, email);
  const created = await callAuth(() =>
    ctx.auth.api.createInvitation({
      body: { email, role: role as "admin", organizationId: actor.organisationId, resend: true },
      headers: toHeaders(request),
    }),
  );
  await recordAudit(ctx.db, {
    organisationId: actor.organisationId,
    actor: actorOf(session),
    action: "invitation.created",
    targetType: "invitation",
    targetId: created.id,
    targetLabel: email,
    data: { role },
  });
  const row = await findInvitation(ctx.db, actor.organisationId, created.id);
  if (!row) throw notFound("invitation");
  return presentInvitation(row, session.user.name);
}

export async function cancelInvitation(ctx: AppContext, session: CurrentSession, actor: Membership, invitationId: string): Promise<void> {
  const row = await findInvitation(ctx.db, actor.organisationId, invitationId);
  if (row?.status !== "pending") throw notFound("invitation");
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(invitation)
      .set({ status: "canceled" })
      .where(and(eq(invitation.id, invitationId), eq(invitation.organizationId, actor.organisationId)));
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actor: actorOf(session),
      action: "invitation.canceled",
      targetType: "invitation",
      targetId: invitationId,
      targetLabel: row.email,
    });
  });
}

/**
 * The guest's welcome page: where they land from the invitation e-mail, however late, and ask
 * for a sign-in link. The address rides in the fragment, which browsers never send to a server.
 */
export function guestWelcomeLink(publicUrl: string, email: string, next: string): string {
  return `${publicUrl}/welcome?next=${encodeURIComponent(next)}#email=${encodeURIComponent(email)}`;
}

/**
 * Invites an outside guest (teacher, company tutor, funder): an account without password,
 * a membership with the guest role, what they are invited for, and an invitation e-mail that
 * leads to their welcome page.
 */
export async function inviteGuest(
  ctx: AppContext,
  session: CurrentSession,
  actor: Membership,
  input: z.output<typeof inviteGuestSchema>,
  options: { callbackURL?: string } = {},
) {
  let guest = await assertNotMember(ctx, actor.organisationId, input.email);
  if (!guest) {
    const authContext = await ctx.auth.$context;
    const created = await authContext.internalAdapter.createUser(
      { email: input.email, name: input.name, emailVerified: false, locale: input.locale },
      { method: "magic-link" },
    );
    guest = { ...created, locale: input.locale } as NonNullable<typeof guest>;
  }
  const guestUser = guest;
  const memberId = randomUUID();
  await ctx.db.transaction(async (tx) => {
    await tx.insert(member).values({ id: memberId, organizationId: actor.organisationId, userId: guestUser.id, role: "guest", createdAt: new Date() });
    await tx
      .insert(guestGrants)
      .values({ organisationId: actor.organisationId, userId: guestUser.id, guestKind: input.guestKind, purpose: input.purpose, invitedBy: session.user.id });
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actor: actorOf(session),
      action: "guest.invited",
      targetType: "member",
      targetId: guestUser.id,
      targetLabel: guestUser.name,
      data: { guestKind: input.guestKind },
    });
  });
  const [org] = await ctx.db.select({ name: organization.name }).from(organization).where(eq(organization.id, actor.organisationId));
  // The invitation carries no sign-in link (those last 15 minutes and go only to their owner): it
  // opens a page where the guest asks, in one click, for a fresh link to the invited address.
  await ctx.mailer.queue({
    kind: "guest_invitation",
    to: input.email,
    locale: input.locale,
    organisationId: actor.organisationId,
    link: guestWelcomeLink(ctx.env.publicUrl, input.email, options.callbackURL ?? "/guest"),
    isLinkShownInOutbox: true,
    params: { organisation: org?.name ?? "", inviter: session.user.name },
  });
  const row = await findMember(ctx.db, actor.organisationId, memberId);
  if (!row) throw notFound("member");
  return presentMember({ ...row, guest: { kind: input.guestKind, purpose: input.purpose } });
}
