import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { createTestApp, type TestApp } from "../test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.destroy());

describe("health and API description", () => {
  it("reports the database kind and version and the app version", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/health" });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.status).toBe("ok");
    expect(body.database.kind).toBe(inject("databaseKind"));
    expect(body.database.version).toMatch(/^1[5-9]/);
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("publishes an OpenAPI 3.1 document of the versioned API and a reference page", async () => {
    const spec = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    expect(spec.openapi).toBe("3.1.0");
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(["/api/v1/me", "/api/v1/organisations/{orgId}/members", "/api/health"]));
    const docs = await t.app.inject({ method: "GET", url: "/api/docs/" });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain("swagger");
  });

  it("answers unknown API routes with problem+json and sends security headers", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/v1/nothing-here" });
    expect(response.statusCode).toBe(404);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect(response.json().code).toBe("not_found");
    expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("refuses a state-changing request coming from another site", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/v1/organisations",
      headers: { origin: "https://evil.example", "content-type": "application/json" },
      payload: JSON.stringify({ name: "Pirate" }),
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe("csrf_rejected");
  });
});
