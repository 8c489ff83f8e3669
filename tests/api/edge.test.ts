/**
 * The edge, attacked: forged X-Forwarded-For and x-tutti-client-ip headers (finding 6), and
 * NUL characters / lone surrogates in URLs and bodies (finding 15, see also route-walk.test.ts).
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { session } from "../../server/db/schema.js";
import { parseEnv } from "../../server/env.js";
import { hasInvalidCharacters, hasInvalidUrlText } from "../../server/http/edge.js";
import { password, signUp, uniqueEmail } from "../factories.js";
import { createTestApp, type TestApp, testOrigin } from "../test-app.js";

const signInWith = (t: TestApp, email: string, secret: string, remoteAddress: string, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: "POST",
    url: "/api/auth/sign-in/email",
    remoteAddress,
    headers: { origin: testOrigin, "content-type": "application/json", ...headers },
    payload: JSON.stringify({ email, password: secret }),
  });

/** The address better-auth stored in the session the response created. */
async function storedAddress(t: TestApp, response: { json: () => { token?: string } }): Promise<string | null> {
  const token = response.json().token;
  if (!token) throw new Error("no session token in the response");
  const rows = await t.ctx.db.select({ ipAddress: session.ipAddress }).from(session).where(eq(session.token, token));
  return rows[0]?.ipAddress ?? null;
}

describe("X-Forwarded-For in production with TRUST_PROXY unset (finding 6)", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ NODE_ENV: "production" });
  });
  afterAll(() => t.destroy());

  it("a new X-Forwarded-For per request does not escape the sign-in limit", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const response = await signInWith(t, "cible@exemple.fr", "pas-le-bon-mot-de-passe", "203.0.113.7", { "x-forwarded-for": `10.9.${i}.${i + 1}` });
      statuses.push(response.statusCode);
    }
    expect(statuses.at(-1)).toBe(429);
  });

  it("cannot lock another address out by naming it in X-Forwarded-For", async () => {
    const victim = await signUp(t, "Victime", uniqueEmail("victime"));
    for (let i = 0; i < 45; i++) {
      await signInWith(t, victim.user.email, "pas-le-bon-mot-de-passe", "203.0.113.66", { "x-forwarded-for": "198.51.100.77" });
    }
    const response = await signInWith(t, victim.user.email, password, "198.51.100.77");
    expect(response.statusCode).toBe(200);
  });

  it("stores the socket address in the session, never the forged one nor a client-sent x-tutti-client-ip", async () => {
    const person = await signUp(t, "Personne", uniqueEmail("personne"));
    const response = await signInWith(t, person.user.email, password, "192.0.2.44", { "x-forwarded-for": "6.6.6.6", "x-tutti-client-ip": "7.7.7.7" });
    expect(response.statusCode).toBe(200);
    expect(await storedAddress(t, response)).toBe("192.0.2.44");
  });
});

describe("X-Forwarded-For behind a named proxy (TRUST_PROXY=127.0.0.1)", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ NODE_ENV: "production", TRUST_PROXY: "127.0.0.1" });
  });
  afterAll(() => t.destroy());

  it("uses the forwarded address when the request comes from the proxy, and only then", async () => {
    const person = await signUp(t, "Derrière le proxy", uniqueEmail("proxy"));
    const viaProxy = await signInWith(t, person.user.email, password, "127.0.0.1", { "x-forwarded-for": "198.51.100.9" });
    expect(await storedAddress(t, viaProxy)).toBe("198.51.100.9");
    const direct = await signInWith(t, person.user.email, password, "192.0.2.80", { "x-forwarded-for": "198.51.100.9" });
    expect(await storedAddress(t, direct)).toBe("192.0.2.80");
    const forgedHeader = await signInWith(t, person.user.email, password, "127.0.0.1", { "x-forwarded-for": "198.51.100.10", "x-tutti-client-ip": "7.7.7.7" });
    expect(await storedAddress(t, forgedHeader)).toBe("198.51.100.10");
  });
});

describe("TRUST_PROXY configuration", () => {
  it("accepts a hop count or a list of addresses and ranges, and refuses anything else", () => {
    expect(parseEnv({ TRUST_PROXY: "1" }).TRUST_PROXY).toBe("1");
    expect(parseEnv({ TRUST_PROXY: "10.0.0.0/8, 127.0.0.1, ::1, fd00::/8, loopback" }).TRUST_PROXY).toBe("10.0.0.0/8, 127.0.0.1, ::1, fd00::/8, loopback");
    expect(() => parseEnv({ TRUST_PROXY: "true" })).toThrow(/TRUST_PROXY/);
    expect(() => parseEnv({ TRUST_PROXY: "0" })).toThrow(/TRUST_PROXY/);
    expect(() => parseEnv({ TRUST_PROXY: "10.0.0.0/33" })).toThrow(/TRUST_PROXY/);
    expect(parseEnv({ NODE_ENV: "production" }).TRUST_PROXY).toBeUndefined();
  });

  it("trusts exactly the given number of hops", async () => {
    const t = await createTestApp({ TRUST_PROXY: "2" });
    const person = await signUp(t, "Deux sauts", uniqueEmail("hops"));
    const response = await signInWith(t, person.user.email, password, "10.0.0.2", { "x-forwarded-for": "6.6.6.6, 198.51.100.5, 10.0.0.1" });
    expect(await storedAddress(t, response)).toBe("198.51.100.5");
    await t.destroy();
  });
});

describe("NUL characters and unpaired surrogates at the edge (finding 15)", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.destroy());

  it("recognises NUL, lone surrogates and non-UTF-8 percent-encodings, and lets real text through", () => {
    expect(hasInvalidCharacters("a\u0000b")).toBe(true);
    expect(hasInvalidCharacters("a\uD800b")).toBe(true);
    expect(hasInvalidCharacters("a\uDC00")).toBe(true);
    expect(hasInvalidCharacters("école 🎓 ça")).toBe(false);
    expect(hasInvalidUrlText("/api/v1/x?q=%00")).toBe(true);
    expect(hasInvalidUrlText("/api/v1/x?q=%ED%A0%80")).toBe(true);
    expect(hasInvalidUrlText("/api/v1/x?q=%C3%A9cole%20%F0%9F%8E%93")).toBe(false);
  });

  it("refuses them in sign-up (better-auth) with 400 problem+json, and writes no user", async () => {
    for (const name of ["Nul\u0000Part", "Demi\uD800"]) {
      const email = uniqueEmail("nul");
      const response = await t.app.inject({
        method: "POST",
        url: "/api/auth/sign-up/email",
        headers: { origin: testOrigin, "content-type": "application/json" },
        payload: JSON.stringify({ name, email, password }),
      });
      expect(response.statusCode).toBe(400);
      expect(response.headers["content-type"]).toContain("application/problem+json");
      expect(response.json().code).toBe("invalid_characters");
      const users = await t.ctx.pool.query(`SELECT 1 FROM "user" WHERE email = $1`, [email]);
      expect(users.rowCount).toBe(0);
    }
  });

  it("refuses them in query strings, path params and form bodies", async () => {
    const owner = await signUp(t);
    for (const url of ["/api/v1/me?x=%00", "/api/v1/me?x=%ED%A0%80", "/api/v1/organisations/%00/members", "/api/auth/get-session?x=%00"]) {
      const response = await owner.get(url);
      expect(response.statusCode, url).toBe(400);
      expect(response.json().code, url).toBe("invalid_characters");
    }
    const form = await t.app.inject({
      method: "POST",
      url: "/s/whatever",
      headers: { origin: testOrigin, "content-type": "application/x-www-form-urlencoded" },
      payload: "answer=%00",
    });
    expect(form.statusCode).toBe(400);
  });
});
