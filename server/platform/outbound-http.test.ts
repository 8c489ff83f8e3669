/**
 * The outbound HTTP client, as an attacker would use it: every non-public address form is
 * refused before anything is sent, an open port and a closed one fail alike, no redirect is
 * followed, and answers are bounded in size and time.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { guardedLookup, isPublicAddress, OutboundError, outboundFetch, outboundUrlRefusal } from "./outbound-http.js";

const strict = { isPrivateAllowed: false };
const local = { isPrivateAllowed: true };

let hits = 0;
const replies: { status: number; body?: string; headers?: Record<string, string>; hang?: boolean }[] = [];
const server = http.createServer((request, response) => {
  hits++;
  request.resume();
  request.on("end", () => {
    const reply = replies.shift() ?? { status: 200, body: '{"issuer":"x"}', headers: { "content-type": "application/json" } };
    if (reply.hang) return;
    response.writeHead(reply.status, reply.headers ?? {});
    response.end(reply.body ?? "");
  });
});
let port = 0;
let closedPort = 0;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  // A port that was just free: nothing listens there.
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function failure(promise: Promise<unknown>): Promise<OutboundError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof OutboundError) return error;
    throw error;
  }
  throw new Error("expected a failure");
}

describe("address classification (ipaddr.js)", () => {
  it("accepts only global unicast addresses", () => {
    const nonPublic = [
      "127.0.0.1", "127.1.2.3", "10.0.0.1", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
      "224.0.0.1", "255.255.255.255", "192.0.2.1", "198.18.0.1",
      "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1",
      // IPv4-mapped, in every spelling
      "::ffff:7f00:1", "::ffff:127.0.0.1", "0:0:0:0:0:ffff:7f00:1", "::ffff:a9fe:a9fe", "::ffff:10.0.0.1", "[::ffff:7f00:1]",
      // IPv4-compatible (deprecated), NAT64, 6to4, Teredo, SIIT, documentation
      "::7f00:1", "::127.0.0.1", "::a9fe:a9fe", "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe", "64:ff9b:1::1", "2002:7f00:1::1", "2001:0:4136:e378::1",
      "::ffff:0:7f00:1", "2001:db8::1",
      "not an address", "",
    ];
    for (const address of nonPublic) expect(isPublicAddress(address), address).toBe(false);
    for (const address of ["1.1.1.1", "93.184.216.34", "172.32.0.1", "2606:4700::1111", "2a00:1450:4007:80e::200e", "::ffff:1.1.1.1"]) expect(isPublicAddress(address), address).toBe(true);
  });
});

describe("URL rules, whatever NODE_ENV says", () => {
  it("wants https and a public host unless private targets are explicitly allowed", () => {
    expect(outboundUrlRefusal(strict, "https://crm.example.com/h")).toBeNull();
    expect(outboundUrlRefusal(strict, "http://crm.example.com/h")).toBe("https_required");
    expect(outboundUrlRefusal(strict, "ftp://crm.example.com/h")).toBe("https_required");
    expect(outboundUrlRefusal(strict, "https://user:pw@crm.example.com/h")).toBe("credentials_in_url");
    expect(outboundUrlRefusal(strict, "nonsense")).toBe("invalid_url");
    for (const host of ["127.0.0.1", "10.1.2.3", "[::1]", "[::ffff:7f00:1]", "[::ffff:127.0.0.1]", "[0:0:0:0:0:ffff:7f00:1]", "[::ffff:a9fe:a9fe]", "[::7f00:1]", "[64:ff9b::a9fe:a9fe]", "[2002:a9fe:a9fe::1]", "169.254.169.254", "0x7f.1", "2130706433", "localhost", "a.localhost", "db.internal", "printer.local", "intranet"]) {
      expect(outboundUrlRefusal(strict, `https://${host}:8443/h`), host).toBe("private_address");
    }
    expect(outboundUrlRefusal(local, "http://127.0.0.1:8080/h")).toBeNull();
    expect(outboundUrlRefusal(local, "ftp://127.0.0.1/h")).toBe("https_required");
    expect(outboundUrlRefusal(local, "http://crm.example.com/h")).toBe("https_required");
    expect(outboundUrlRefusal(local, "https://crm.example.com/h")).toBeNull();
  });
});

describe("requests", () => {
  it("refuses every loopback and metadata spelling without sending anything", async () => {
    const before = hits;
    for (const host of ["127.0.0.1", "[::ffff:7f00:1]", "[::ffff:127.0.0.1]", "[0:0:0:0:0:ffff:7f00:1]", "[::1]", "localhost"]) {
      const error = await failure(outboundFetch(strict, `https://${host}:${port}/`));
      expect(error.reason, host).toBe("refused");
    }
    for (const host of ["127.0.0.1", "localhost", "[::ffff:7f00:1]"]) {
      expect((await failure(outboundFetch(strict, `http://${host}:${port}/`))).reason, host).toBe("refused");
    }
    expect((await failure(outboundFetch(strict, "http://169.254.169.254/latest/meta-data/"))).reason).toBe("refused");
    expect((await failure(outboundFetch(strict, "https://[::ffff:a9fe:a9fe]/latest/meta-data/"))).reason).toBe("refused");
    expect(hits).toBe(before);
  });

  it("checks the address a name resolves to, inside the socket's own lookup", async () => {
    const error = await new Promise<NodeJS.ErrnoException | null>((resolve) => guardedLookup(strict)("localhost", {}, (e) => resolve(e)));
    expect(error?.code).toBe("EPRIVATEADDRESS");
    const allowed = await new Promise<unknown>((resolve) => guardedLookup(local)("localhost", {}, (_e, address) => resolve(address)));
    expect(allowed).toMatch(/^(127\.0\.0\.1|::1)$/);
  });

  it("fails alike on an open port, a closed port, a timeout and an answer too large", async () => {
    const closed = await failure(outboundFetch(local, `http://127.0.0.1:${closedPort}/`));
    replies.push({ status: 200, hang: true });
    const slow = await failure(outboundFetch(local, `http://127.0.0.1:${port}/`, { timeoutMs: 200 }));
    replies.push({ status: 200, body: "x".repeat(5000) });
    const large = await failure(outboundFetch(local, `http://127.0.0.1:${port}/`, { maxBytes: 1000 }));
    for (const error of [closed, slow, large]) {
      expect(error.reason).toBe("unreachable");
      expect(error.message).toBe("This address could not be reached.");
    }
    expect(closed.detail).toContain("ECONNREFUSED");
  });

  it("answers a redirect as it is, without following it", async () => {
    const before = hits;
    replies.push({ status: 302, headers: { location: `http://127.0.0.1:${port}/elsewhere` } });
    const response = await outboundFetch(local, `http://127.0.0.1:${port}/moved`);
    expect(response.status).toBe(302);
    expect(hits).toBe(before + 1);
  });

  it("sends a body and reads the answer", async () => {
    const response = await outboundFetch(local, `http://127.0.0.1:${port}/`, { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body.toString("utf8"))).toEqual({ issuer: "x" });
  });
});
