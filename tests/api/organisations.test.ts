import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, createOrganisation, organisationWithRoles, signUp } from "../factories.js";
import { createTestApp, type TestApp } from "../test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.destroy());

describe("organisations", () => {
  it("makes the creator the owner and the new organisation active", async () => {
    const marie = await signUp(t, "Marie");
    const created = await marie.post("/api/v1/organisations", { name: "Université d'Été — IAE", kind: "university" });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ name: "Université d'Été — IAE", slug: "universite-d-ete-iae", kind: "university", myRole: "owner" });
    const me = (await marie.get("/api/v1/me")).json();
    expect(me.activeOrganisationId).toBe(created.json().id);
    expect(me.abilities).toContain("member.invite");
  });

  it("gives a second organisation with the same name its own slug, and switches between them", async () => {
    const paul = await signUp(t, "Paul");
    const first = await createOrganisation(paul, "CFA Sud");
    const second = await createOrganisation(paul, "CFA Sud");
    const list = (await paul.get("/api/v1/organisations")).json() as { id: string; slug: string }[];
    expect(list.map((o) => o.id).sort()).toEqual([first, second].sort());
    expect(new Set(list.map((o) => o.slug)).size).toBe(2);

    expect((await paul.post(`/api/v1/organisations/${first}/activate`)).statusCode).toBe(204);
    expect((await paul.get("/api/v1/me")).json().activeOrganisationId).toBe(first);
  });

  it("validates the organisation's fields with a clear error", async () => {
    const eve = await signUp(t, "Eve");
    const response = await eve.post("/api/v1/organisations", { name: "X", kind: "spaceship" });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe("validation_failed");
    expect(
      response
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(["body.kind", "body.name"]);
  });

  it("lets only owners and admins change settings; the change is in the audit log", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    for (const role of ["manager", "staff", "viewer", "guest"] as const) {
      const refused = await people[role].patch(`/api/v1/organisations/${orgId}`, { description: "Changed" });
      expect(refused.statusCode, role).toBe(403);
      expect(refused.json().code).toBe("forbidden");
    }
    const changed = await people.admin.patch(`/api/v1/organisations/${orgId}`, { name: "IAE Renommé", defaultLocale: "en" });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ name: "IAE Renommé", defaultLocale: "en" });
    const audit = (await people.owner.get(`/api/v1/organisations/${orgId}/audit-events`)).json();
    expect(audit.items[0]).toMatchObject({ action: "organisation.updated", actorName: "Person admin" });
  });

  it("never shows another organisation, not even that it exists", async () => {
    const { orgId } = await organisationWithRoles(t);
    const outsider = await signUp(t, "Outsider");
    await createOrganisation(outsider, "Autre organisme");
    for (const url of [`/api/v1/organisations/${orgId}`, `/api/v1/organisations/${orgId}/members`, `/api/v1/organisations/${orgId}/audit-events`]) {
      const response = await outsider.get(url);
      expect(response.statusCode, url).toBe(404);
    }
    expect((await outsider.post(`/api/v1/organisations/${orgId}/activate`)).statusCode).toBe(404);
    expect((await outsider.patch(`/api/v1/organisations/${orgId}`, { name: "Volée" })).statusCode).toBe(404);
  });

  it("asks to sign in first", async () => {
    const anonymous = new Agent(t);
    expect((await anonymous.get("/api/v1/organisations")).statusCode).toBe(401);
    expect((await anonymous.post("/api/v1/organisations", { name: "Anonyme" })).statusCode).toBe(401);
  });
});
