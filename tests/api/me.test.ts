import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, createOrganisation, organisationWithRoles, password, signUp } from "../factories.js";
import { createTestApp, type TestApp } from "../test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.destroy());

describe("personal data (RGPD)", () => {
  it("exports everything held about me as JSON, without secrets, and logs the export", async () => {
    const { orgId, owner, people } = await organisationWithRoles(t);
    const response = await people.staff.get("/api/v1/me/export");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-disposition"]).toContain("attachment");
    const data = response.json();
    expect(data.profile).toMatchObject({ email: people.staff.user.email, name: "Person staff" });
    expect(data.memberships).toEqual([expect.objectContaining({ organisationId: orgId, role: "staff" })]);
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(data.accounts).toEqual([expect.objectContaining({ providerId: "credential" })]);
    expect(JSON.stringify(data)).not.toMatch(/password"\s*:\s*"|scrypt|\$argon/);
    const audit = (await owner.get(`/api/v1/organisations/${orgId}/audit-events`)).json();
    expect(audit.items[0]).toMatchObject({ action: "personal_data.exported", actorName: "Person staff" });
  });

  it("erases my account after I confirm my e-mail, and keeps the audit log without my name", async () => {
    const { orgId, owner, people } = await organisationWithRoles(t);
    const admin = people.admin;
    expect((await admin.patch(`/api/v1/organisations/${orgId}`, { description: "Fait par l'admin" })).statusCode).toBe(200);

    const mismatch = await admin.delete("/api/v1/me", { confirmEmail: "pas-moi@exemple.fr" });
    expect(mismatch.statusCode).toBe(400);

    const erased = await admin.delete("/api/v1/me", { confirmEmail: admin.user.email });
    expect(erased.statusCode).toBe(204);
    expect((await admin.get("/api/v1/me")).statusCode).toBe(401);
    expect((await new Agent(t).post("/api/auth/sign-in/email", { email: admin.user.email, password })).statusCode).toBe(401);

    const listed = await owner.get(`/api/v1/organisations/${orgId}/members`);
    expect(listed.statusCode).toBe(200);
    const memberIds = (listed.json() as { userId: string }[]).map((m) => m.userId);
    expect(memberIds).toContain(owner.user.id);
    expect(memberIds).not.toContain(admin.user.id);
    const audit = (await owner.get(`/api/v1/organisations/${orgId}/audit-events?limit=200`)).json();
    expect(JSON.stringify(audit)).not.toContain("Person admin");
    expect(audit.items[0]).toMatchObject({ action: "account.erased" });
    expect(audit.items.find((e: { action: string }) => e.action === "organisation.updated")).toMatchObject({ actorName: "—" });
  });

  it("refuses to erase the only owner of an organisation, and says which", async () => {
    const solo = await signUp(t, "Seule propriétaire");
    await createOrganisation(solo, "Organisme Solo");
    const response = await solo.delete("/api/v1/me", { confirmEmail: solo.user.email });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe("last_owner");
    expect(response.json().detail).toContain("Organisme Solo");
    expect((await solo.get("/api/v1/me")).statusCode).toBe(200);
  });

  it("needs a session", async () => {
    const anonymous = new Agent(t);
    expect((await anonymous.get("/api/v1/me/export")).statusCode).toBe(401);
    expect((await anonymous.delete("/api/v1/me", { confirmEmail: "x@exemple.fr" })).statusCode).toBe(401);
  });
});
