/**
 * `fetch` inside `withOutboundFetch` follows the outbound client's rules (what better-auth's SSO
 * plugin calls for tokens, user info and keys); outside it, `fetch` is left alone.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withOutboundFetch } from "./outbound-fetch.js";

let hits = 0;
const server = http.createServer((request, response) => {
  hits++;
  if (request.url === "/moved") {
    response.writeHead(302, { location: "/elsewhere" });
    return response.end();
  }
  response.writeHead(200, { "content-type": "application/json", "set-cookie": ["a=1", "b=2"] });
  response.end('{"ok":true}');
});
let base = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("fetch inside withOutboundFetch", () => {
  it("refuses a loopback or mapped address without sending anything, as fetch fails", async () => {
    const before = hits;
    for (const url of [`${base}/token`, base.replace("127.0.0.1", "[::ffff:7f00:1]"), "http://169.254.169.254/latest"]) {
      await expect(withOutboundFetch({ isPrivateAllowed: false }, () => fetch(url, { method: "POST", body: "code=x" })), url).rejects.toThrow(TypeError);
    }
    expect(hits).toBe(before);
  });

  it("answers like fetch where local targets are allowed, without following redirects", async () => {
    const response = await withOutboundFetch({ isPrivateAllowed: true }, () => fetch(`${base}/me`, { headers: { authorization: "Bearer t" } }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await response.json()).toEqual({ ok: true });
    const moved = await withOutboundFetch({ isPrivateAllowed: true }, () => fetch(`${base}/moved`, { redirect: "manual" }));
    expect(moved.status).toBe(302);
  });

  it("leaves fetch alone outside", async () => {
    const response = await fetch(`${base}/plain`);
    expect(response.status).toBe(200);
  });
});
