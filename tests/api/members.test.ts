import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, createOrganisation, lastEmailTo, organisationWithRoles, signUp, uniqueEmail } from "../factories.js";
import { createTestApp, type TestApp } from "../test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.destroy());

describe("inviting members", () => {
  it("e-mails an invitation that the invitee accepts after signing up", async () => {
    const { orgId, owner } = await organisationWithRoles(t);
    const email = uniqueEmail("laura");
    const invited = await owner.post(`/api/v1/organisations/${orgId}/invitations`, { email, role: "staff" });
    expect(invited.statusCode).toBe(201);
    expect(invited.json()).toMatchObject({ email, role: "staff", status: "pending" });

    const mail = await lastEmailTo(t, email, "invitation");
    expect(mail.subject).toContain("Sophie Owner");
    const invitationPath = new URL(mail.link ?? "").pathname;
    expect(invitationPath).toBe(`/invitations/${invited.json().id}`);

    const laura = await signUp(t, "Laura Martin", email);
    const preview = await laura.get(`/api/v1${invitationPath}`);
    expect(preview.json()).toMatchObject({ email, role: "staff", status: "pending", isExpired: false });
    const accepted = await laura.post(`/api/v1${invitationPath}/accept`);
    expect(accepted.statusCode).toBe(200);
    expect((await laura.get("/api/v1/me")).json().memberships).toEqual([expect.objectContaining({ organisationId: orgId, role: "staff" })]);

    const pending = (await owner.get(`/api/v1/organisations/${orgId}/invitations`)).json();
    expect(pending.find((i: { email: string }) => i.email === email)).toBeUndefined();
  });

  it("does not let someone else accept an invitation meant for another address", async () => {
    const { orgId, owner } = await organisationWithRoles(t);
    const invited = await owner.post(`/api/v1/organisations/${orgId}/invitations`, { email: uniqueEmail(), role: "viewer" });
    const intruder = await signUp(t, "Intrus");
    const response = await intruder.post(`/api/v1/invitations/${invited.json().id}/accept`);
    expect(response.statusCode).toBe(403);
    expect((await intruder.get("/api/v1/me")).json().memberships).toEqual([]);
  });

  it("lets only owners and admins invite, and refuses a second invitation of a member", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    for (const role of ["manager", "staff", "viewer", "guest"] as const) {
      const refused = await people[role].post(`/api/v1/organisations/${orgId}/invitations`, { email: uniqueEmail(), role: "staff" });
      expect(refused.statusCode, role).toBe(403);
    }
    expect((await people.admin.post(`/api/v1/organisations/${orgId}/invitations`, { email: uniqueEmail(), role: "manager" })).statusCode).toBe(201);
    const again = await people.admin.post(`/api/v1/organisations/${orgId}/invitations`, { email: people.staff.user.email, role: "viewer" });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("already_member");
  });

  it("cancels a pending invitation, which then cannot be accepted", async () => {
    const { orgId, owner } = await organisationWithRoles(t);
    const email = uniqueEmail();
    const invited = await owner.post(`/api/v1/organisations/${orgId}/invitations`, { email, role: "staff" });
    expect((await owner.delete(`/api/v1/organisations/${orgId}/invitations/${invited.json().id}`)).statusCode).toBe(204);
    const invitee = await signUp(t, "Trop tard", email);
    const response = await invitee.post(`/api/v1/invitations/${invited.json().id}/accept`);
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect((await invitee.get("/api/v1/me")).json().memberships).toEqual([]);
  });
});

describe("roles", () => {
  it("lets an admin change a role, recorded in the audit log with before and after", async () => {
    const { orgId, owner, people } = await organisationWithRoles(t);
    const members = (await owner.get(`/api/v1/organisations/${orgId}/members`)).json() as { id: string; userId: string }[];
    const staff = members.find((m) => m.userId === people.staff.user.id);
    const changed = await people.admin.patch(`/api/v1/organisations/${orgId}/members/${staff?.id}`, { role: "manager" });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().role).toBe("manager");
    const audit = (await owner.get(`/api/v1/organisations/${orgId}/audit-events`)).json();
    expect(audit.items[0]).toMatchObject({ action: "member.role_changed", targetLabel: "Person staff", data: { from: "staff", to: "manager" } });
    expect((await people.staff.get("/api/v1/me")).json().abilities).toContain("journey.edit");
  });

  it("protects owners: an admin cannot demote or make one, and the last owner stays", async () => {
    const { orgId, owner, people } = await organisationWithRoles(t);
    const members = (await owner.get(`/api/v1/organisations/${orgId}/members`)).json() as { id: string; userId: string; role: string }[];
    const ownerMember = members.find((m) => m.role === "owner");
    const viewer = members.find((m) => m.userId === people.viewer.user.id);
    expect((await people.admin.patch(`/api/v1/organisations/${orgId}/members/${ownerMember?.id}`, { role: "viewer" })).statusCode).toBe(403);
    expect((await people.admin.patch(`/api/v1/organisations/${orgId}/members/${viewer?.id}`, { role: "owner" })).statusCode).toBe(403);
    expect((await people.admin.delete(`/api/v1/organisations/${orgId}/members/${ownerMember?.id}`)).statusCode).toBe(403);
    expect((await people.staff.patch(`/api/v1/organisations/${orgId}/members/${viewer?.id}`, { role: "admin" })).statusCode).toBe(403);
    expect((await owner.patch(`/api/v1/organisations/${orgId}/members/${ownerMember?.id}`, { role: "admin" })).statusCode).toBe(403);
    const lastOwner = await owner.delete(`/api/v1/organisations/${orgId}/members/${ownerMember?.id}`);
    expect(lastOwner.statusCode).toBe(409);
    expect(lastOwner.json().code).toBe("last_owner");
  });

  it("removes a member, who then loses access", async () => {
    const { orgId, owner, people } = await organisationWithRoles(t);
    const members = (await owner.get(`/api/v1/organisations/${orgId}/members`)).json() as { id: string; userId: string }[];
    const staff = members.find((m) => m.userId === people.staff.user.id);
    expect((await owner.delete(`/api/v1/organisations/${orgId}/members/${staff?.id}`)).statusCode).toBe(204);
    expect((await people.staff.get(`/api/v1/organisations/${orgId}`)).statusCode).toBe(404);
  });

  it("keeps member ids of another organisation out of reach", async () => {
    const { orgId, owner } = await organisationWithRoles(t);
    const other = await organisationWithRoles(t);
    const theirMembers = (await other.owner.get(`/api/v1/organisations/${other.orgId}/members`)).json() as { id: string }[];
    const target = theirMembers[1]?.id;
    expect((await owner.patch(`/api/v1/organisations/${orgId}/members/${target}`, { role: "viewer" })).statusCode).toBe(404);
    expect((await owner.delete(`/api/v1/organisations/${orgId}/members/${target}`)).statusCode).toBe(404);
    expect((await other.owner.get(`/api/v1/organisations/${other.orgId}/members`)).json()).toHaveLength(theirMembers.length);
  });
});

describe("outside guests", () => {
  it("invites a company tutor who signs in by magic link, without a password, accepts, and sees only their invitation", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const email = uniqueEmail("tuteur");
    const invited = await people.manager.post(`/api/v1/organisations/${orgId}/guests`, {
      email,
      name: "Paul Tuteur",
      guestKind: "company_tutor",
      purpose: "Suivi du stage de Sarah",
      locale: "fr",
    });
    expect(invited.statusCode).toBe(201);
    // Pending until they open it: the organisation sees what it typed, not a member.
    expect(invited.json()).toMatchObject({
      email,
      name: "Paul Tuteur",
      role: "guest",
      status: "pending",
      guest: { kind: "company_tutor", purpose: "Suivi du stage de Sarah" },
    });
    const invitationId = invited.json().id as string;

    // The invitation leads to the welcome page (no sign-in link in it); from there, the guest asks
    // for a 15-minute sign-in link, sent to the invited address only, that leads to the invitation.
    const invitationMail = await lastEmailTo(t, email, "guest_invitation");
    const welcome = new URL(invitationMail.link ?? "");
    expect(welcome.pathname).toBe("/welcome");
    expect(welcome.searchParams.get("next")).toBe(`/invitations/${invitationId}`);
    expect(decodeURIComponent(welcome.hash)).toBe(`#email=${email}`);
    expect(invitationMail.bodyText).not.toContain("token=");
    const guest = new Agent(t);
    expect((await guest.post("/api/auth/sign-in/magic-link", { email, callbackURL: welcome.searchParams.get("next") })).statusCode).toBe(200);
    const mail = await lastEmailTo(t, email, "magic_link");
    expect(mail.organisationId).toBeNull();
    const link = new URL(mail.link ?? "");
    const landing = await guest.get(link.pathname + link.search);
    expect(landing.statusCode).toBe(302);
    expect(landing.headers.location).toContain(`/invitations/${invitationId}`);

    const preview = (await guest.get(`/api/v1/invitations/${invitationId}`)).json();
    expect(preview).toMatchObject({ role: "guest", status: "pending", guest: { kind: "company_tutor", purpose: "Suivi du stage de Sarah" } });
    expect((await guest.get("/api/v1/me")).json().memberships).toEqual([]);
    const accepted = await guest.post(`/api/v1/invitations/${invitationId}/accept`);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toEqual({ organisationId: orgId });

    const me = (await guest.get("/api/v1/me")).json();
    expect(me.user).toMatchObject({ email, hasPassword: false });
    expect(me.memberships).toEqual([expect.objectContaining({ organisationId: orgId, role: "guest" })]);
    expect(me.activeOrganisationId).toBe(orgId);
    expect(me.abilities).toEqual(["organisation.read"]);
    const grants = (await guest.get("/api/v1/me/guest-grants")).json();
    expect(grants).toEqual([
      expect.objectContaining({ organisationId: orgId, guestKind: "company_tutor", purpose: "Suivi du stage de Sarah", invitedBy: "Person manager" }),
    ]);
    expect((await guest.get(`/api/v1/organisations/${orgId}/members`)).statusCode).toBe(403);
    expect((await people.manager.get(`/api/v1/organisations/${orgId}/guest-invitations`)).json()).toEqual([]);

    const reused = await new Agent(t).get(link.pathname + link.search);
    expect(reused.headers.location ?? "").toContain("error");
  });

  it("does not let a staff member or viewer invite guests", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    for (const role of ["staff", "viewer", "guest"] as const) {
      const response = await people[role].post(`/api/v1/organisations/${orgId}/guests`, {
        email: uniqueEmail(),
        name: "X",
        guestKind: "funder",
        purpose: "Bilan annuel",
      });
      expect(response.statusCode, role).toBe(403);
    }
  });
});

describe("outbox", () => {
  it("shows administrators their organisation's unsent e-mails, never another's, and never a sign-in link", async () => {
    const { orgId, owner, people } = await organisationWithRoles(t);
    const other = await signUp(t, "Other owner");
    const otherOrg = await createOrganisation(other, "Autre");
    const secret = uniqueEmail("secret");
    expect((await other.post(`/api/v1/organisations/${otherOrg}/invitations`, { email: secret, role: "staff" })).statusCode).toBe(201);
    const email = uniqueEmail("visible");
    expect((await owner.post(`/api/v1/organisations/${orgId}/invitations`, { email, role: "viewer" })).statusCode).toBe(201);
    const newGuest = people.viewer.user.email.replace("@", "+x@");
    expect(
      (await owner.post(`/api/v1/organisations/${orgId}/guests`, { email: newGuest, name: "Guest", guestKind: "funder", purpose: "Bilan" })).statusCode,
    ).toBe(201);
    // Someone who already has an account (and an organisation of their own) invited as a guest.
    const existing = await signUp(t, "Has password", uniqueEmail("haspw"));
    await createOrganisation(existing, "Son organisme");
    const guest = await owner.post(`/api/v1/organisations/${orgId}/guests`, {
      email: existing.user.email,
      name: "Has password",
      guestKind: "teacher",
      purpose: "Cours",
    });
    expect(guest.statusCode).toBe(201);
    // Every e-mail has left the queue: the other organisation's is in its outbox, not in ours.
    for (const [to, kind] of [
      [secret, "invitation"],
      [email, "invitation"],
      [newGuest, "guest_invitation"],
      [existing.user.email, "guest_invitation"],
    ] as const) {
      expect((await lastEmailTo(t, to, kind)).status).toBe("outbox");
    }

    const outbox = await owner.get(`/api/v1/organisations/${orgId}/outbox`);
    expect(outbox.statusCode).toBe(200);
    const items = outbox.json().items as { to: string; link: string | null; body: string; kind: string }[];
    expect(items.map((i) => i.to)).not.toContain(secret);
    const otherOutbox = await other.get(`/api/v1/organisations/${otherOrg}/outbox`);
    expect(otherOutbox.json().items.map((i: { to: string }) => i.to)).toContain(secret);
    expect(items.find((i) => i.to === email)?.link).toContain("/invitations/");
    // A guest's invitation shows only the link to their welcome page, which signs no one in.
    const guestInvitation = items.find((i) => i.to === existing.user.email);
    expect(guestInvitation?.kind).toBe("guest_invitation");
    expect(new URL(guestInvitation?.link ?? "").pathname).toBe("/welcome");
    expect(items.map((i) => i.to)).toContain(newGuest);
    for (const item of items) {
      expect(item.body).not.toContain("token=");
      expect(item.link ?? "").not.toContain("token=");
    }
    expect((await people.staff.get(`/api/v1/organisations/${orgId}/outbox`)).statusCode).toBe(403);
  });
});
