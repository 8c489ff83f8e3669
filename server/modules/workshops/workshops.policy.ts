/**
 * Who may see and prepare a workshop. Members with `workshop.read` see every workshop of their
 * organisation; an outside guest sees only the workshops they take part in (any other answers
 * 404, as if it did not exist); preparing needs `workshop.manage`. Registered as the named
 * policies `workshop.list`, `workshop.read` and `workshop.manage` (index.ts), which the HTTP
 * contracts and the live socket both go through.
 */
import { can } from "../../../shared/roles.js";
import { type CurrentSession, type Membership, requireMembership } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import { authorize, type PolicyDefinitions, type PolicyParams } from "../../platform/authorise.js";
import { AppError, notFound } from "../../platform/problem.js";
import { findParticipantByUser, findWorkshop } from "./workshops.queries.js";

/** A member who may list workshops; a guest lists only their own. */
export type WorkshopReader = { session: CurrentSession; membership: Membership; onlyOwnWorkshops: boolean };

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

declare module "../../platform/authorise.js" {
  interface Policies {
    "workshop.list": WorkshopReader;
    "workshop.read": WorkshopAccess;
    "workshop.manage": WorkshopAccess;
  }
}

/** Membership (404), then the organisation-wide reading rights or a guest's own list. */
export async function authoriseWorkshopReader(ctx: AppContext, session: CurrentSession, organisationId: string): Promise<WorkshopReader> {
  const membership = await requireMembership(ctx.db, session.user.id, organisationId);
  const isGuest = membership.role === "guest";
  if (!isGuest) authorize(membership, "workshop.read");
  return { session, membership, onlyOwnWorkshops: isGuest };
}

/**
 * A workshop the caller may see (404 otherwise), and whether they may prepare it: the HTTP
 * routes and the live socket (at open, and again on every revocation event and after its cache
 * expires) use this one rule.
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

function paramOf(params: PolicyParams, name: "orgId" | "workshopId"): string {
  const value = params[name];
  if (!value) throw new Error(`A workshop policy needs :${name} in the path`);
  return value;
}

/** The named policies of the workshops feature (params: `orgId`, and `workshopId` for one workshop). */
export const workshopPolicies: PolicyDefinitions = {
  "workshop.list": (ctx, session, params) => authoriseWorkshopReader(ctx, session, paramOf(params, "orgId")),
  "workshop.read": (ctx, session, params) => authoriseWorkshop(ctx, session, paramOf(params, "orgId"), paramOf(params, "workshopId"), "read"),
  "workshop.manage": (ctx, session, params) => authoriseWorkshop(ctx, session, paramOf(params, "orgId"), paramOf(params, "workshopId"), "manage"),
};

/** The preparation of a closed workshop is history: it is read, not changed. */
export function assertPreparable(status: string): void {
  if (status === "closed") throw new AppError("conflict", "This workshop is closed; its preparation can no longer change.");
}
