// Start-up: time from spawning `node dist/server/main.js` to the first healthy /api/health, on a fresh
// DATA_DIR (initdb + migrations + demo seed) and on an existing one; idle memory (RSS) of the Node
// process after start and a few requests. Targets: existing data ready < 2 s; Node RSS idle < 200 MB.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

async function freePort() {
  const server = net.createServer().listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startAndTime(dataDir) {
  const port = await freePort();
  const startedAt = performance.now();
  const child = spawn(process.execPath, ["dist/server/main.js"], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: "warn", DATABASE_URL: "" },
    stdio: "ignore",
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return { child, port, ms: performance.now() - startedAt };
    } catch {
      // not yet listening
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  child.kill("SIGKILL");
  throw new Error("not healthy within 60 s");
}

async function stop(child) {
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

function rssMb(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function run() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tutti-bench-"));
  fs.chmodSync(dataDir, 0o755);
  try {
    const fresh = await startAndTime(dataDir);
    await stop(fresh.child);
    const warm = [];
    let rss = 0;
    for (let i = 0; i < 5; i++) {
      const started = await startAndTime(dataDir);
      warm.push(started.ms);
      if (i === 4) {
        for (const url of ["/api/health", "/", "/api/openapi.json", "/sign-in"]) await fetch(`http://127.0.0.1:${started.port}${url}`);
        await fetch(`http://127.0.0.1:${started.port}/api/auth/sign-in/email`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: `http://localhost:${started.port}` },
          body: JSON.stringify({ email: "marie.lefevre@demo.tutti.fr", password: "tutti-demo-2026" }),
        });
        await new Promise((resolve) => setTimeout(resolve, 5_000));
        rss = rssMb(started.child.pid);
      }
      await stop(started.child);
    }
    const rows = [
      { measure: "fresh DATA_DIR → healthy (initdb, migrations, seed)", value: `${(fresh.ms / 1000).toFixed(2)} s`, target: "—" },
      { measure: "existing DATA_DIR → healthy (median of 5)", value: `${(median(warm) / 1000).toFixed(2)} s`, target: "< 2 s" },
      { measure: "Node process RSS, idle after start", value: `${rss.toFixed(0)} MB`, target: "< 200 MB" },
    ];
    return { rows, raw: { freshMs: fresh.ms, warmMs: warm, idleRssMb: rss } };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
