/**
 * Single sign-on with OpenID Connect, one identity provider per organisation, against a real
 * OpenID provider (oidc-provider, tests/oidc-issuer.ts) and a real DNS server for the domain's
 * proof (tests/dns-server.ts). The tests run in order and share the organisation, its settings
 * and the provider: configure, prove the domain, sign in, sign in again, remove. The app allows
 * local targets (OUTBOUND_ALLOW_PRIVATE=true) to reach the local identity provider; the SSRF
 * attacks of issue 10 (findings 4 and 8) also run against an app with the default rules.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { account, member, ssoDomains, ssoProvider, user } from "../../server/db/schema.js";
import { sealStoredSsoSecrets } from "../../server/modules/sso/sso-secrets.js";
import { type TestDnsServer, startDnsServer } from "../dns-server.js";
import { Agent, createOrganisation, organisationWithRoles, password, signUp } from "../factories.js";
import { type OidcIssuer, startOidcIssuer } from "../oidc-issuer.js";
import { createTestApp, type TestApp, testOrigin } from "../test-app.js";

const durand = { sub: "idp-user-0042", email: "prof.durand@univ-exemple.fr", name: "Claire Durand" };
const outsider = { sub: "idp-user-0666", email: "intrus@ailleurs.example", name: "Intrus" };
/** Signed up with a password but never confirmed the address: must not be linked to SSO. */
const squatter = { sub: "idp-user-0777", email: "c.martin@univ-exemple.fr", name: "Camille Martin" };
/** Has a confirmed account already: SSO signs in to that same account. */
const colleague = { sub: "idp-user-0888", email: "j.bernard@univ-exemple.fr", name: "Jeanne Bernard" };

let t: TestApp;
let dns: TestDnsServer;
let idp: OidcIssuer | undefined;
let orgId: string;
let owner: Agent;
let people: Awaited<ReturnType<typeof organisationWithRoles>>["people"];
let callbackUrl: string;

beforeAll(async () => {
  dns = await startDnsServer();
  t = await createTestApp({ OUTBOUND_ALLOW_PRIVATE: "true", DNS_SERVERS: dns.address });
  // better-auth skips its Origin and callbackURL checks when it detects a test run; switch them
  // back on so that SSO is proven with the checks a real deployment has.
  (await t.ctx.auth.$context).skipOriginCheck = false;
  ({ orgId, owner, people } = await organisationWithRoles(t));
  // The identity provider must know Tutti's callback URL, which the settings page shows before
  // anything is configured.
  const before = await owner.get(`/api/v1/organisations/${orgId}/sso`);
  expect(before.statusCode).toBe(200);
  callbackUrl = before.json().callbackUrl;
  idp = await startOidcIssuer({ redirectUri: callbackUrl, people: [durand, outsider, squatter, colleague] });
});
afterAll(async () => {
  await idp?.close();
  await t.destroy();
  await dns.close();
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
    // A stable code the web app translates (issue 12 item 8), not an English phrase.
    expect(webmail.json().errors).toEqual([{ path: "body.domain", message: "public_domain" }]);
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
    const record = { type: "TXT", name: "_tutti-challenge.univ-exemple.fr", value: expect.stringMatching(/^tutti-verification=[\w-]{24}$/) };
    const expected = {
      isConfigured: true,
      providerId: `org-${orgId}`,
      issuer: idp.issuer,
      domain: "univ-exemple.fr",
      clientId: idp.clientId,
      callbackUrl,
      domainStatus: "pending",
      verificationRecord: record,
      lastCheckedAt: null,
    };
    expect(configured.json()).toEqual(expected);
    expect(configured.body).not.toContain(idp.clientSecret);
    expect((await owner.get(url)).json()).toEqual(configured.json());

    // An identity provider that cannot be reached is refused, and the working one stays.
    const unreachable = await owner.put(url, { ...body, issuer: "http://127.0.0.1:1" });
    expect(unreachable.statusCode).toBe(400);
    expect((await owner.get(url)).json()).toEqual(configured.json());

    // Trusting the identity provider to fetch its keys and tokens does not make it a place
    // better-auth may send people to after, say, a password sign-in.
    const redirectToIdp = await new Agent(t).post("/api/auth/sign-in/email", { email: owner.user.email, password, callbackURL: `${idp.issuer}/ailleurs` });
    expect(redirectToIdp.statusCode).toBe(403);
  });

  it("stores the client secret sealed, never in clear (issue 10, finding 13)", async () => {
    if (!idp) throw new Error("identity provider not started");
    const [row] = await t.ctx.db
      .select()
      .from(ssoProvider)
      .where(eq(ssoProvider.providerId, `org-${orgId}`));
    expect(JSON.stringify(row)).not.toContain(idp.clientSecret);
    expect(JSON.parse(row?.oidcConfig ?? "{}").clientSecret).toMatch(/^tsb1:/);
    // Sealing at start leaves a sealed row as it is.
    expect(await sealStoredSsoSecrets(t.ctx.db, t.ctx.env)).toBe(0);
  });

  it("does not send anyone to the provider while its domain is not proven (issue 10, finding 8)", async () => {
    const start = await new Agent(t).post("/api/auth/sign-in/sso", { email: durand.email, callbackURL: "/" });
    expect(start.statusCode).not.toBe(200);
    expect(start.body).not.toContain("authorize");
    expect(start.body).not.toContain(idp?.issuer ?? "none");
    expect(start.headers.location).toBeUndefined();
  });

  it("proves the domain by its DNS TXT record, checked on demand", async () => {
    const url = `/api/v1/organisations/${orgId}/sso`;
    const settings = (await owner.get(url)).json();
    expect((await people.staff.post(`${url}/verify-domain`)).statusCode).toBe(403);

    // Nothing published yet, then a wrong value: still pending.
    const none = await owner.post(`${url}/verify-domain`);
    expect(none.statusCode, none.body).toBe(200);
    expect(none.json()).toMatchObject({ domainStatus: "pending", lastCheckedAt: expect.any(String) });
    dns.setTxt(settings.verificationRecord.name, ["tutti-verification=someone-else", "v=spf1 -all"]);
    expect((await owner.post(`${url}/verify-domain`)).json().domainStatus).toBe("pending");
    expect(dns.queries).toContain("_tutti-challenge.univ-exemple.fr");

    // Another organisation may claim the domain while nobody has proven it; its claim ends with the proof.
    if (!idp) throw new Error("identity provider not started");
    const early = await signUp(t, "Propriétaire pressée");
    const earlyOrg = await createOrganisation(early, "Organisme pressé");
    const claimed = await early.put(`/api/v1/organisations/${earlyOrg}/sso`, {
      issuer: idp.issuer,
      domain: "univ-exemple.fr",
      clientId: "other",
      clientSecret: "other-secret",
    });
    expect(claimed.json()).toMatchObject({ domainStatus: "pending" });
    // Its own record is not the owner's: publishing the owner's does not verify it.
    expect((await early.post(`/api/v1/organisations/${earlyOrg}/sso/verify-domain`)).json().domainStatus).toBe("pending");

    dns.setTxt(settings.verificationRecord.name, ["v=spf1 -all", settings.verificationRecord.value]);
    expect((await early.post(`/api/v1/organisations/${earlyOrg}/sso/verify-domain`)).json().domainStatus).toBe("pending");
    const verified = await owner.post(`${url}/verify-domain`);
    expect(verified.json()).toMatchObject({ domainStatus: "verified", domain: "univ-exemple.fr" });
    const [claim] = await t.ctx.db.select().from(ssoDomains).where(eq(ssoDomains.organisationId, orgId));
    expect(claim?.verifiedAt).toBeInstanceOf(Date);
    expect((await early.get(`/api/v1/organisations/${earlyOrg}/sso`)).json()).toMatchObject({ isConfigured: false, domainStatus: null });

    // Saving the same domain again keeps the proof.
    if (!idp) throw new Error("identity provider not started");
    const again = await owner.put(url, { issuer: idp.issuer, domain: "univ-exemple.fr", clientId: idp.clientId, clientSecret: idp.clientSecret });
    expect(again.json()).toMatchObject({ domainStatus: "verified", verificationRecord: settings.verificationRecord });
  });

  it("keeps a verified domain to its organisation: another one cannot configure SSO for it (issue 10, finding 8)", async () => {
    if (!idp) throw new Error("identity provider not started");
    const rival = await signUp(t, "Propriétaire rivale");
    const rivalOrg = await createOrganisation(rival, "Organisme rival");
    const body = { issuer: idp.issuer, domain: "univ-exemple.fr", clientId: idp.clientId, clientSecret: idp.clientSecret };
    const taken = await rival.put(`/api/v1/organisations/${rivalOrg}/sso`, body);
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ code: "conflict", errors: [{ path: "body.domain", message: "domain_taken" }] });
    const sub = await rival.put(`/api/v1/organisations/${rivalOrg}/sso`, { ...body, domain: "UNIV-EXEMPLE.FR" });
    expect(sub.statusCode).toBe(409);
    const [row] = await t.ctx.db
      .select()
      .from(ssoProvider)
      .where(eq(ssoProvider.providerId, `org-${rivalOrg}`));
    expect(row).toBeUndefined();
  });

  it("offers no way around Tutti's routes: better-auth's provider registration and domain endpoints are not mounted (issue 10, finding 8)", async () => {
    if (!idp) throw new Error("identity provider not started");
    const loner = await signUp(t, "Sans organisation");
    const register = await loner.post("/api/auth/sso/register", {
      providerId: "gmail-takeover",
      issuer: idp.issuer,
      domain: "gmail.com",
      oidcConfig: { clientId: idp.clientId, clientSecret: idp.clientSecret },
    });
    expect(register.statusCode).toBe(404);
    for (const path of ["/api/auth/sso/request-domain-verification", "/api/auth/sso/verify-domain", "/api/auth/sso/update-provider"]) {
      expect((await loner.post(path, { providerId: `org-${orgId}` })).statusCode, path).toBe(404);
    }
    const providers = await t.ctx.db.select({ providerId: ssoProvider.providerId }).from(ssoProvider);
    expect(providers.map((p) => p.providerId)).toEqual([`org-${orgId}`]);
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

  it("links SSO to an existing account only when its e-mail address is confirmed", async () => {
    // Signed up with a password, never confirmed: the identity provider cannot take it over.
    const unconfirmed = await new Agent(t).post("/api/auth/sign-up/email", { name: squatter.name, email: squatter.email, password });
    expect(unconfirmed.statusCode).toBe(200);
    const browser = new Agent(t);
    const { done } = await signInWithSso(browser, squatter.email);
    expect(String(done.headers.location ?? "")).toContain("error");
    expect((await browser.get("/api/v1/me")).statusCode).toBe(401);
    const [squatterUser] = await t.ctx.db.select().from(user).where(eq(user.email, squatter.email));
    expect(
      await t.ctx.db
        .select()
        .from(account)
        .where(and(eq(account.userId, squatterUser?.id ?? ""), eq(account.providerId, `org-${orgId}`))),
    ).toHaveLength(0);

    // A confirmed account of the domain signs in through SSO as itself.
    const existing = await signUp(t, colleague.name, colleague.email);
    const second = new Agent(t);
    const linked = await signInWithSso(second, colleague.email);
    expect(linked.done.statusCode, linked.done.body).toBe(302);
    expect(linked.done.headers.location).toBe("/");
    const me = (await second.get("/api/v1/me")).json();
    expect(me.user.id).toBe(existing.user.id);
    expect(await t.ctx.db.select().from(user).where(eq(user.email, colleague.email))).toHaveLength(1);
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

describe("SSRF through the SSO issuer (issue 10, finding 4)", () => {
  /** A local server answering JSON to anything: an internal service an attacker would probe. */
  let internal: http.Server;
  let internalHits = 0;
  let internalPort = 0;
  let closedPort = 0;
  let strict: TestApp;
  let strictOwner: Agent;
  let strictOrg: string;
  beforeAll(async () => {
    internal = http.createServer((_request, response) => {
      internalHits++;
      response.writeHead(200, { "content-type": "application/json" });
      response.end('{"status":"internal service","issuer":"nope"}');
    });
    await new Promise<void>((resolve) => internal.listen(0, "127.0.0.1", resolve));
    internalPort = (internal.address() as AddressInfo).port;
    const probe = http.createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    closedPort = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    // The default rules, in development: the NODE_ENV the attack used.
    strict = await createTestApp({ NODE_ENV: "development" });
    strictOwner = await signUp(strict, "Propriétaire curieuse");
    strictOrg = await createOrganisation(strictOwner, "Organisme curieux");
  });
  afterAll(async () => {
    internal.closeAllConnections();
    await new Promise<void>((resolve) => internal.close(() => resolve()));
    await strict.destroy();
  });
  const body = (issuer: string) => ({ issuer, domain: "curieux.example", clientId: "x", clientSecret: "y" });

  it("refuses loopback, metadata and mapped-IPv6 issuers without contacting them, with one answer", async () => {
    const url = `/api/v1/organisations/${strictOrg}/sso`;
    const answers: string[] = [];
    for (const issuer of [
      `http://127.0.0.1:${internalPort}/realms/x`,
      `http://127.0.0.1:${closedPort}/realms/x`,
      "http://169.254.169.254/latest/meta-data",
      `https://[::ffff:7f00:1]:${internalPort}/`,
      `https://[::ffff:a9fe:a9fe]/latest`,
      `https://localhost:${internalPort}/`,
    ]) {
      const response = await strictOwner.put(url, body(issuer));
      expect(response.statusCode, issuer).toBe(400);
      answers.push(response.body);
    }
    expect(new Set(answers).size).toBe(1);
    expect(JSON.parse(answers[0] ?? "{}")).toMatchObject({ code: "validation_failed", errors: [{ path: "body.issuer", message: "issuer_unusable" }] });
    expect(internalHits).toBe(0);
    expect((await strictOwner.get(url)).json().isConfigured).toBe(false);
  });

  it("tells a listening port from a closed one in no way, even where local targets are allowed", async () => {
    const url = `/api/v1/organisations/${orgId}/sso`;
    const before = (await owner.get(url)).json();
    const open = await owner.put(url, body(`http://127.0.0.1:${internalPort}`));
    const closed = await owner.put(url, body(`http://127.0.0.1:${closedPort}`));
    const html = await owner.put(url, body(`http://127.0.0.1:${internalPort}/not-json`));
    expect(open.statusCode).toBe(400);
    expect(closed.body).toBe(open.body);
    expect(html.body).toBe(open.body);
    expect(open.body).not.toContain("internal service");
    expect((await owner.get(url)).json()).toEqual(before);
  });
});
