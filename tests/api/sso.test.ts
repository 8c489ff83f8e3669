/**
 * Single sign-on with OpenID Connect, one identity provider per organisation, against a real
 * OpenID provider (oidc-provider, tests/oidc-issuer.ts). The tests run in order and share the
 * organisation, its settings and the provider: configure, sign in, sign in again, remove.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { member, user } from "../../server/db/schema.js";
import { Agent, createOrganisation, organisationWithRoles, password, signUp } from "../factories.js";
import { type OidcIssuer, startOidcIssuer } from "../oidc-issuer.js";
import { createTestApp, type TestApp, testOrigin } from "../test-app.js";

const durand = { sub: "idp-user-0042", email: "prof.durand@univ-exemple.fr", name: "Claire Durand" };
const outsider = { sub: "idp-user-0666", email: "intrus@ailleurs.example", name: "Intrus" };

let t: TestApp;
let idp: OidcIssuer | undefined;
let orgId: string;
let owner: Agent;
let people: Awaited<ReturnType<typeof organisationWithRoles>>["people"];
let callbackUrl: string;

beforeAll(async () => {
  t = await createTestApp();
  // better-auth skips its Origin and callbackURL checks when it detects a test run; switch them
  // back on so that SSO is proven with the checks a real deployment has.
  (await t.ctx.auth.$context).skipOriginCheck = false;
  ({ orgId, owner, people } = await organisationWithRoles(t));
  // The identity provider must know Tutti's callback URL, which the settings page shows before
  // anything is configured.
  const before = await owner.get(`/api/v1/organisations/${orgId}/sso`);
  expect(before.statusCode).toBe(200);
  callbackUrl = before.json().callbackUrl;
  idp = await startOidcIssuer({ redirectUri: callbackUrl, people: [durand, outsider] });
});
afterAll(async () => {
  await idp?.close();
  await t.destroy();
});

/** The whole browser round trip: Tutti → identity provider (login, consent) → Tutti's callback. */
async function signInWithSso(agent: Agent, asEmail = durand.email) {
  if (!idp) throw new Error("identity provider not started");
  const start = await agent.post("/api/auth/sign-in/sso", { email: durand.email, callbackURL: "/" });
  expect(start.statusCode, start.body).toBe(200);
  const authorization = new URL(start.json().url as string);
  const { callback, prompts, loginHint } = await idp.signIn(authorization.href, asEmail);
  // Tutti's callback, replayed through inject with the state cookies Tutti set at the start.
  const done = await agent.get(`${callback.pathname}${callback.search}`);
  return { authorization, callback, prompts, loginHint, done };
}

describe("OpenID Connect single sign-on per organisation", () => {
  it("shows the callback URL and lets only the organisation's administrators configure it", async () => {
    if (!idp) throw new Error("identity provider not started");
    expect(callbackUrl).toBe(`${testOrigin}/api/auth/sso/callback/org-${orgId}`);
    const body = { issuer: idp.issuer, domain: "univ-exemple.fr", clientId: idp.clientId, clientSecret: idp.clientSecret };
    const url = `/api/v1/organisations/${orgId}/sso`;

    expect((await people.staff.put(url, body)).statusCode).toBe(403);
    const webmail = await owner.put(url, { ...body, domain: "gmail.com" });
    expect(webmail.statusCode).toBe(400);
    expect(webmail.json().errors[0].path).toBe("body.domain");
    expect((await people.viewer.put(url, body)).statusCode).toBe(403);
    expect((await people.staff.get(url)).statusCode).toBe(403);

    const stranger = await signUp(t, "Propriétaire ailleurs");
    await createOrganisation(stranger, "Autre organisme");
    expect((await stranger.get(url)).statusCode).toBe(404);
    expect((await stranger.put(url, body)).statusCode).toBe(404);

    expect((await new Agent(t).get(url)).statusCode).toBe(401);
    expect((await new Agent(t).put(url, body)).statusCode).toBe(401);

    const configured = await owner.put(url, body);
    expect(configured.statusCode, configured.body).toBe(200);
    const expected = { isConfigured: true, providerId: `org-${orgId}`, issuer: idp.issuer, domain: "univ-exemple.fr", clientId: idp.clientId, callbackUrl };
    expect(configured.json()).toEqual(expected);
    expect(configured.body).not.toContain(idp.clientSecret);
    expect((await owner.get(url)).json()).toEqual(expected);

    // An identity provider that cannot be reached is refused, and the working one stays.
    const unreachable = await owner.put(url, { ...body, issuer: "http://127.0.0.1:1" });
    expect(unreachable.statusCode).toBe(400);
    expect((await owner.get(url)).json()).toEqual(expected);

    // Trusting the identity provider to fetch its keys and tokens does not make it a place
    // better-auth may send people to after, say, a password sign-in.
    const redirectToIdp = await new Agent(t).post("/api/auth/sign-in/email", { email: owner.user.email, password, callbackURL: `${idp.issuer}/ailleurs` });
    expect(redirectToIdp.statusCode).toBe(403);
  });

  it("signs a person in through the identity provider and makes them staff of the organisation", async () => {
    if (!idp) throw new Error("identity provider not started");
    const browser = new Agent(t);
    const { authorization, callback, prompts, loginHint, done } = await signInWithSso(browser);

    // Tutti sent the person to this organisation's provider, with PKCE and our callback.
    expect(authorization.origin).toBe(idp.issuer);
    expect(authorization.searchParams.get("client_id")).toBe(idp.clientId);
    expect(authorization.searchParams.get("redirect_uri")).toBe(callbackUrl);
    expect(authorization.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authorization.searchParams.get("scope")?.split(" ")).toEqual(expect.arrayContaining(["openid", "email", "profile"]));
    expect(loginHint).toBe(durand.email);
    expect(prompts).toEqual(["login", "consent"]);

    // The provider came back to Tutti with a code and Tutti's own state.
    expect(`${callback.origin}${callback.pathname}`).toBe(callbackUrl);
    expect(callback.searchParams.get("code")).toBeTruthy();
    expect(callback.searchParams.get("state")).toBe(authorization.searchParams.get("state"));

    // Tutti exchanged the code, opened a session and sent the person to callbackURL.
    expect(done.statusCode, done.body).toBe(302);
    expect(done.headers.location).toBe("/");
    expect(browser.cookies.has("tutti.session_token")).toBe(true);

    const me = await browser.get("/api/v1/me");
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toMatchObject({ email: durand.email, name: durand.name, hasPassword: false });
    expect(me.json().memberships).toEqual([expect.objectContaining({ organisationId: orgId, role: "staff" })]);

    // The same callback cannot be replayed: the state is single use and bound to the browser.
    const replay = await new Agent(t).get(`${callback.pathname}${callback.search}`);
    expect(replay.statusCode).toBe(302);
    expect(replay.headers.location).toContain("error");
    expect(replay.cookies.some((c) => c.name === "tutti.session_token" && c.value)).toBe(false);
  });

  it("signs the same person in again without a second account or membership", async () => {
    const browser = new Agent(t);
    const { prompts, done } = await signInWithSso(browser);
    expect(prompts).toEqual(["login", "consent"]);
    expect(done.statusCode, done.body).toBe(302);
    expect(done.headers.location).toBe("/");
    const me = (await browser.get("/api/v1/me")).json();
    expect(me.user.email).toBe(durand.email);
    expect(me.memberships).toEqual([expect.objectContaining({ organisationId: orgId, role: "staff" })]);

    const accounts = await t.ctx.db.select({ id: user.id }).from(user).where(eq(user.email, durand.email));
    expect(accounts).toHaveLength(1);
    const memberships = await t.ctx.db
      .select()
      .from(member)
      .where(and(eq(member.organizationId, orgId), eq(member.userId, me.user.id)));
    expect(memberships).toHaveLength(1);
  });

  it("refuses a person the provider vouches for outside the organisation's domain", async () => {
    const browser = new Agent(t);
    const { done } = await signInWithSso(browser, outsider.email);
    expect(done.statusCode === 403 || String(done.headers.location ?? "").includes("error"), `${done.statusCode} ${done.body}`).toBe(true);
    expect((await browser.get("/api/v1/me")).statusCode).toBe(401);
    const accounts = await t.ctx.db.select({ id: user.id }).from(user).where(eq(user.email, outsider.email));
    expect(accounts).toHaveLength(0);
  });

  it("stops offering SSO once the owner removes it", async () => {
    const url = `/api/v1/organisations/${orgId}/sso`;
    expect((await people.staff.delete(url)).statusCode).toBe(403);
    expect((await owner.delete(url)).statusCode).toBe(204);
    expect((await owner.get(url)).json()).toMatchObject({ isConfigured: false, issuer: null, callbackUrl });
    const start = await new Agent(t).post("/api/auth/sign-in/sso", { email: durand.email, callbackURL: "/" });
    expect(start.statusCode).toBe(404);
  });
});
