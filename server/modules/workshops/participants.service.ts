/**
 * Who takes part in a workshop: members of the organisation (guests included), added as they
 * are; anyone else is invited by e-mail and becomes a guest of the organisation and a participant
 * only when they accept — by opening the workshop signed in with the invited, verified address
 * (acceptWorkshopInvitation). Until then the organisation sees the name it typed, never the name
 * of an account, and the same answer whether the address had an account or not (issue 10,
 * findings 10 and 17). A workshop always keeps at least one facilitator.
 */
import type { z } from "zod";
import type { addParticipantSchema, updateParticipantSchema } from "../../../shared/schemas/workshops.js";
import { type CurrentSession, type Membership, requireMembership } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import { queueMailsInTransaction } from "../../mail/transactional.js";
import { recordAudit } from "../../platform/audit.js";
import { AppError, notFound } from "../../platform/problem.js";
import { ensureGuestMembership, findUserByEmail, guestWelcomeLink, organisationNameOf } from "../members/index.js";
import {
  deleteInvitationById,
  deleteInvitationRow,
  deleteParticipantRow,
  findAccount,
  insertInvitation,
  insertParticipant,
  listParticipantRoles,
  lockInvitationOf,
  updateInvitationRow,
  updateParticipantRow,
} from "./participants.queries.js";
import { formatWorkshopDate, langOf, placeOf } from "./calendar.js";
import { cancelConvocations, convoke } from "./convocation.service.js";
import { assertPreparable } from "./workshops.policy.js";
import { assertStakeholderType, findWorkshop, findWorkshopRow, lockWorkshop, type WorkshopRow } from "./workshops.queries.js";
import { getWorkshop } from "./workshops.service.js";

type Add = z.output<typeof addParticipantSchema>;
const actorOf = (session: CurrentSession) => ({ id: session.user.id, name: session.user.name });
const alreadyThere = () => new AppError("conflict", "This person already takes part in the workshop.");

/** The person's membership of the organisation, or null when they are not one of its people. */
async function membershipOf(ctx: AppContext, organisationId: string, userId: string): Promise<Membership | null> {
  return requireMembership(ctx.db, userId, organisationId).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) return null;
    throw error;
  });
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
  const personId = userId;
  await ctx.db.transaction(async (tx) => {
    // Locked like the brief job locks it: the newcomer is convoked here or by that job, once.
    const locked = await lockWorkshop(tx, organisationId, workshopId);
    if (!locked) throw notFound("workshop");
    const inserted = await insertParticipant(tx, {
      organisationId,
      workshopId,
      userId: personId,
      role: input.role,
      stakeholderTypeId: input.stakeholderTypeId,
      isOutsider: membershipRow.role === "guest",
    });
    if (!inserted) throw alreadyThere();
    await recordAudit(tx, {
      organisationId,
      actor: actorOf(session),
      action: "workshop.participant_added",
      targetType: "workshop",
      targetId: workshopId,
      targetLabel: workshop.title,
      data: { userId: personId, role: input.role },
    });
    await convoke(ctx, tx, locked, new Date(), [inserted]);
  });
  return getWorkshop(ctx, organisationId, workshopId, true);
}

/** What the invitation of an outsider says of the workshop: its title, date and place, in the invitee's language. */
function workshopParams(workshop: WorkshopRow, locale: string | null | undefined) {
  const lang = langOf(locale);
  return {
    workshop: workshop.title,
    date: workshop.scheduledAt ? formatWorkshopDate(workshop.scheduledAt, lang) : lang === "en" ? "date to be confirmed" : "date à préciser",
    location: placeOf(workshop, lang),
  };
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
  const organisation = await organisationNameOf(ctx, organisationId);
  await ctx.db.transaction(async (tx) => {
    const invitationId = await insertInvitation(tx, {
      organisationId,
      workshopId: workshop.id,
      userId: account.id,
      displayName: input.name,
      role: input.role,
      stakeholderTypeId: input.stakeholderTypeId,
      guestKind: input.guestKind,
      invitedBy: session.user.id,
    });
    if (!invitationId) throw alreadyThere();
    await recordAudit(tx, {
      organisationId,
      actor: actorOf(session),
      action: "workshop.outsider_invited",
      targetType: "workshop",
      targetId: workshop.id,
      targetLabel: workshop.title,
      // No name nor address here: the invitation row holds them, and goes with the account.
      data: { invitationId, role: input.role },
    });
    await queueMailsInTransaction(tx, [
      {
        kind: "guest_invitation",
        to: input.email,
        locale: input.locale,
        organisationId,
        link: guestWelcomeLink(ctx.env.publicUrl, input.email, `/workshops/${workshop.id}/live`),
        isLinkShownInOutbox: true,
        params: { organisation, inviter: session.user.name, ...workshopParams(workshop, input.locale) },
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
    const invitation = await lockInvitationOf(tx, workshopId, userId);
    if (!invitation) return false;
    const account = await findAccount(tx, userId);
    const workshop = await findWorkshopRow(tx, invitation.organisationId, workshopId);
    if (!account?.emailVerified || !workshop) return false;
    const organisationId = invitation.organisationId;
    const role = await ensureGuestMembership(tx, {
      organisationId,
      userId,
      guestKind: invitation.guestKind,
      purpose: workshop.locale === "en" ? `Workshop "${workshop.title}"` : `Atelier « ${workshop.title} »`,
      invitedBy: invitation.invitedBy,
    });
    const participantId = await insertParticipant(tx, {
      organisationId,
      workshopId,
      userId,
      role: invitation.role,
      stakeholderTypeId: invitation.stakeholderTypeId,
      isOutsider: role === "guest",
    });
    if (participantId) await convoke(ctx, tx, workshop, new Date(), [participantId]);
    await deleteInvitationById(tx, organisationId, invitation.id);
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
    const rows = await listParticipantRoles(tx, organisationId, workshopId);
    const target = rows.find((row) => row.id === participantId);
    const change = {
      ...(input.role ? { role: input.role } : {}),
      ...(input.stakeholderTypeId !== undefined ? { stakeholderTypeId: input.stakeholderTypeId } : {}),
    };
    if (!target) {
      // Someone invited who has not accepted yet: their invitation changes.
      if (!(await updateInvitationRow(tx, organisationId, workshopId, participantId, change))) throw notFound("participant");
    } else if (input.role) assertFacilitatorLeft(rows, participantId, input.role);
    if (target) await updateParticipantRow(tx, organisationId, participantId, change);
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
    const rows = await listParticipantRoles(tx, organisationId, workshopId);
    if (rows.some((row) => row.id === participantId)) {
      assertFacilitatorLeft(rows, participantId, null);
      // Whoever was convoked gets the calendar's cancellation.
      await cancelConvocations(ctx, tx, workshop, [participantId]);
      await deleteParticipantRow(tx, organisationId, participantId);
    } else if (!(await deleteInvitationRow(tx, organisationId, workshopId, participantId))) {
      // Not a participant, nor someone invited who has not accepted yet (whose invitation would be withdrawn).
      throw notFound("participant");
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
