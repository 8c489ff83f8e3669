/**
 * The newcomer's path as real processes: `server/main.ts` on a fresh DATA_DIR seeds the demo,
 * a second process on the same DATA_DIR refuses, after a kill -9 a new start recovers the
 * orphan PostgreSQL and keeps every row, and kill -TERM stops it cleanly with exit 0.
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { lockDataDir } from "../../server/db/data-dir-lock.js";
import { parseEnv } from "../../server/env.js";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tutti-start-"));
fs.chmodSync(dataDir, 0o755);
const children: ChildProcess[] = [];

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function startTutti(port: number) {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: "warn", TEST_DATABASE_URL: "", DATABASE_URL: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function waitHealthy(port: number, deadlineMs = 120_000): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("Tutti did not become healthy");
}

async function signIn(port: number): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: `http://localhost:${port}` },
    body: JSON.stringify({ email: "marie.lefevre@demo.tutti.fr", password: "tutti-demo-2026" }),
  });
  return response.status;
}

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 1500));
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("starting Tutti", () => {
  it("lists every configuration problem at once", () => {
    expect(() => parseEnv({ PORT: "eighty", DATABASE_URL: "not a url", LOG_LEVEL: "loud" })).toThrow(/PORT[\s\S]*DATABASE_URL[\s\S]*LOG_LEVEL/);
  });

  it("refuses a DATA_DIR locked by a live process and takes over one left by a dead process", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tutti-lock-"));
    fs.writeFileSync(path.join(dir, "tutti.pid"), `${process.ppid}\n`);
    expect(() => lockDataDir(dir)).toThrow(/already used by another Tutti process/);
    fs.writeFileSync(path.join(dir, "tutti.pid"), "999999\n");
    const release = lockDataDir(dir);
    expect(fs.readFileSync(path.join(dir, "tutti.pid"), "utf8").trim()).toBe(String(process.pid));
    release();
    expect(fs.existsSync(path.join(dir, "tutti.pid"))).toBe(false);
  });

  it("starts on a fresh DATA_DIR with demo data, refuses a second instance, and survives kill -9", async () => {
    const port = await freePort();
    const first = startTutti(port);
    await waitHealthy(port);
    expect(await signIn(port)).toBe(200);

    const second = startTutti(await freePort());
    expect(await second.exited).toBe(75);
    expect(second.output()).toContain("already used by another Tutti process");
    expect(await signIn(port)).toBe(200);

    first.child.kill("SIGKILL");
    await first.exited;
    const thirdPort = await freePort();
    const third = startTutti(thirdPort);
    await waitHealthy(thirdPort);
    expect(await signIn(thirdPort)).toBe(200);
    third.child.kill("SIGTERM");
    expect(await third.exited).toBe(0);
    expect(fs.existsSync(path.join(dataDir, "tutti.pid"))).toBe(false);
  }, 240_000);

  it("kill -TERM with a live workshop open: closes the app before PostgreSQL, exits 0, says nothing alarming", async () => {
    const port = await freePort();
    const tutti = startTutti(port);
    await waitHealthy(port);
    const socket = await openDemoWorkshop(port);
    tutti.child.kill("SIGTERM");
    expect(await tutti.exited).toBe(0);
    socket.terminate();
    // Today's code: PostgreSQL was stopped by its own exit hook at the same moment, so the
    // workshop's LISTEN connection died under the app ("connection lost"), and when it died
    // after the hub had given it back, the hub released it twice and Tutti crashed.
    expect(tutti.output()).not.toMatch(/already been released|connection lost|terminating connection|Error/);
    expect(fs.existsSync(path.join(dataDir, "pg", "postmaster.pid"))).toBe(false);
    expect(fs.existsSync(path.join(dataDir, "tutti.pid"))).toBe(false);
  }, 90_000);
});

/** Signs in as the demo manager and opens the live socket of the demo's first workshop (the hub then LISTENs). */
async function openDemoWorkshop(port: number): Promise<WebSocket> {
  const base = `http://127.0.0.1:${port}`;
  const headers = { "content-type": "application/json", origin: `http://localhost:${port}` };
  const signedIn = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers,
    body: JSON.stringify({ email: "marie.lefevre@demo.tutti.fr", password: "tutti-demo-2026" }),
  });
  const cookie = signedIn.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const read = async <T>(url: string) => (await (await fetch(`${base}${url}`, { headers: { ...headers, cookie } })).json()) as T;
  const [organisation] = await read<{ id: string }[]>("/api/v1/organisations");
  const [workshop] = await read<{ id: string }[]>(`/api/v1/organisations/${organisation?.id}/workshops`);
  const socket = new WebSocket(`ws://127.0.0.1:${port}/api/v1/workshops/${workshop?.id}/live?lastSeq=0`, { headers: { cookie, origin: headers.origin } });
  socket.on("error", () => undefined);
  await new Promise<void>((resolve, reject) => {
    socket.on("message", (data) => String(data).includes('"welcome"') && resolve());
    socket.once("close", (code) => reject(new Error(`workshop socket closed (${code})`)));
  });
  return socket;
}
