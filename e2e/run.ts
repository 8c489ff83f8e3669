// End-to-end runner: starts the built app (embedded PostgreSQL, demo data, fresh DATA_DIR),
// and a local SMTP catcher for its e-mails, runs each journey e2e/*.spec.ts in sequence in
// headless Chromium, prints one line per journey
// and a final "N passed, M failed" line. Exits non-zero on any failure.
//
//   npm run test:e2e                  all journeys
//   node --import tsx e2e/run.ts guest           only journeys whose file name contains "guest"
//   E2E_VERBOSE=1 node --import tsx e2e/run.ts   also list every checked page (axe fails a journey on a violation of any impact)
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { Journey, seconds, startMailCatcher } from "./lib.js";

/** A journey: its file's default export, given the journey's browser contexts and checks. */
export type JourneySpec = (journey: Journey) => Promise<void>;

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const journeyTimeoutMs = 240_000;
const startedAt = Date.now();

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseURL: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${baseURL}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server did not answer /api/health within ${timeoutMs / 1000} s`);
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const filter = process.argv[2];
const specs = fs
  .readdirSync(here)
  .filter((f) => f.endsWith(".spec.ts") && (!filter || f.includes(filter)))
  .sort();
if (specs.length === 0) {
  console.error("No journey found.");
  process.exit(1);
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tutti-e2e-"));
fs.chmodSync(dataDir, 0o755);
const port = await freePort();
const baseURL = `http://localhost:${port}`;
const serverLog = path.join(dataDir, "server.log");
const logStream = fs.createWriteStream(serverLog);
// E-mails go to a local SMTP catcher, read by the journeys as a person reads their mailbox:
// sign-in links are sent only to their recipient, never shown in the outbox.
const mailCatcher = await startMailCatcher();
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATA_DIR: dataDir,
  PORT: String(port),
  LOG_LEVEL: "warn",
  OUTBOUND_ALLOW_PRIVATE: "true",
  SMTP_URL: mailCatcher.url,
};
delete env.DATABASE_URL;
delete env.PUBLIC_URL;
const server = spawn(process.execPath, [path.join(root, "dist", "server", "main.js")], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
server.stdout.pipe(logStream);
server.stderr.pipe(logStream);

let browser: Browser | undefined;
let passed = 0;
let failed = 0;

async function stopServer() {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  const timer = setTimeout(() => server.kill("SIGKILL"), 15_000);
  await exited;
  clearTimeout(timer);
}

function printServerLogTail() {
  const text = fs.existsSync(serverLog) ? fs.readFileSync(serverLog, "utf8").trim() : "";
  if (!text) return;
  console.log("  server log (last lines):");
  for (const line of text.split("\n").slice(-15)) console.log(`    ${line}`);
}

try {
  await waitForHealth(baseURL, server, 60_000);
  console.log(`Tutti e2e: server ready at ${baseURL} in ${seconds(Date.now() - startedAt)} (DATA_DIR ${dataDir})`);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });

  for (const file of specs) {
    const name = file.replace(/\.spec\.ts$/, "");
    const journey = new Journey({ browser, baseURL, name });
    const t0 = Date.now();
    let error: unknown = null;
    try {
      const { default: run } = (await import(pathToFileURL(path.join(here, file)).href)) as { default: JourneySpec };
      await withTimeout(run(journey), journeyTimeoutMs, name);
    } catch (e) {
      error = e;
    }
    await journey.close();
    const problems = [...journey.violations, ...journey.pageErrors.map((m) => `uncaught error in the page: ${m}`)];
    const unchecked = journey.uncheckedPages();
    if (unchecked.length > 0) problems.push(`pages visited but not checked: ${unchecked.join(", ")}`);
    const { pages, serious, minor } = journey.axeSummary;
    const axe = `axe: ${pages} pages, ${serious} serious/critical, ${minor} minor`;
    if (!error && problems.length === 0) {
      passed += 1;
      console.log(`PASS  ${name}  (${seconds(Date.now() - t0)}; ${axe})`);
    } else {
      failed += 1;
      console.log(`FAIL  ${name}  (${seconds(Date.now() - t0)}; ${axe})`);
      if (error)
        console.log(
          `  ${String((error as Error).stack ?? error)
            .split("\n")
            .slice(0, 6)
            .join("\n  ")}`,
        );
      for (const p of problems) console.log(`  - ${p}`);
    }
  }
} catch (error) {
  failed += 1;
  console.log(`FAIL  setup: ${(error as Error).message}`);
  printServerLogTail();
} finally {
  await browser?.close().catch(() => undefined);
  await stopServer();
  await mailCatcher.close();
  logStream.end();
  if (failed > 0 && passed + failed > 1) printServerLogTail();
  if (failed === 0) fs.rmSync(dataDir, { recursive: true, force: true });
  else console.log(`(server data kept in ${dataDir})`);
}

console.log(`Total time ${seconds(Date.now() - startedAt)}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
