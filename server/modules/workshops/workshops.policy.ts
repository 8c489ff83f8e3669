/**
 * Who may see and prepare a workshop. Members with `workshop.read` see every workshop of their
 * organisation; an outside guest sees only the workshops they take part in (any other answers
 * 404, as if it did not exist); preparing needs `workshop.manage`.
 */
import type { FastifyRequest } from "fastify";
import { can } from "../../../shared/roles.js";
import { authorize } from "../../auth/authorize.js";
import { type CurrentSession, type Membership, requireMembership, requireSession } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import { AppError, notFound } from "../../platform/problem.js";
import { findParticipantByUser, findWorkshop } from "./workshops.queries.js";

export type WorkshopAccess = {
  session: CurrentSession;
  membership: Membership;
  workshop: NonNullable<Awaited<ReturnType<typeof findWorkshop>>>;
  canManage: boolean;
  /**
   * The caller's participant id in this workshop, or null: whatever the HTTP routes show of the
   * live room (minutes, merge) is the engine's projection for this viewer (shared/workshops/projection.ts).
   */
  participantId: string | null;
  /** The caller's participant row in this workshop, if they were invited (or looked in). */
  participant: Awaited<ReturnType<typeof findParticipantByUser>>;
};

/** Session (401), membership (404), then the organisation-wide reading rights or a guest's own list. */
export async function requireWorkshopReader(ctx: AppContext, request: FastifyRequest, organisationId: string) {
  return authoriseWorkshopReader(ctx, await requireSession(ctx.auth, request), organisationId);
}

async function authoriseWorkshopReader(ctx: AppContext, session: CurrentSession, organisationId: string) {
  const membership = await requireMembership(ctx.db, session.user.id, organisationId);
  const isGuest = membership.role === "guest";
  if (!isGuest) authorize(membership, "workshop.read");
  return { session, membership, onlyOwnWorkshops: isGuest };
}

/** A workshop the caller may see (404 otherwise), and whether they may prepare it. */
export async function requireWorkshop(
  ctx: AppContext,
  request: FastifyRequest,
  organisationId: string,
  workshopId: string,
  need: "read" | "manage",
): Promise<WorkshopAccess> {
  return authoriseWorkshop(ctx, await requireSession(ctx.auth, request), organisationId, workshopId, need);
}

/**
 * The rule behind `requireWorkshop`, for a session already read: the HTTP routes and the live
 * socket (at open, and again on every revocation event and after its cache expires) use this one.
 */
export async function authoriseWorkshop(
  ctx: AppContext,
  session: CurrentSession,
  organisationId: string,
  workshopId: string,
  need: "read" | "manage",
): Promise<WorkshopAccess> {
  const { membership, onlyOwnWorkshops } = await authoriseWorkshopReader(ctx, session, organisationId);
  if (need === "manage") authorize(membership, "workshop.manage");
  const workshop = await findWorkshop(ctx.db, membership.organisationId, workshopId);
  if (!workshop) throw notFound("workshop");
  const participant = await findParticipantByUser(ctx.db, membership.organisationId, workshopId, session.user.id);
  if (onlyOwnWorkshops && !participant) throw notFound("workshop");
  return { session, membership, workshop, canManage: can(membership.role, "workshop.manage"), participantId: participant?.id ?? null, participant };
}

/** The preparation of a closed workshop is history: it is read, not changed. */
export function assertPreparable(status: string): void {
  if (status === "closed") throw new AppError("conflict", "This workshop is closed; its preparation can no longer change.");
}
