/**
 * Factories for endpoint tests: people who sign up through the real auth endpoints and keep
 * their session cookie, organisations, and memberships with a given role.
 */
import { createHmac, randomBytes, randomUUID } from "node:crypto";
import { and, eq, desc } from "drizzle-orm";
import type { LightMyRequestResponse } from "fastify";
import type { Role } from "../shared/roles.js";
import { emails, member, user } from "../server/db/schema.js";
import type { TestApp } from "./test-app.js";
import { testOrigin } from "./test-app.js";

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

/** Someone calling the API with (or without) a session cookie. */
export class Agent {
  cookies = new Map<string, string>();
  constructor(
    readonly t: TestApp,
    readonly user: { id: string; email: string; name: string } = { id: "", email: "", name: "" },
  ) {}

  async request(method: Method, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const response = await this.t.app.inject({
      method,
      url,
      headers: { origin: testOrigin, ...(cookie ? { cookie } : {}), ...(body !== undefined ? { "content-type": "application/json" } : {}), ...headers },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });
    for (const c of response.cookies) {
      if (c.maxAge === 0 || c.value === "") this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return response;
  }
  get = (url: string) => this.request("GET", url);
  post = (url: string, body?: unknown) => this.request("POST", url, body ?? {});
  patch = (url: string, body: unknown) => this.request("PATCH", url, body);
  put = (url: string, body: unknown) => this.request("PUT", url, body);
  delete = (url: string, body?: unknown) => this.request("DELETE", url, body);
}

export const uniqueEmail = (prefix = "user") => `${prefix}.${randomBytes(4).toString("hex")}@exemple.fr`;
export const password = "un-mot-de-passe-solide";

/**
 * Signs a new person up through /api/auth/sign-up/email, then does what following the e-mailed
 * confirmation link does (address verified, a session opened: see tests/api/auth-side-doors.test.ts
 * for the real path) without a second password hash; the agent holds their session.
 */
export async function signUp(t: TestApp, name = "Marie Lefèvre", email = uniqueEmail()): Promise<Agent> {
  const agent = new Agent(t);
  const response = await agent.post("/api/auth/sign-up/email", { name, email, password });
  if (response.statusCode !== 200) throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
  const [verified] = await t.ctx.db
    .update(user)
    .set({ emailVerified: true })
    .where(eq(user.email, email.toLowerCase()))
    .returning({ id: user.id, email: user.email, name: user.name });
  if (!verified) throw new Error(`sign-up created no account for ${email}`);
  await openSession(t, agent, verified.id);
  return Object.assign(agent, { user: verified }) as Agent;
}

/** Gives `agent` a fresh better-auth session of `userId` (the signed cookie better-auth would set). */
export async function openSession(t: TestApp, agent: Agent, userId: string): Promise<void> {
  const context = await t.ctx.auth.$context;
  const session = await context.internalAdapter.createSession(userId);
  const signature = createHmac("sha256", t.ctx.env.secret).update(session.token).digest("base64");
  agent.cookies.set(context.authCookies.sessionToken.name, encodeURIComponent(`${session.token}.${signature}`));
}

/** An organisation created through the API by `owner`. */
export async function createOrganisation(owner: Agent, name = "IAE Exemple"): Promise<string> {
  const response = await owner.post("/api/v1/organisations", { name, kind: "university" });
  if (response.statusCode !== 201) throw new Error(`create organisation failed: ${response.statusCode} ${response.body}`);
  return response.json().id as string;
}

/** Makes `agent` a member of the organisation with `role` (as an accepted invitation would). */
export async function addMember(t: TestApp, organisationId: string, agent: Agent, role: Role): Promise<string> {
  const id = randomUUID();
  await t.ctx.db.insert(member).values({ id, organizationId: organisationId, userId: agent.user.id, role, createdAt: new Date() });
  return id;
}

/** An organisation with an owner and one person in each other role. */
export async function organisationWithRoles(t: TestApp) {
  const owner = await signUp(t, "Sophie Owner");
  const orgId = await createOrganisation(owner);
  const people: Record<string, Agent> = { owner };
  for (const role of ["admin", "manager", "staff", "viewer", "guest"] as const) {
    const agent = await signUp(t, `Person ${role}`);
    await addMember(t, orgId, agent, role);
    people[role] = agent;
  }
  return { orgId, owner, people: people as Record<Role, Agent> };
}

/** The latest e-mail written to `to`, once the job runner has handled it. */
export async function lastEmailTo(t: TestApp, to: string, kind?: string) {
  for (let attempt = 0; attempt < 50; attempt++) {
    await t.jobs.drain();
    const rows = await t.ctx.db
      .select()
      .from(emails)
      .where(and(eq(emails.toAddress, to), kind ? eq(emails.kind, kind) : undefined))
      .orderBy(desc(emails.createdAt))
      .limit(1);
    const row = rows[0];
    if (row && row.status !== "queued") return row;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`No e-mail to ${to}`);
}
