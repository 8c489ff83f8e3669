import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organisationWithRoles, signUp } from "../factories.js";
import { createTestApp, type TestApp } from "../test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.destroy());

type FieldError = { path: string; message: string; code?: string; params?: Record<string, unknown> };
const errorAt = (body: { errors: FieldError[] }, path: string) => body.errors.find((e) => e.path === path);

// Issue 12 item 8: each field error carries a stable code and its limits, so the web app can say what to do in the reader's language.
describe("validation problems name each field error by a stable code and its limit", () => {
  it("a title too long: too_big with the maximum", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const response = await people.manager.post(`/api/v1/organisations/${orgId}/journeys`, { title: "x".repeat(201) });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe("validation_failed");
    expect(errorAt(response.json(), "body.title")).toMatchObject({ code: "too_big", params: { maximum: 200, origin: "string" } });
    expect(errorAt(response.json(), "body.title")?.message).toEqual(expect.any(String));
  });

  it("a missing required field: required; a bad enum: invalid_value with the values allowed", async () => {
    const eve = await signUp(t, "Eve");
    const response = await eve.post("/api/v1/organisations", { kind: "spaceship" });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe("validation_failed");
    expect(errorAt(response.json(), "body.name")).toMatchObject({ code: "required" });
    const kind = errorAt(response.json(), "body.kind");
    expect(kind).toMatchObject({ code: "invalid_value" });
    expect(kind?.params?.values).toEqual(expect.arrayContaining(["university", "training_provider"]));
  });

  it("a name too short: too_small with the minimum", async () => {
    const eve = await signUp(t, "Eve");
    const response = await eve.post("/api/v1/organisations", { name: "X" });
    expect(response.statusCode).toBe(400);
    expect(errorAt(response.json(), "body.name")).toMatchObject({ code: "too_small", params: { minimum: 2, origin: "string" } });
  });

  it("a bad e-mail address: invalid_format email", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const response = await people.owner.post(`/api/v1/organisations/${orgId}/invitations`, { email: "not-an-address", role: "staff" });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe("validation_failed");
    expect(errorAt(response.json(), "body.email")).toMatchObject({ code: "invalid_format", params: { format: "email" } });
  });
});
