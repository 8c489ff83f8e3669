import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { bootTutti } from "../../server/boot.js";
import { createTestApp, type TestApp, testOrigin } from "../test-app.js";

let t: TestApp;
beforeAll(async () => {
  // Rate limits are off in NODE_ENV=test; this file runs the app as it runs for real.
  t = await createTestApp({ NODE_ENV: "development" });
});
afterAll(() => t.destroy());

/** A JSON POST to `/api/auth/<path>` from `remoteAddress`, as the browser sends it. */
const postAuth = (app: TestApp["app"], path: string, remoteAddress: string, body: object) =>
  app.inject({
    method: "POST",
    url: `/api/auth/${path}`,
    remoteAddress,
    headers: { origin: testOrigin, "content-type": "application/json" },
    payload: JSON.stringify(body),
  });

/** A sign-in with a wrong password, on this file's app or on `app`. */
const signIn = (remoteAddress: string, email = "personne@exemple.fr", app = t.app) =>
  postAuth(app, "sign-in/email", remoteAddress, { email, password: "pas-le-bon-mot-de-passe" });

describe("rate limits on sign-in", () => {
  it("slows down one address that keeps guessing, without blocking everyone else", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await signIn("203.0.113.7")).statusCode);
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    expect((await signIn("198.51.100.23")).statusCode).toBe(401);
  });
});

describe("limits keyed by address and account, not by address alone (finding 14)", () => {
  it("never counts reading one's session: 70 get-session calls do not lock the address out of sign-in", async () => {
    for (let i = 0; i < 70; i++) {
      const read = await t.app.inject({ method: "GET", url: "/api/auth/get-session", remoteAddress: "192.0.2.70" });
      expect(read.statusCode).not.toBe(429);
    }
    expect((await signIn("192.0.2.70")).statusCode).toBe(401);
  });

  it("lets a lecture hall behind one address sign in (one attempt each for 30 people)", async () => {
    for (let i = 0; i < 30; i++) expect((await signIn("192.0.2.30", `etudiant${i}@exemple.fr`)).statusCode).toBe(401);
  });

  it("puts no small cap on /api/auth per address: a hall signing in by password and by link (65 requests from one address in a minute) is never refused", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 35; i++) statuses.push((await signIn("192.0.2.65", `amphi${i}@exemple.fr`)).statusCode);
    for (let i = 0; i < 20; i++) {
      const link = await postAuth(t.app, "sign-in/magic-link", "192.0.2.65", { email: `lien${i}@exemple.fr`, callbackURL: "/" });
      statuses.push(link.statusCode);
    }
    for (let i = 0; i < 10; i++) {
      const out = await postAuth(t.app, "sign-out", "192.0.2.65", {});
      statuses.push(out.statusCode);
    }
    expect(statuses.filter((status) => status === 429)).toEqual([]);
  });

  it("slows down guessing one account from one address without blocking the other accounts at that address", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await signIn("192.0.2.11", "visee@exemple.fr")).statusCode);
    expect(statuses.at(-1)).toBe(429);
    expect((await signIn("192.0.2.11", "voisine@exemple.fr")).statusCode).toBe(401);
    expect((await signIn("198.51.100.11", "visee@exemple.fr")).statusCode).toBe(401);
  });

  it("counts in the database, so a second node does not give a second round of guesses", async () => {
    const second = await bootTutti(t.ctx.env, t.databaseUrl, inject("databaseKind"));
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await signIn("192.0.2.12", "deux.noeuds@exemple.fr")).statusCode);
      for (let i = 0; i < 5; i++) {
        const response = await signIn("192.0.2.12", "deux.noeuds@exemple.fr", second.app);
        statuses.push(response.statusCode);
      }
      expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
      expect(statuses.at(-1)).toBe(429);
    } finally {
      await second.close();
    }
  });

  it("still caps one address trying many accounts", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 45; i++) statuses.push((await signIn("192.0.2.45", `cible${i}@exemple.fr`)).statusCode);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe("rate limits on the API only", () => {
  it("limits API calls per address but never the web app's pages (a campus shares one address)", async () => {
    const small = await createTestApp({ NODE_ENV: "development", RATE_LIMIT_MAX: "20" });
    try {
      for (let i = 0; i < 25; i++) {
        const page = await small.app.inject({ method: "GET", url: "/sign-in", remoteAddress: "192.0.2.10" });
        expect(page.statusCode).not.toBe(429);
      }
      const statuses: number[] = [];
      for (let i = 0; i < 21; i++) statuses.push((await small.app.inject({ method: "GET", url: "/api/v1/me", remoteAddress: "192.0.2.10" })).statusCode);
      expect(statuses.slice(0, 20).every((status) => status === 401)).toBe(true);
      expect(statuses.at(-1)).toBe(429);
    } finally {
      await small.destroy();
    }
  });
});
