/**
 * The side doors of authentication, tried as an attacker would (issue 10, findings 1, 3, 13, 17):
 * better-auth endpoints outside the allow-list, client metadata deciding who sees a sign-in link,
 * accepting an invitation with an unproven address, tokens in clear, account enumeration by
 * sign-up, and long-lived sign-in links.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emails, session, user, verification } from "../../server/db/schema.js";
import { Agent, createOrganisation, lastEmailTo, openSession, organisationWithRoles, password, signUp, uniqueEmail } from "../factories.js";
import { createTestApp, type TestApp } from "../test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.destroy());

/** A session for `userId`, as one opened before verification was required could exist. */
async function legacySessionAgent(userId: string): Promise<Agent> {
  const agent = new Agent(t);
  await openSession(t, agent, userId);
  return agent;
}

async function sessionCount(userId: string): Promise<number> {
  return (await t.ctx.db.select({ id: session.id }).from(session).where(eq(session.userId, userId))).length;
}

describe("finding 1: nobody reads another person's sign-in link", () => {
  it("refuses client metadata on a magic-link request and never puts the victim's link in the attacker's outbox", async () => {
    const victim = await signUp(t, "Sophie Victime");
    const victimSessionsBefore = await sessionCount(victim.user.id);
    const attacker = await signUp(t, "Attaquant");
    const attackerOrg = await createOrganisation(attacker, "Organisme de l'attaquant");

    const attack = await attacker.post("/api/auth/sign-in/magic-link", {
      email: victim.user.email,
      callbackURL: "/",
      metadata: { organisationId: attackerOrg, organisationName: "x", isFirstInvitation: true },
    });
    expect(attack.statusCode).toBe(400);
    expect(attack.headers["content-type"]).toContain("application/problem+json");
    expect(attack.json().code).toBe("validation_failed");
    // Without metadata the request is fine, but the link goes to the victim only.
    expect((await attacker.post("/api/auth/sign-in/magic-link", { email: victim.user.email, callbackURL: "/" })).statusCode).toBe(200);
    const sent = await lastEmailTo(t, victim.user.email, "magic_link");
    expect(sent.organisationId).toBeNull();
    expect(sent.isLinkShownInOutbox).toBe(false);

    await t.jobs.drain();
    const outbox = (await attacker.get(`/api/v1/organisations/${attackerOrg}/outbox`)).json();
    expect(outbox.items.filter((item: { to: string }) => item.to === victim.user.email)).toEqual([]);
    expect(JSON.stringify(outbox)).not.toContain("token=");
    const tagged = await t.ctx.db
      .select()
      .from(emails)
      .where(and(eq(emails.toAddress, victim.user.email), eq(emails.organisationId, attackerOrg)));
    expect(tagged).toEqual([]);

    // The victim's password and sessions are untouched.
    expect(await sessionCount(victim.user.id)).toBe(victimSessionsBefore);
    expect((await victim.get("/api/v1/me")).statusCode).toBe(200);
    expect((await new Agent(t).post("/api/auth/sign-in/email", { email: victim.user.email, password })).statusCode).toBe(200);
  });

  it("redacts a sign-in link in the outbox whatever the row's flag says", async () => {
    const { orgId, owner } = await organisationWithRoles(t);
    const link = "http://localhost:3999/api/auth/magic-link/verify?token=secret-token&callbackURL=%2F";
    for (const kind of ["magic_link", "password_reset", "email_verification"]) {
      await t.ctx.db.insert(emails).values({
        organisationId: orgId,
        kind,
        toAddress: `${kind}@exemple.fr`,
        locale: "fr",
        subject: kind,
        bodyText: `Ouvrez ${link}`,
        link,
        isLinkShownInOutbox: true,
        status: "outbox",
      });
    }
    const items = (await owner.get(`/api/v1/organisations/${orgId}/outbox`)).json().items as { kind: string; link: string | null; body: string }[];
    const signIn = items.filter((item) => item.kind !== "invitation");
    expect(signIn).toHaveLength(3);
    for (const item of signIn) {
      expect(item.link, item.kind).toBeNull();
      expect(item.body, item.kind).not.toContain("secret-token");
    }
  });
});

describe("finding 3: better-auth's organisation endpoints are not mounted", () => {
  const doors: [string, string, Record<string, unknown>?][] = [
    ["GET", "/api/auth/organization/get-full-organization"],
    ["GET", "/api/auth/organization/list-members"],
    ["GET", "/api/auth/organization/list-invitations"],
    ["POST", "/api/auth/organization/update-member-role", { role: "admin, owner" }],
    ["POST", "/api/auth/organization/invite-member", { email: "x@exemple.fr", role: "admin" }],
    ["POST", "/api/auth/organization/accept-invitation", { invitationId: "x" }],
    ["POST", "/api/auth/organization/create", { name: "x", slug: "x" }],
    ["POST", "/api/auth/organization/set-active", {}],
    ["POST", "/api/auth/sso/register", { providerId: "x", issuer: "https://x", domain: "gmail.com" }],
    ["POST", "/api/auth/update-user", { name: "x" }],
    ["POST", "/api/auth/change-email", { newEmail: "x@exemple.fr" }],
    ["POST", "/api/auth/delete-user", {}],
    ["GET", "/api/auth/list-sessions"],
    ["GET", "/api/auth/ok"],
    ["GET", "/api/auth/magic-link/../organization/list-members"],
    ["GET", "/api/auth/magic-link/%2e%2e/organization/list-invitations"],
    ["GET", "/api/auth/organization%2Flist-members"],
  ];

  it("answers 404 problem+json to guests, viewers and staff on every door, and changes nothing", async () => {
    const { orgId, owner, people } = await organisationWithRoles(t);
    const invited = await owner.post(`/api/v1/organisations/${orgId}/invitations`, { email: uniqueEmail("pending"), role: "admin" });
    expect(invited.statusCode).toBe(201);
    const staffMemberId = (await owner.get(`/api/v1/organisations/${orgId}/members`))
      .json()
      .find((m: { email: string }) => m.email === people.staff.user.email).id;
    for (const role of ["guest", "viewer", "staff"] as const) {
      for (const [method, path, body] of doors) {
        const query = method === "GET" ? `?organizationId=${orgId}` : "";
        const payload = body ? { ...body, organizationId: orgId, memberId: staffMemberId } : undefined;
        const response = await people[role].request(method as "GET" | "POST", `${path}${query}`, payload);
        expect(response.statusCode, `${role} ${method} ${path}`).toBe(404);
        expect(response.headers["content-type"], path).toContain("application/problem+json");
        expect(response.body, path).not.toContain(invited.json().email);
      }
    }
    // Our own routes take one role of shared/roles.ts, never a list smuggled in a string.
    const smuggled = await owner.patch(`/api/v1/organisations/${orgId}/members/${staffMemberId}`, { role: "admin, owner" });
    expect(smuggled.statusCode).toBe(400);
    expect(smuggled.json().code).toBe("validation_failed");
    const smuggledInvitation = await owner.post(`/api/v1/organisations/${orgId}/invitations`, { email: uniqueEmail(), role: "admin, owner" });
    expect(smuggledInvitation.json().code).toBe("validation_failed");
    const members = (await owner.get(`/api/v1/organisations/${orgId}/members`)).json() as { email: string; role: string }[];
    expect(members.find((m) => m.email === people.staff.user.email)?.role).toBe("staff");
  });

  it("keeps the endpoints the web app uses", async () => {
    const anonymous = new Agent(t);
    expect((await anonymous.get("/api/auth/get-session")).statusCode).toBe(200);
    expect((await anonymous.post("/api/auth/sign-in/email", { email: uniqueEmail(), password })).statusCode).toBe(401);
    expect((await anonymous.get("/api/auth/magic-link/verify?token=nope&callbackURL=%2F")).statusCode).toBe(302);
    expect((await anonymous.post("/api/auth/send-verification-email", { email: uniqueEmail() })).statusCode).toBe(200);
  });
});

describe("finding 3: an invitation is accepted only with a verified address", () => {
  it("refuses a guest who signs up with the invited address until that address is verified", async () => {
    const { orgId, owner } = await organisationWithRoles(t);
    const invitedEmail = uniqueEmail("futur-admin");
    const invited = await owner.post(`/api/v1/organisations/${orgId}/invitations`, { email: invitedEmail, role: "admin" });
    expect(invited.statusCode).toBe(201);

    // The guest signs up with the invited address: no session, no way in by password.
    const intruder = new Agent(t);
    const signedUp = await intruder.post("/api/auth/sign-up/email", { name: "Intrus", email: invitedEmail, password });
    expect(signedUp.statusCode).toBe(200);
    expect(signedUp.json().token).toBeNull();
    expect(signedUp.cookies.find((c) => c.name.endsWith("session_token"))).toBeUndefined();
    const signIn = await intruder.post("/api/auth/sign-in/email", { email: invitedEmail, password });
    expect(signIn.statusCode).toBe(403);
    expect(signIn.json().code).toBe("EMAIL_NOT_VERIFIED");

    // Even with a session (as one opened before verification was required), acceptance is refused.
    const [account] = await t.ctx.db.select().from(user).where(eq(user.email, invitedEmail));
    expect(account?.emailVerified).toBe(false);
    const unverified = await legacySessionAgent(account?.id ?? "");
    const refused = await unverified.post(`/api/v1/invitations/${invited.json().id}/accept`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe("email_not_verified");
    expect((await unverified.get("/api/v1/me")).json().memberships).toEqual([]);

    // The owner of the mailbox follows the verification link: signed in, verified, accepted.
    const mail = await lastEmailTo(t, invitedEmail, "email_verification");
    expect(mail.organisationId).toBeNull();
    const link = new URL(mail.link ?? "");
    const owner2 = new Agent(t);
    const verified = await owner2.get(link.pathname + link.search);
    expect(verified.statusCode).toBe(302);
    const accepted = await owner2.post(`/api/v1/invitations/${invited.json().id}/accept`);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect((await owner2.get("/api/v1/me")).json().memberships).toEqual([expect.objectContaining({ organisationId: orgId, role: "admin" })]);
  });

  it("verifies the address of a guest who signs in by magic link", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const email = uniqueEmail("guest");
    expect(
      (await people.manager.post(`/api/v1/organisations/${orgId}/guests`, { email, name: "Invitée", guestKind: "funder", purpose: "Bilan" })).statusCode,
    ).toBe(201);
    expect((await new Agent(t).post("/api/auth/sign-in/magic-link", { email, callbackURL: "/guest" })).statusCode).toBe(200);
    const link = new URL((await lastEmailTo(t, email, "magic_link")).link ?? "");
    expect((await new Agent(t).get(link.pathname + link.search)).statusCode).toBe(302);
    const [row] = await t.ctx.db.select().from(user).where(eq(user.email, email));
    expect(row?.emailVerified).toBe(true);
  });
});

describe("finding 13: sign-in tokens are stored hashed", () => {
  it("keeps no magic-link or password-reset token in clear in the verification table", async () => {
    const person = await signUp(t, "Hachée");
    expect((await new Agent(t).post("/api/auth/sign-in/magic-link", { email: person.user.email, callbackURL: "/" })).statusCode).toBe(200);
    expect((await new Agent(t).post("/api/auth/request-password-reset", { email: person.user.email, redirectTo: "/reset-password" })).statusCode).toBe(200);
    const magicToken = new URL((await lastEmailTo(t, person.user.email, "magic_link")).link ?? "").searchParams.get("token") ?? "";
    const resetToken = new URL((await lastEmailTo(t, person.user.email, "password_reset")).link ?? "").pathname.split("/").pop() ?? "";
    expect(magicToken.length).toBeGreaterThan(20);
    expect(resetToken.length).toBeGreaterThan(20);
    const rows = await t.ctx.db.select().from(verification);
    // Both tokens are in this table (the magic link's row names the address, the reset's the user id): the checks below are not vacuous.
    expect(rows.filter((row) => row.value.includes(person.user.email) || row.value.includes(person.user.id)).length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      expect(row.identifier).not.toContain(magicToken);
      expect(row.identifier).not.toContain(resetToken);
      expect(row.value).not.toContain(magicToken);
    }
    // and the links still work
    const landing = await new Agent(t).get(`/api/auth/magic-link/verify?token=${magicToken}&callbackURL=%2F`);
    expect(landing.headers.location).not.toContain("error");
  });
});

describe("finding 17: no account enumeration by sign-up, short sign-in links", () => {
  it("answers a sign-up with an existing address exactly as with a new one, and tells the owner", async () => {
    const existing = await signUp(t, "Déjà là");
    const shape = (response: Awaited<ReturnType<Agent["post"]>>) => ({
      status: response.statusCode,
      cookies: response.cookies.map((c) => c.name),
      contentType: response.headers["content-type"],
      keys: Object.keys(response.json()).sort(),
      userKeys: Object.keys(response.json().user).sort(),
      token: response.json().token,
      emailVerified: response.json().user.emailVerified,
    });
    const fresh = await new Agent(t).post("/api/auth/sign-up/email", { name: "Nouveau", email: uniqueEmail("nouveau"), password });
    const duplicate = await new Agent(t).post("/api/auth/sign-up/email", { name: "Nouveau", email: existing.user.email, password: "un-autre-mot-de-passe" });
    expect(shape(duplicate)).toEqual(shape(fresh));
    expect(duplicate.json().user.id).not.toBe(existing.user.id);

    const notice = await lastEmailTo(t, existing.user.email, "sign_up_attempt");
    expect(notice.subject).toContain("votre adresse");
    expect(notice.bodyText).not.toContain("token=");
    expect((await new Agent(t).post("/api/auth/sign-in/email", { email: existing.user.email, password })).statusCode).toBe(200);
  });

  it("answers a sign-in link request for an unknown address like a known one, and mails no stranger", async () => {
    const known = await signUp(t, "Connue");
    const stranger = uniqueEmail("inconnu");
    const forKnown = await new Agent(t).post("/api/auth/sign-in/magic-link", { email: known.user.email, callbackURL: "/" });
    const forStranger = await new Agent(t).post("/api/auth/sign-in/magic-link", { email: stranger, callbackURL: "/" });
    expect([forStranger.statusCode, forStranger.body]).toEqual([forKnown.statusCode, forKnown.body]);
    await lastEmailTo(t, known.user.email, "magic_link");
    expect(await t.ctx.db.select().from(emails).where(eq(emails.toAddress, stranger))).toEqual([]);
  });

  it("makes sign-in links last 15 minutes, while a guest's invitation still works later", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const email = uniqueEmail("tardif");
    expect(
      (await people.manager.post(`/api/v1/organisations/${orgId}/guests`, { email, name: "Invité tardif", guestKind: "teacher", purpose: "Cours" })).statusCode,
    ).toBe(201);
    const invitation = await lastEmailTo(t, email, "guest_invitation");
    const welcome = new URL(invitation.link ?? "");

    const before = Date.now();
    expect((await new Agent(t).post("/api/auth/sign-in/magic-link", { email, callbackURL: "/guest" })).statusCode).toBe(200);
    const first = new URL((await lastEmailTo(t, email, "magic_link")).link ?? "");
    const rows = await t.ctx.db.select().from(verification);
    const magicRow = rows.find((row) => row.value.includes(email));
    const lifetime = (magicRow?.expiresAt.getTime() ?? 0) - before;
    expect(lifetime).toBeGreaterThan(14 * 60_000);
    expect(lifetime).toBeLessThanOrEqual(15 * 60_000 + 5_000);

    // Days later: the first link has expired; the invitation's welcome page asks for a fresh one.
    await t.ctx.db
      .update(verification)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(verification.id, magicRow?.id ?? ""));
    const expired = await new Agent(t).get(first.pathname + first.search);
    expect(expired.headers.location).toContain("error=");
    const guest = new Agent(t);
    expect(
      (
        await guest.post("/api/auth/sign-in/magic-link", {
          email: decodeURIComponent(welcome.hash.replace("#email=", "")),
          callbackURL: welcome.searchParams.get("next"),
        })
      ).statusCode,
    ).toBe(200);
    const fresh = new URL((await lastEmailTo(t, email, "magic_link")).link ?? "");
    expect(fresh.searchParams.get("token")).not.toBe(first.searchParams.get("token"));
    const landing = await guest.get(fresh.pathname + fresh.search);
    expect(landing.statusCode).toBe(302);
    expect(landing.headers.location).toContain("/invitations/");
    expect(landing.headers.location).not.toContain("error");
    // The welcome page leads to the pending invitation; the guest joins by accepting it.
    expect((await guest.post(`/api/v1${new URL(landing.headers.location ?? "", "http://x").pathname}/accept`)).statusCode).toBe(200);
    expect((await guest.get("/api/v1/me")).json().memberships).toEqual([expect.objectContaining({ organisationId: orgId, role: "guest" })]);
  });

  it("sends a person whose link cannot be used to the sign-in page, never to an unmounted error page", async () => {
    const email = uniqueEmail("perime");
    await signUp(t, "Personne Pressée", email);
    // As the web app asks: a used or expired sign-in link comes back to /sign-in with the reason.
    expect((await new Agent(t).post("/api/auth/sign-in/magic-link", { email, callbackURL: "/", errorCallbackURL: "/sign-in" })).statusCode).toBe(200);
    const link = new URL((await lastEmailTo(t, email, "magic_link")).link ?? "");
    expect((await new Agent(t).get(link.pathname + link.search)).statusCode).toBe(302);
    const reused = await new Agent(t).get(link.pathname + link.search);
    const landing = new URL(reused.headers.location ?? "", "http://x");
    expect(landing.pathname).toBe("/sign-in");
    expect(landing.searchParams.get("error")).toBeTruthy();
    // An error better-auth raises without a callback of ours (an SSO callback with no state) also lands there.
    const sso = await new Agent(t).get("/api/auth/sso/callback/org-unknown?code=x&state=y");
    expect(sso.statusCode).toBe(302);
    expect(new URL(sso.headers.location ?? "", "http://x").pathname).toBe("/sign-in");
  });
});
