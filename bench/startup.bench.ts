// Start-up: time from spawning `node dist/server/main.js` to the first healthy /api/health, on a fresh
// DATA_DIR (initdb + migrations + demo seed) and on an existing one; idle memory (RSS) of the Node
// process after start and a few requests. Targets: existing data ready < 2 s; Node RSS idle < 200 MB.
import fs from "node:fs";
import { freshDataDir, signIn, startServer, stopServer } from "./server.js";

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

export async function run() {
  const dataDir = freshDataDir();
  try {
    const fresh = await startServer(dataDir);
    await stopServer(fresh.child);
    const warm: number[] = [];
    let rss = 0;
    for (let i = 0; i < 5; i++) {
      const started = await startServer(dataDir);
      warm.push(started.ms);
      if (i === 4) {
        for (const url of ["/api/health", "/", "/api/openapi.json", "/sign-in"]) await fetch(`http://127.0.0.1:${started.port}${url}`);
        await signIn(started);
        await new Promise((resolve) => setTimeout(resolve, 5_000));
        rss = rssMb(started.child.pid as number);
      }
      await stopServer(started.child);
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
