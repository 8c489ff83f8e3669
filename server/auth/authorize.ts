/** The one way a route checks a permission: the shared ability table, a 403 problem otherwise. */
import { type Ability, can } from "../../shared/roles.js";
import { AppError } from "../http/problem.js";
import type { FastifyRequest } from "fastify";
import type { AppContext } from "../context.js";
import { type CurrentSession, type Membership, requireMembership, requireSession } from "./session.js";

export function authorize(membership: Membership, ability: Ability): void {
  if (!can(membership.role, ability)) throw new AppError("forbidden", `Your role (${membership.role}) may not do this (${ability}).`);
}

/** The whole authentication half of an endpoint: session (401), membership (404), ability (403). */
export async function requireAbility(
  ctx: AppContext,
  request: FastifyRequest,
  organisationId: string,
  ability: Ability,
): Promise<{ session: CurrentSession; membership: Membership }> {
  const session = await requireSession(ctx.auth, request);
  const membership = await requireMembership(ctx.db, session.user.id, organisationId);
  authorize(membership, ability);
  return { session, membership };
}
