/**
 * Issue 10, findings 10 and 17 (guest adds), as the attack: "invite as outside guest" made any
 * existing account a guest member of the inviting organisation at once, the reply and the audit
 * log showed the account's real name (so the organisation learnt which addresses have an account,
 * and whose), and the person's app then opened on that organisation's guest page. A guest
 * invitation now stays pending until the person opens it signed in with the invited, verified
 * address; the answer, the e-mail and the audit entry are the same whether the address had an
 * account or not. Also: over the organisation's mail quota, an invitation is not written at all.
 */
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, emails, guestGrants, invitation, member, user } from "../../server/db/schema.js";
import { Agent, createOrganisation, lastEmailTo, openSession, organisationWithRoles, signUp, uniqueEmail } from "../factories.js";
import { createTestApp, type TestApp } from "../test-app.js";

let t: TestApp;
const quota = 4;
beforeAll(async () => {
  t = await createTestApp({ MAIL_QUOTA_PER_DAY: String(quota) });
});
afterAll(() => t.destroy());

const realName = "Jeanne Victime-Réelle";
const guests = (orgId: string) => `/api/v1/organisations/${orgId}/guests`;
const pendingGuests = (orgId: string) => `/api/v1/organisations/${orgId}/guest-invitations`;
const body = (email: string) => ({ email, name: "Quelqu'un", guestKind: "teacher", purpose: "Cours de marketing", locale: "fr" });

/** What differs by nature between two invitations (ids, addresses, times) set aside. */
function shapeOf(value: Record<string, unknown>, email: string): string {
  return JSON.stringify(value, (key, v) => (["id", "targetId", "createdAt", "expiresAt"].includes(key) ? "…" : v)).replaceAll(email, "<email>");
}

async function membershipsIn(orgId: string, userId: string) {
  return t.ctx.db
    .select()
    .from(member)
    .where(and(eq(member.organizationId, orgId), eq(member.userId, userId)));
}

describe("inviting an outside guest (issue 10, findings 10 and 17)", () => {
  it("cannot pull another organisation's member in, nor tell their name, nor tell an account from an unknown address", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const victim = await signUp(t, realName);
    const victimOrgId = await createOrganisation(victim, "Organisation de Jeanne");
    const unknown = uniqueEmail("inconnu");

    const onVictim = await people.manager.post(guests(orgId), body(victim.user.email));
    const onUnknown = await people.manager.post(guests(orgId), body(unknown));
    expect(onVictim.statusCode, onVictim.body).toBe(201);
    expect(onUnknown.statusCode).toBe(201);
    // The same answer, with the name typed — never the account's.
    expect(shapeOf(onVictim.json(), victim.user.email)).toBe(shapeOf(onUnknown.json(), unknown));
    expect(onVictim.json()).toMatchObject({ name: "Quelqu'un", role: "guest", status: "pending" });
    expect(onVictim.body).not.toContain(realName);
    expect(onVictim.body).not.toContain(victim.user.id);

    // Nothing of the victim changed: no membership, no grant, their app still opens on their own organisation.
    expect(await membershipsIn(orgId, victim.user.id)).toEqual([]);
    expect(await t.ctx.db.select().from(guestGrants).where(eq(guestGrants.userId, victim.user.id))).toEqual([]);
    const me = (await victim.get("/api/v1/me")).json();
    expect(me.memberships.map((m: { organisationId: string }) => m.organisationId)).toEqual([victimOrgId]);
    expect(me.activeOrganisationId).toBe(victimOrgId);
    expect((await victim.get(`/api/v1/organisations/${orgId}`)).statusCode).toBe(404);

    // Neither the members, the pending list nor the audit log tells the name; both audit entries look alike.
    expect((await people.owner.get(`/api/v1/organisations/${orgId}/members`)).body).not.toContain(victim.user.email);
    const pending = await people.manager.get(pendingGuests(orgId));
    expect(pending.body).not.toContain(realName);
    expect(pending.json()).toHaveLength(2);
    const audit = await t.ctx.db.select().from(auditEvents).where(eq(auditEvents.organisationId, orgId));
    expect(JSON.stringify(audit)).not.toContain(realName);
    const invited = audit.filter((event) => event.action === "guest.invited");
    expect(invited).toHaveLength(2);
    const [first, second] = invited.map(({ targetLabel, ...event }) => ({ ...event, isAddress: targetLabel === victim.user.email || targetLabel === unknown }));
    expect(shapeOf(first ?? {}, "")).toBe(shapeOf(second ?? {}, ""));

    // The same e-mail, but for the address.
    const toVictim = await lastEmailTo(t, victim.user.email, "guest_invitation");
    const toUnknown = await lastEmailTo(t, unknown, "guest_invitation");
    expect(toVictim.subject).toBe(toUnknown.subject);
    const strip = (text: string) => text.replace(/\/welcome\?\S+/g, "/welcome?…");
    expect(strip(toVictim.bodyText)).toBe(strip(toUnknown.bodyText));
  });

  it("makes the person a guest only when they accept, signed in with the invited address, verified", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const email = uniqueEmail("tuteur");
    const invitationId = (await people.manager.post(guests(orgId), body(email))).json().id as string;
    const accept = `/api/v1/invitations/${invitationId}/accept`;

    // Someone else, even signed in and verified, cannot take it.
    const intruder = await signUp(t, "Intrus");
    expect((await intruder.post(accept)).statusCode).toBe(403);
    expect((await intruder.get("/api/v1/me")).json().memberships).toEqual([]);

    // The account of the address, not verified yet (no link followed): refused.
    const [account] = await t.ctx.db.select().from(user).where(eq(user.email, email));
    expect(account?.emailVerified).toBe(false);
    const unproven = new Agent(t);
    await openSession(t, unproven, account?.id ?? "");
    const refused = await unproven.post(accept);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe("email_not_verified");
    expect(await membershipsIn(orgId, account?.id ?? "")).toEqual([]);

    // The welcome page's sign-in link proves the address and leads to the invitation; accepting makes the guest.
    const welcome = new URL((await lastEmailTo(t, email, "guest_invitation")).link ?? "");
    const guest = new Agent(t);
    expect((await guest.post("/api/auth/sign-in/magic-link", { email, callbackURL: welcome.searchParams.get("next") })).statusCode).toBe(200);
    const link = new URL((await lastEmailTo(t, email, "magic_link")).link ?? "");
    expect((await guest.get(link.pathname + link.search)).headers.location).toContain(`/invitations/${invitationId}`);
    expect(await membershipsIn(orgId, account?.id ?? "")).toEqual([]);
    expect((await guest.post(accept)).statusCode).toBe(200);
    expect(await membershipsIn(orgId, account?.id ?? "")).toEqual([expect.objectContaining({ role: "guest" })]);
    expect((await guest.get("/api/v1/me/guest-grants")).json()).toEqual([
      expect.objectContaining({ organisationId: orgId, guestKind: "teacher", purpose: "Cours de marketing" }),
    ]);
    // Once only.
    expect((await guest.post(accept)).statusCode).toBe(404);
  });

  it("lists pending guest invitations to whoever may invite guests; a withdrawn or expired one cannot be accepted", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const person = await signUp(t, "Invitée retirée");
    const withdrawn = (await people.manager.post(guests(orgId), body(person.user.email))).json().id as string;
    expect((await people.staff.get(pendingGuests(orgId))).statusCode).toBe(403);
    expect((await people.staff.delete(`${pendingGuests(orgId)}/${withdrawn}`)).statusCode).toBe(403);
    expect((await people.manager.get(pendingGuests(orgId))).json()).toEqual([expect.objectContaining({ id: withdrawn, status: "pending" })]);
    // A member's invitation is not a guest's: the guests' route does not withdraw it.
    const memberInvitation = (await people.owner.post(`/api/v1/organisations/${orgId}/invitations`, { email: uniqueEmail(), role: "staff" })).json().id;
    expect((await people.manager.delete(`${pendingGuests(orgId)}/${memberInvitation}`)).statusCode).toBe(404);

    expect((await people.manager.delete(`${pendingGuests(orgId)}/${withdrawn}`)).statusCode).toBe(204);
    expect((await people.manager.get(pendingGuests(orgId))).json()).toEqual([]);
    expect((await person.post(`/api/v1/invitations/${withdrawn}/accept`)).statusCode).toBe(404);
    expect(await membershipsIn(orgId, person.user.id)).toEqual([]);

    const expired = (await people.manager.post(guests(orgId), body(person.user.email))).json().id as string;
    expect((await person.get(`/api/v1/invitations/${expired}`)).json()).toMatchObject({ status: "pending", isExpired: false });
    await t.ctx.db
      .update(invitation)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitation.id, expired));
    expect((await person.get(`/api/v1/invitations/${expired}`)).json()).toMatchObject({ isExpired: true });
    expect((await person.post(`/api/v1/invitations/${expired}/accept`)).statusCode).toBe(409);
    expect(await membershipsIn(orgId, person.user.id)).toEqual([]);
    expect((await people.manager.get(pendingGuests(orgId))).json()).toEqual([]);
  });

  it("writes nothing over the organisation's daily mail quota: no invitation, no account, no audit entry", async () => {
    const owner = await signUp(t, "Propriétaire pressé");
    const orgId = await createOrganisation(owner, "Organisme bavard");
    for (let sent = 0; sent < quota; sent++) {
      expect((await owner.post(`/api/v1/organisations/${orgId}/invitations`, { email: uniqueEmail(), role: "viewer" })).statusCode).toBe(201);
    }
    const count = async () => {
      const rows = await t.ctx.db.execute<{ n: string }>(sql`
        SELECT (SELECT count(*) FROM invitation WHERE "organizationId" = ${orgId})
             + (SELECT count(*) FROM guest_invitations WHERE organisation_id = ${orgId})
             + (SELECT count(*) FROM audit_events WHERE organisation_id = ${orgId})
             + (SELECT count(*) FROM "user") AS n`);
      return Number(rows.rows[0]?.n);
    };
    const before = await count();
    const overMember = await owner.post(`/api/v1/organisations/${orgId}/invitations`, { email: uniqueEmail("trop"), role: "viewer" });
    expect(overMember.statusCode).toBe(429);
    expect(overMember.json().code).toBe("mail_quota_exceeded");
    expect(await count()).toBe(before);
    const guestAddress = uniqueEmail("trop");
    const overGuest = await owner.post(guests(orgId), body(guestAddress));
    expect(overGuest.statusCode).toBe(429);
    expect(overGuest.json().code).toBe("mail_quota_exceeded");
    expect(await count()).toBe(before);
    expect(await t.ctx.db.select().from(emails).where(eq(emails.toAddress, guestAddress))).toEqual([]);
  });
});
