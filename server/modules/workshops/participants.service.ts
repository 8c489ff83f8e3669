/**
 * Who takes part in a workshop: members of the organisation (guests included), added as they
 * are; anyone else is invited by e-mail and becomes a guest of the organisation and a participant
 * only when they accept — by opening the workshop signed in with the invited, verified address
 * (acceptWorkshopInvitation). Until then the organisation sees the name it typed, never the name
 * of an account, and the same answer whether the address had an account or not (issue 10,
 * findings 10 and 17). A workshop always keeps at least one facilitator.
 */
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { addParticipantSchema, updateParticipantSchema } from "../../../shared/schemas/workshops.js";
import type { CurrentSession, Membership } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import { member, organization, user, workshopInvitations, workshopParticipants, workshops } from "../../db/schema.js";
import { AppError, notFound } from "../../platform/problem.js";
import { queueMailsInTransaction } from "../../mail/transactional.js";
import { recordAudit } from "../../platform/audit.js";
import { ensureGuestMembership, findUserByEmail } from "../members/members.queries.js";
import { guestWelcomeLink } from "../members/members.service.js";
import { assertPreparable } from "./workshops.policy.js";
import { assertStakeholderType, findWorkshop, lockWorkshop, type WorkshopRow } from "./workshops.queries.js";
import { getWorkshop } from "./workshops.service.js";

type Add = z.output<typeof addParticipantSchema>;
const actorOf = (session: CurrentSession) => ({ id: session.user.id, name: session.user.name });
const alreadyThere = () => new AppError("conflict", "This person already takes part in the workshop.");

async function membershipOf(ctx: AppContext, organisationId: string, userId: string) {
  const [row] = await ctx.db
    .select({ role: member.role })
    .from(member)
    .where(and(eq(member.organizationId, organisationId), eq(member.userId, userId)));
  return row ?? null;
}

async function assertOpenWorkshop(ctx: AppContext, organisationId: string, workshopId: string) {
  const found = await findWorkshop(ctx.db, organisationId, workshopId);
  if (!found) throw notFound("workshop");
  assertPreparable(found.workshop.status);
  return found.workshop;
}

export async function addParticipant(ctx: AppContext, session: CurrentSession, membership: Membership, workshopId: string, input: Add) {
  const organisationId = membership.organisationId;
  const workshop = await assertOpenWorkshop(ctx, organisationId, workshopId);
  if (!(await assertStakeholderType(ctx.db, organisationId, input.stakeholderTypeId)))
    throw new AppError("validation_failed", "Unknown stakeholder type.", [{ path: "body.stakeholderTypeId", message: "unknown" }]);
  let userId = input.userId ?? null;
  if (!userId && input.email) {
    // Someone already in the organisation (member or guest) is added as they are; anyone else is invited.
    const existing = await findUserByEmail(ctx.db, input.email);
    if (existing && (await membershipOf(ctx, organisationId, existing.id))) userId = existing.id;
    else {
      await inviteOutsider(ctx, session, workshop, { ...input, email: input.email, name: input.name ?? input.email }, existing);
      return getWorkshop(ctx, organisationId, workshopId, true);
    }
  }
  // Only members of this organisation: any other account is unknown here, like an id that does not exist.
  const membershipRow = userId ? await membershipOf(ctx, organisationId, userId) : null;
  if (!userId || !membershipRow) throw notFound("person");
  const inserted = await ctx.db
    .insert(workshopParticipants)
    .values({ organisationId, workshopId, userId, role: input.role, stakeholderTypeId: input.stakeholderTypeId, isOutsider: membershipRow.role === "guest" })
    .onConflictDoNothing()
    .returning({ id: workshopParticipants.id });
  if (inserted.length === 0) throw alreadyThere();
  await recordAudit(ctx.db, {
    organisationId,
    actor: actorOf(session),
    action: "workshop.participant_added",
    targetType: "workshop",
    targetId: workshopId,
    targetLabel: workshop.title,
    data: { userId, role: input.role },
  });
  return getWorkshop(ctx, organisationId, workshopId, true);
}

/**
 * Invites an address that is not the organisation's: the account of the address (found, or
 * created without password, so that both cases leave the same trace), a pending invitation with
 * the name the inviter typed, and an e-mail whose link leads, after a sign-in link to that
 * address, into the workshop. No membership is created here.
 */
async function inviteOutsider(
  ctx: AppContext,
  session: CurrentSession,
  workshop: WorkshopRow,
  input: Add & { email: string; name: string },
  existing: { id: string } | null,
) {
  const organisationId = workshop.organisationId;
  const account =
    existing ??
    (await (
      await ctx.auth.$context
    ).internalAdapter.createUser({ email: input.email, name: input.name, emailVerified: false, locale: input.locale }, { method: "magic-link" }));
  const [org] = await ctx.db.select({ name: organization.name }).from(organization).where(eq(organization.id, organisationId));
  await ctx.db.transaction(async (tx) => {
    const inserted = await tx
      .insert(workshopInvitations)
      .values({
        organisationId,
        workshopId: workshop.id,
        userId: account.id,
        displayName: input.name,
        role: input.role,
        stakeholderTypeId: input.stakeholderTypeId,
        guestKind: input.guestKind,
        invitedBy: session.user.id,
      })
      .onConflictDoNothing()
      .returning({ id: workshopInvitations.id });
    if (inserted.length === 0) throw alreadyThere();
    await recordAudit(tx, {
      organisationId,
      actor: actorOf(session),
      action: "workshop.outsider_invited",
      targetType: "workshop",
      targetId: workshop.id,
      targetLabel: workshop.title,
      // No name nor address here: the invitation row holds them, and goes with the account.
      data: { invitationId: inserted[0]?.id, role: input.role },
    });
    await queueMailsInTransaction(tx, [
      {
        kind: "guest_invitation",
        to: input.email,
        locale: input.locale,
        organisationId,
        link: guestWelcomeLink(ctx.env.publicUrl, input.email, `/workshops/${workshop.id}/live`),
        isLinkShownInOutbox: true,
        params: { organisation: org?.name ?? "", inviter: session.user.name },
      },
    ]);
  });
}

/**
 * The invited person opens the workshop signed in with the invited address (verified: they
 * followed a link sent to it): they become a guest of the organisation — if not already one of
 * its people — and a participant. False when there is no such invitation for them.
 */
export async function acceptWorkshopInvitation(ctx: AppContext, userId: string, workshopId: string): Promise<boolean> {
  return ctx.db.transaction(async (tx) => {
    const [invitation] = await tx
      .select()
      .from(workshopInvitations)
      .where(and(eq(workshopInvitations.workshopId, workshopId), eq(workshopInvitations.userId, userId)))
      .for("update");
    if (!invitation) return false;
    const [account] = await tx.select({ name: user.name, emailVerified: user.emailVerified }).from(user).where(eq(user.id, userId));
    const [workshop] = await tx
      .select({ title: workshops.title, locale: workshops.locale })
      .from(workshops)
      .where(and(eq(workshops.organisationId, invitation.organisationId), eq(workshops.id, workshopId)));
    if (!account?.emailVerified || !workshop) return false;
    const organisationId = invitation.organisationId;
    const role = await ensureGuestMembership(tx, {
      organisationId,
      userId,
      guestKind: invitation.guestKind,
      purpose: workshop.locale === "en" ? `Workshop "${workshop.title}"` : `Atelier « ${workshop.title} »`,
      invitedBy: invitation.invitedBy,
    });
    await tx
      .insert(workshopParticipants)
      .values({
        organisationId,
        workshopId,
        userId,
        role: invitation.role,
        stakeholderTypeId: invitation.stakeholderTypeId,
        isOutsider: role === "guest",
      })
      .onConflictDoNothing();
    await tx.delete(workshopInvitations).where(eq(workshopInvitations.id, invitation.id));
    await recordAudit(tx, {
      organisationId,
      actor: { id: userId, name: account.name },
      action: "workshop.invitation_accepted",
      targetType: "workshop",
      targetId: workshopId,
      targetLabel: workshop.title,
      data: { invitationId: invitation.id },
    });
    return true;
  });
}

/** Refuses a change that would leave the workshop without a facilitator. */
function assertFacilitatorLeft(rows: { id: string; role: string }[], changedId: string, newRole: string | null) {
  const remaining = rows.filter((row) => (row.id === changedId ? newRole === "facilitator" : row.role === "facilitator"));
  if (remaining.length === 0) throw new AppError("conflict", "A workshop needs at least one facilitator: name another one first.");
}

export async function updateParticipant(
  ctx: AppContext,
  session: CurrentSession,
  membership: Membership,
  workshopId: string,
  participantId: string,
  input: z.output<typeof updateParticipantSchema>,
) {
  const organisationId = membership.organisationId;
  if (!(await assertStakeholderType(ctx.db, organisationId, input.stakeholderTypeId)))
    throw new AppError("validation_failed", "Unknown stakeholder type.", [{ path: "body.stakeholderTypeId", message: "unknown" }]);
  await ctx.db.transaction(async (tx) => {
    const workshop = await lockWorkshop(tx, organisationId, workshopId);
    if (!workshop) throw notFound("workshop");
    assertPreparable(workshop.status);
    const rows = await tx
      .select({ id: workshopParticipants.id, role: workshopParticipants.role })
      .from(workshopParticipants)
      .where(and(eq(workshopParticipants.organisationId, organisationId), eq(workshopParticipants.workshopId, workshopId)));
    const target = rows.find((row) => row.id === participantId);
    if (!target) {
      // Someone invited who has not accepted yet: their invitation changes.
      const changed = await tx
        .update(workshopInvitations)
        .set({ ...(input.role ? { role: input.role } : {}), ...(input.stakeholderTypeId !== undefined ? { stakeholderTypeId: input.stakeholderTypeId } : {}) })
        .where(
          and(
            eq(workshopInvitations.organisationId, organisationId),
            eq(workshopInvitations.workshopId, workshopId),
            eq(workshopInvitations.id, participantId),
          ),
        )
        .returning({ id: workshopInvitations.id });
      if (changed.length === 0) throw notFound("participant");
    } else if (input.role) assertFacilitatorLeft(rows, participantId, input.role);
    if (target)
      await tx
        .update(workshopParticipants)
        .set({ ...(input.role ? { role: input.role } : {}), ...(input.stakeholderTypeId !== undefined ? { stakeholderTypeId: input.stakeholderTypeId } : {}) })
        .where(and(eq(workshopParticipants.organisationId, organisationId), eq(workshopParticipants.id, participantId)));
    await recordAudit(tx, {
      organisationId,
      actor: actorOf(session),
      action: "workshop.participant_changed",
      targetType: "workshop",
      targetId: workshopId,
      targetLabel: workshop.title,
      data: { participantId, ...input },
    });
  });
  return getWorkshop(ctx, organisationId, workshopId, true);
}

export async function removeParticipant(ctx: AppContext, session: CurrentSession, membership: Membership, workshopId: string, participantId: string) {
  const organisationId = membership.organisationId;
  await ctx.db.transaction(async (tx) => {
    const workshop = await lockWorkshop(tx, organisationId, workshopId);
    if (!workshop) throw notFound("workshop");
    assertPreparable(workshop.status);
    const rows = await tx
      .select({ id: workshopParticipants.id, role: workshopParticipants.role })
      .from(workshopParticipants)
      .where(and(eq(workshopParticipants.organisationId, organisationId), eq(workshopParticipants.workshopId, workshopId)));
    if (rows.some((row) => row.id === participantId)) {
      assertFacilitatorLeft(rows, participantId, null);
      await tx.delete(workshopParticipants).where(and(eq(workshopParticipants.organisationId, organisationId), eq(workshopParticipants.id, participantId)));
    } else {
      // Someone invited who has not accepted yet: the invitation is withdrawn.
      const withdrawn = await tx
        .delete(workshopInvitations)
        .where(
          and(
            eq(workshopInvitations.organisationId, organisationId),
            eq(workshopInvitations.workshopId, workshopId),
            eq(workshopInvitations.id, participantId),
          ),
        )
        .returning({ id: workshopInvitations.id });
      if (withdrawn.length === 0) throw notFound("participant");
    }
    await recordAudit(tx, {
      organisationId,
      actor: actorOf(session),
      action: "workshop.participant_removed",
      targetType: "workshop",
      targetId: workshopId,
      targetLabel: workshop.title,
      data: { participantId },
    });
  });
  return getWorkshop(ctx, organisationId, workshopId, true);
}
