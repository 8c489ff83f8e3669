/**
 * Who takes part in a workshop: members of the organisation, or outsiders invited by e-mail (a
 * guest account without password and a magic link that lands in the workshop). A workshop always
 * keeps at least one facilitator.
 */
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { addParticipantSchema, updateParticipantSchema } from "../../../shared/schemas/workshops.js";
import type { CurrentSession, Membership } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import { member, workshopParticipants } from "../../db/schema.js";
import { AppError, notFound } from "../../http/problem.js";
import { recordAudit } from "../audit/audit.queries.js";
import { findUserByEmail } from "../members/members.queries.js";
import { inviteGuest } from "../members/members.service.js";
import { assertPreparable } from "./workshops.policy.js";
import { assertStakeholderType, findWorkshop, lockWorkshop } from "./workshops.queries.js";
import { getWorkshop } from "./workshops.service.js";

type Add = z.output<typeof addParticipantSchema>;
const actorOf = (session: CurrentSession) => ({ id: session.user.id, name: session.user.name });

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
    // Someone already in the organisation (member or guest) is added as they are.
    const existing = await findUserByEmail(ctx.db, input.email);
    if (existing && (await membershipOf(ctx, organisationId, existing.id))) userId = existing.id;
    else {
      await inviteGuest(
        ctx,
        session,
        membership,
        {
          email: input.email,
          name: input.name ?? input.email,
          guestKind: input.guestKind,
          purpose: workshop.locale === "en" ? `Workshop "${workshop.title}"` : `Atelier « ${workshop.title} »`,
          locale: input.locale,
        },
        { callbackURL: `/workshops/${workshopId}/live` },
      );
      userId = (await findUserByEmail(ctx.db, input.email))?.id ?? null;
    }
  }
  if (!userId) throw notFound("person");
  const membershipRow = await membershipOf(ctx, organisationId, userId);
  if (!membershipRow)
    throw new AppError("validation_failed", "This person is not a member of the organisation.", [{ path: "body.userId", message: "not a member" }]);
  const inserted = await ctx.db
    .insert(workshopParticipants)
    .values({ organisationId, workshopId, userId, role: input.role, stakeholderTypeId: input.stakeholderTypeId, isOutsider: membershipRow.role === "guest" })
    .onConflictDoNothing()
    .returning({ id: workshopParticipants.id });
  if (inserted.length === 0) throw new AppError("conflict", "This person already takes part in the workshop.");
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
    if (!target) throw notFound("participant");
    if (input.role) assertFacilitatorLeft(rows, participantId, input.role);
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
    if (!rows.some((row) => row.id === participantId)) throw notFound("participant");
    assertFacilitatorLeft(rows, participantId, null);
    await tx.delete(workshopParticipants).where(and(eq(workshopParticipants.organisationId, organisationId), eq(workshopParticipants.id, participantId)));
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
