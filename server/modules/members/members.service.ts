/** Changing roles, removing members, inviting members; the shared steps of every invitation. */
import { randomUUID } from "node:crypto";
import { type invitableRoles, type Role, roleSchema } from "../../../shared/roles.js";
import { invitationLifetimeDays } from "../../../shared/schemas/members.js";
import type { CurrentSession, Membership } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import { AppError, notFound } from "../../platform/problem.js";
import { auditAction } from "../../platform/audit.js";
import { assertMayChangeRole, assertMayRemove } from "./members.policy.js";
import { presentInvitation, presentMember } from "./members.presenter.js";
import { cancelPendingInvitation, cancelPendingInvitationsOf, insertInvitation } from "./member-invitations.queries.js";
import {
  countOwners,
  deleteMember,
  findInvitation,
  findMember,
  findOrganisationName,
  findUserByEmail,
  type InvitationKind,
  isMember,
  updateMemberRole,
} from "./members.queries.js";

/** The audit log's actor for the signed-in caller. */

/** A new invitation id, made like better-auth's own (the accept route reads both alike). */
export async function newInvitationId(ctx: AppContext): Promise<string> {
  return (await ctx.auth.$context).generateId({ model: "invitation" }) || randomUUID();
}

/** When an invitation sent now stops being valid. */
export function invitationExpiry(now = new Date()): Date {
  return new Date(now.getTime() + invitationLifetimeDays * 24 * 60 * 60 * 1000);
}

/** The organisation's display name, for e-mails. */
export async function organisationNameOf(ctx: AppContext, organisationId: string): Promise<string> {
  return findOrganisationName(ctx.db, organisationId);
}

/**
 * Refuses an address that already belongs to a member of this organisation (which the
 * organisation already sees in its list); says nothing about accounts elsewhere.
 */
export async function assertNotMember(ctx: AppContext, organisationId: string, email: string): Promise<void> {
  const existing = await findUserByEmail(ctx.db, email);
  if (!existing) return;
  if (await isMember(ctx.db, organisationId, existing.id)) throw new AppError("already_member", `${email} is already a member.`);
}

export async function changeRole(ctx: AppContext, session: CurrentSession, actor: Membership, memberId: string, newRole: Role) {
  const target = await findMember(ctx.db, actor.organisationId, memberId);
  if (!target) throw notFound("member");
  const oldRole = roleSchema.catch("viewer").parse(target.member.role);
  assertMayChangeRole(actor, { id: target.member.id, role: oldRole }, newRole, await countOwners(ctx.db, actor.organisationId));
  await ctx.db.transaction(async (tx) => {
    await updateMemberRole(tx, actor.organisationId, memberId, newRole);
    await auditAction(tx, session, actor.organisationId, "member.role_changed", { type: "member", id: target.user.id, label: target.user.name }, { from: oldRole, to: newRole });
  });
  return presentMember({ ...target, member: { ...target.member, role: newRole } });
}

export async function removeMember(ctx: AppContext, session: CurrentSession, actor: Membership, memberId: string): Promise<void> {
  const target = await findMember(ctx.db, actor.organisationId, memberId);
  if (!target) throw notFound("member");
  assertMayRemove(actor, { id: target.member.id, role: roleSchema.catch("viewer").parse(target.member.role) }, await countOwners(ctx.db, actor.organisationId));
  await ctx.db.transaction(async (tx) => {
    await deleteMember(tx, actor.organisationId, memberId, target.user.id);
    await auditAction(tx, session, actor.organisationId, "member.removed", { type: "member", id: target.user.id, label: target.user.name }, { role: target.member.role });
  });
}

/**
 * Invites someone to join as a member: the invitation row, its audit entry and its e-mail in one
 * transaction, so that over the organisation's daily mail quota nothing is left behind.
 */
export async function inviteMember(ctx: AppContext, session: CurrentSession, actor: Membership, email: string, role: (typeof invitableRoles)[number]) {
  const organisationId = actor.organisationId;
  await assertNotMember(ctx, organisationId, email);
  const organisationName = await organisationNameOf(ctx, organisationId);
  const row = {
    id: await newInvitationId(ctx),
    organizationId: organisationId,
    email,
    role,
    status: "pending",
    expiresAt: invitationExpiry(),
    createdAt: new Date(),
    inviterId: session.user.id,
  };
  await ctx.db.transaction(async (tx) => {
    await cancelPendingInvitationsOf(tx, organisationId, email);
    await insertInvitation(tx, row);
    await auditAction(tx, session, organisationId, "invitation.created", { type: "invitation", id: row.id, label: email }, { role });
    await ctx.mailer.queue(
      {
        kind: "invitation",
        to: email,
        locale: session.user.locale,
        organisationId,
        link: `${ctx.env.publicUrl}/invitations/${row.id}`,
        isLinkShownInOutbox: true,
        params: { organisation: organisationName, inviter: session.user.name, role },
      },
      tx,
    );
  });
  return presentInvitation(row, session.user.name);
}

/** Withdraws a pending invitation of the given kind (a guest one through the guests' route). */
export async function cancelInvitation(ctx: AppContext, session: CurrentSession, actor: Membership, invitationId: string, kind: InvitationKind): Promise<void> {
  const row = await findInvitation(ctx.db, actor.organisationId, invitationId);
  if (row?.status !== "pending" || (row.role === "guest") !== (kind === "guests")) throw notFound("invitation");
  await ctx.db.transaction(async (tx) => {
    await cancelPendingInvitation(tx, actor.organisationId, invitationId);
    await auditAction(tx, session, actor.organisationId, "invitation.canceled", { type: "invitation", id: invitationId, label: row.email });
  });
}

/**
 * The guest's welcome page: where they land from the invitation e-mail, however late, and ask
 * for a sign-in link. The address rides in the fragment, which browsers never send to a server.
 */
export function guestWelcomeLink(publicUrl: string, email: string, next: string): string {
  return `${publicUrl}/welcome?next=${encodeURIComponent(next)}#email=${encodeURIComponent(email)}`;
}
