/**
 * The one authorisation path. An endpoint's contract says who may call it (shared/contracts/endpoint.ts);
 * `authoriseRequest` turns that into a caller or a problem: 401 without a session, 404 for an
 * organisation the person is not a member of (as if it did not exist), 403 for a role without the
 * ability. Rules beyond the ability table are named policies: the feature that owns the rule
 * registers its function once (its `index.ts`, `policies`), and both HTTP and the live socket call
 * it through `checkPolicy`.
 */
import type { FastifyRequest } from "fastify";
import type { Access, PolicyName } from "../../shared/contracts/endpoint.js";
import { type Ability, can } from "../../shared/roles.js";
import { type CurrentSession, type Membership, requireMembership, requireSession } from "../auth/session.js";
import type { AppContext } from "../context.js";
import { AppError } from "./problem.js";

/**
 * What each policy gives its caller when it passes. A feature adds its own by declaration merging:
 * `declare module "../../platform/authorise.js" { interface Policies { "workshop.read": WorkshopAccess } }`.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging in the features that own the policies
export interface Policies {}

/** A member of the organisation named in the path. */
export type MemberCaller = { session: CurrentSession; membership: Membership };

/** Who is calling, as the endpoint's access rule established it. */
export type Caller<A extends Access> = A extends { ability: Ability }
  ? MemberCaller
  : A extends { policy: infer N extends PolicyName }
    ? N extends keyof Policies
      ? Policies[N]
      : never
    : A extends { signedIn: true }
      ? { session: CurrentSession }
      : Record<string, never>;

/** The path parameters a policy receives (always strings: they were validated by the contract's schema). */
export type PolicyParams = Record<string, string>;
export type Policy<T> = (ctx: AppContext, session: CurrentSession, params: PolicyParams) => Promise<T>;
export type PolicyDefinitions = { [N in PolicyName]?: Policy<N extends keyof Policies ? Policies[N] : unknown> };

const registered = new Map<PolicyName, Policy<unknown>>();

/** Called once per feature at start (server/modules/index.ts). */
export function registerPolicies(definitions: PolicyDefinitions): void {
  for (const [name, policy] of Object.entries(definitions) as [PolicyName, Policy<unknown>][]) registered.set(name, policy);
}

/** Runs a named policy for a session already read (the HTTP path below and the live socket). */
export async function checkPolicy<N extends PolicyName>(
  ctx: AppContext,
  name: N,
  session: CurrentSession,
  params: PolicyParams,
): Promise<N extends keyof Policies ? Policies[N] : unknown> {
  const policy = registered.get(name);
  if (!policy) throw new Error(`Policy ${name} is not registered`);
  return (await policy(ctx, session, params)) as N extends keyof Policies ? Policies[N] : unknown;
}

/** 403 unless the member's role has the ability (shared/roles.ts). */
export function authorize(membership: Membership, ability: Ability): void {
  if (!can(membership.role, ability)) throw new AppError("forbidden", `Your role (${membership.role}) may not do this (${ability}).`);
}

/** Session (401), then membership of `organisationId` (404), then the ability (403). */
export async function authoriseMember(ctx: AppContext, session: CurrentSession, organisationId: string, ability: Ability): Promise<MemberCaller> {
  const membership = await requireMembership(ctx.db, session.user.id, organisationId);
  authorize(membership, ability);
  return { session, membership };
}

/** The caller of a request under an access rule, or the problem that stops it. */
export async function authoriseRequest<A extends Access>(ctx: AppContext, access: A, request: FastifyRequest, params: PolicyParams): Promise<Caller<A>> {
  if ("public" in access) return {} as Caller<A>;
  const session = await requireSession(ctx.auth, request);
  if ("signedIn" in access) return { session } as Caller<A>;
  if ("ability" in access) return (await authoriseMember(ctx, session, organisationIdOf(params), access.ability)) as Caller<A>;
  return (await checkPolicy(ctx, access.policy, session, params)) as Caller<A>;
}

function organisationIdOf(params: PolicyParams): string {
  const organisationId = params.orgId;
  if (!organisationId) throw new Error("An endpoint that needs an ability must have :orgId in its path");
  return organisationId;
}
