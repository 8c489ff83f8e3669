import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, lastEmailTo, password, signUp, uniqueEmail } from "../factories.js";
import { createTestApp, type TestApp } from "../test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.destroy());

describe("sign up, sign in, sign out", () => {
  it("signs a new person up, keeps them signed in, and signs them out", async () => {
    const marie = await signUp(t, "Marie Lefèvre");
    const me = await marie.get("/api/v1/me");
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toMatchObject({ name: "Marie Lefèvre", email: marie.user.email, locale: "fr", hasPassword: true });
    expect(me.json().memberships).toEqual([]);

    expect((await marie.post("/api/auth/sign-out")).statusCode).toBe(200);
    expect((await marie.get("/api/v1/me")).statusCode).toBe(401);
  });

  it("signs in with the right password only, with a secure session cookie", async () => {
    const email = uniqueEmail();
    await signUp(t, "Laura Martin", email);
    const wrong = await new Agent(t).post("/api/auth/sign-in/email", { email, password: "not-the-password" });
    expect(wrong.statusCode).toBe(401);

    const visitor = new Agent(t);
    const right = await visitor.post("/api/auth/sign-in/email", { email, password });
    expect(right.statusCode).toBe(200);
    const cookie = right.cookies.find((c) => c.name.endsWith("session_token"));
    expect(cookie?.httpOnly).toBe(true);
    expect(String(cookie?.sameSite).toLowerCase()).toBe("lax");
    expect((await visitor.get("/api/v1/me")).json().user.email).toBe(email);
  });

  it("refuses a too-short password", async () => {
    const response = await new Agent(t).post("/api/auth/sign-up/email", { name: "Court", email: uniqueEmail(), password: "short" });
    expect(response.statusCode).toBe(400);
  });

  it("resets a forgotten password through the e-mailed link", async () => {
    const email = uniqueEmail("oubli");
    await signUp(t, "Karim Benali", email);
    const asked = await new Agent(t).post("/api/auth/request-password-reset", { email, redirectTo: "/reset-password" });
    expect(asked.statusCode).toBe(200);

    const mail = await lastEmailTo(t, email, "password_reset");
    expect(mail.subject).toContain("mot de passe");
    expect(mail.status).toBe("outbox");
    const link = new URL(mail.link ?? "");
    const landing = await new Agent(t).get(link.pathname + link.search);
    expect(landing.statusCode).toBe(302);
    const token = new URL(landing.headers.location as string, "http://x").searchParams.get("token");
    expect(token).toBeTruthy();

    const reset = await new Agent(t).post("/api/auth/reset-password", { newPassword: "nouveau-mot-de-passe-2026", token });
    expect(reset.statusCode).toBe(200);
    expect((await new Agent(t).post("/api/auth/sign-in/email", { email, password })).statusCode).toBe(401);
    expect((await new Agent(t).post("/api/auth/sign-in/email", { email, password: "nouveau-mot-de-passe-2026" })).statusCode).toBe(200);
  });

  it("remembers the interface language per person", async () => {
    const sarah = await signUp(t, "Sarah");
    const changed = await sarah.patch("/api/v1/me", { locale: "en" });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().user.locale).toBe("en");
    expect((await sarah.get("/api/v1/me")).json().user.locale).toBe("en");
    const invalid = await sarah.patch("/api/v1/me", { locale: "de" });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().code).toBe("validation_failed");
    expect(invalid.json().errors[0].path).toBe("body.locale");
  });
});
