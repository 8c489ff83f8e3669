/**
 * Outside guests (teacher, company tutor, funder) are invited, never added: an invitation stays
 * pending — better-auth's `invitation` row with role "guest", plus what the inviter typed in
 * `guest_invitations` — until the person opens it signed in with the invited, verified address.
 * Only then are the membership (role guest) and the guest grant created. Until then the
 * organisation sees the name it typed and the address; the answer, status, e-mail and audit entry
 * are the same whether the address had an account or not (issue 10, findings 10 and 17).
 */
import type { z } from "zod";
import type { inviteGuestSchema } from "../../../shared/schemas/members.js";
import type { CurrentSession, Membership } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import { AppError, notFound } from "../../platform/problem.js";
import { auditAction } from "../../platform/audit.js";
import { presentInvitation } from "./members.presenter.js";
import {
  cancelPendingInvitationsOf,
  insertGuestInvitationDetails,
  insertInvitation,
  insertPasswordlessUser,
  lockGuestInvitation,
  markInvitationAccepted,
  setActiveOrganisation,
} from "./member-invitations.queries.js";
import { ensureGuestMembership, findUserByEmail } from "./members.queries.js";
import { assertNotMember, guestWelcomeLink, invitationExpiry, newInvitationId, organisationNameOf } from "./members.service.js";

/**
 * Invites an outside guest: the account of the address (found, or created without password so
 * that the welcome page can e-mail it a sign-in link, and so that both cases leave the same
 * trace), the pending invitation, its audit entry and its e-mail, all in one transaction — over
 * the organisation's mail quota nothing is written. No membership is created here.
 */
export async function inviteGuest(ctx: AppContext, session: CurrentSession, actor: Membership, input: z.output<typeof inviteGuestSchema>) {
  const organisationId = actor.organisationId;
  await assertNotMember(ctx, organisationId, input.email);
  const hasAccount = (await findUserByEmail(ctx.db, input.email)) !== null;
  const authContext = await ctx.auth.$context;
  const organisationName = await organisationNameOf(ctx, organisationId);
  const now = new Date();
  const row = {
    id: await newInvitationId(ctx),
    organizationId: organisationId,
    email: input.email,
    role: "guest",
    status: "pending",
    expiresAt: invitationExpiry(now),
    createdAt: now,
    inviterId: session.user.id,
  };
  const details = { invitationId: row.id, organisationId, displayName: input.name, guestKind: input.guestKind, purpose: input.purpose };
  await ctx.db.transaction(async (tx) => {
    if (!hasAccount) {
      const userId = authContext.generateId({ model: "user" }) || crypto.randomUUID();
      await insertPasswordlessUser(tx, { id: userId, name: input.name, email: input.email, emailVerified: false, locale: input.locale, createdAt: now, updatedAt: now });
    }
    await cancelPendingInvitationsOf(tx, organisationId, input.email);
    await insertInvitation(tx, row);
    await insertGuestInvitationDetails(tx, details);
    // Labelled with the address the inviter typed, never an account's name.
    await auditAction(tx, session, organisationId, "guest.invited", { type: "invitation", id: row.id, label: input.email }, { guestKind: input.guestKind });
    // The invitation carries no sign-in link (those last 15 minutes and go only to their owner):
    // it opens a page where the guest asks, in one click, for a link that leads to the invitation.
    await ctx.mailer.queue(
      {
        kind: "guest_invitation",
        to: input.email,
        locale: input.locale,
        organisationId,
        link: guestWelcomeLink(ctx.env.publicUrl, input.email, `/invitations/${row.id}`),
        isLinkShownInOutbox: true,
        params: { organisation: organisationName, inviter: session.user.name },
      },
      tx,
    );
  });
  return presentInvitation(row, session.user.name, details);
}

/**
 * The invited person accepts, signed in with the invited address, verified (the route checks
 * both): they become a guest of the organisation — unless already one of its people — with the
 * grant the inviter wrote, and the organisation becomes their active one.
 */
export async function acceptGuestInvitation(ctx: AppContext, session: CurrentSession, invitationId: string): Promise<{ organisationId: string }> {
  return ctx.db.transaction(async (tx) => {
    const found = await lockGuestInvitation(tx, invitationId);
    if (found?.invitation.status !== "pending") throw notFound("invitation");
    if (found.invitation.expiresAt.getTime() < Date.now()) throw new AppError("conflict", "This invitation has expired; ask for a new one.");
    const organisationId = found.invitation.organizationId;
    const userId = session.user.id;
    await ensureGuestMembership(tx, {
      organisationId,
      userId,
      guestKind: found.details.guestKind,
      purpose: found.details.purpose,
      invitedBy: found.invitation.inviterId,
    });
    await markInvitationAccepted(tx, invitationId);
    await setActiveOrganisation(tx, session.sessionId, organisationId);
    await auditAction(tx, session, organisationId, "invitation.accepted", { type: "invitation", id: invitationId, label: found.invitation.email }, { role: "guest" });
    return { organisationId };
  });
}
