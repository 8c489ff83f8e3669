/**
 * Who is calling: the better-auth session read from the request's cookies, and their
 * membership in the organisation named by the URL. Another organisation's id answers 404,
 * exactly like an id that does not exist.
 */
import { and, eq } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import { type Role, roleSchema } from "../../shared/roles.js";
import type { Database } from "../db/client.js";
import { member } from "../db/schema.js";
import { AppError } from "../platform/problem.js";
import type { Auth } from "./auth.js";

export type SessionUser = { id: string; name: string; email: string; locale: string | null };
export type CurrentSession = { user: SessionUser; sessionId: string; activeOrganisationId: string | null };

/** Header carrying the caller's IP to better-auth (rate limits, session records). */
export const clientIpHeader = "x-tutti-client-ip";

/** Fastify request headers as Fetch Headers, with the client IP set by us. */
export function toHeaders(request: FastifyRequest): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value === undefined || key === clientIpHeader) continue;
    if (Array.isArray(value)) for (const item of value) headers.append(key, item);
    else headers.set(key, String(value));
  }
  headers.set(clientIpHeader, request.ip);
  return headers;
}

/** The session or null. */
export async function readSession(auth: Auth, request: FastifyRequest): Promise<CurrentSession | null> {
  const result = await auth.api.getSession({ headers: toHeaders(request) });
  if (!result) return null;
  const user = result.user as typeof result.user & { locale?: string | null };
  return {
    user: { id: user.id, name: user.name, email: user.email, locale: user.locale ?? null },
    sessionId: result.session.id,
    activeOrganisationId: (result.session as { activeOrganizationId?: string | null }).activeOrganizationId ?? null,
  };
}

/** The session, or a 401 problem. */
export async function requireSession(auth: Auth, request: FastifyRequest): Promise<CurrentSession> {
  const session = await readSession(auth, request);
  if (!session) throw new AppError("unauthenticated", "Sign in to continue.");
  return session;
}

export type Membership = { memberId: string; organisationId: string; role: Role };

/** The caller's membership in `organisationId`, or a 404 problem (never reveal other organisations). */
export async function requireMembership(db: Database, userId: string, organisationId: string): Promise<Membership> {
  const rows = await db
    .select({ id: member.id, role: member.role })
    .from(member)
    .where(and(eq(member.userId, userId), eq(member.organizationId, organisationId)))
    .limit(1);
  const row = rows[0];
  const role = roleSchema.safeParse(row?.role);
  if (!row || !role.success) throw new AppError("not_found", "No such organisation.");
  return { memberId: row.id, organisationId, role: role.data };
}
