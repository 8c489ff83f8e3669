// Answer ingestion over HTTP: 30 s of concurrent answers to the JSON endpoint from a load
// generator — durable answers per second (each 2xx is committed) — beside the raw single-row
// INSERT rate of the same PostgreSQL instance measured in the same run (autocommit, same
// concurrency). Target: at least half the raw rate. Also the answering page's transfer size.
// The app runs with NODE_ENV=test so that its per-IP rate limit does not throttle the generator.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { freshDataDir, signIn, startServer, stopServer } from "./server.js";

const concurrency = 32;

async function forDuration(ms: number, worker: () => Promise<boolean>): Promise<number> {
  const deadline = Date.now() + ms;
  let ok = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < deadline) if (await worker()) ok++;
    }),
  );
  return ok;
}

export async function run() {
  const dataDir = freshDataDir();
  const server = await startServer(dataDir, { NODE_ENV: "test" });
  try {
    const cookie = await signIn(server);
    const headers = { cookie, "content-type": "application/json", origin: `http://localhost:${server.port}` };
    const me = (await (await fetch(`${server.url}/api/v1/me`, { headers })).json()) as { activeOrganisationId: string };
    const base = `${server.url}/api/v1/organisations/${me.activeOrganisationId}/surveys`;
    const survey = (await (await fetch(base, { method: "POST", headers, body: JSON.stringify({ templateKey: "module-hot" }) })).json()) as {
      id: string;
      publicUrl: string;
      questions: { id: string; kind: string }[];
    };
    await fetch(`${base}/${survey.id}/open`, { method: "POST", headers, body: "{}" });
    const publicToken = survey.publicUrl.split("/s/")[1] as string;
    const page = await fetch(`${server.url}/s/${publicToken}`);
    const html = Buffer.from(await page.arrayBuffer());
    const answers = Object.fromEntries(survey.questions.map((q) => [q.id, q.kind === "nps" ? 9 : q.kind === "text" ? "Très bien" : q.kind === "effort" ? 2 : 5]));

    const durationMs = 30_000;
    const accepted = await forDuration(durationMs, async () => {
      const response = await fetch(`${server.url}/api/v1/public/surveys/${publicToken}/responses`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ key: randomUUID(), locale: "fr", answers, consentToContact: false, isFinal: true }),
      });
      await response.arrayBuffer();
      return response.status === 201;
    });
    const answersPerSecond = accepted / (durationMs / 1000);

    // The same PostgreSQL instance: its port is in postmaster.pid, its password in DATA_DIR/secrets.json.
    const port = fs.readFileSync(path.join(dataDir, "pg", "postmaster.pid"), "utf8").split("\n")[3]?.trim();
    const { postgresPassword } = JSON.parse(fs.readFileSync(path.join(dataDir, "secrets.json"), "utf8")) as { postgresPassword: string };
    const pool = new pg.Pool({ connectionString: `postgres://tutti:${postgresPassword}@127.0.0.1:${port}/tutti`, max: concurrency });
    await pool.query("CREATE TABLE IF NOT EXISTS bench_raw_inserts (id bigserial PRIMARY KEY, payload text NOT NULL)");
    const rawMs = 10_000;
    const inserted = await forDuration(rawMs, async () => {
      await pool.query("INSERT INTO bench_raw_inserts (payload) VALUES ($1)", [randomUUID()]);
      return true;
    });
    await pool.query("DROP TABLE bench_raw_inserts");
    await pool.end();
    const rawPerSecond = inserted / (rawMs / 1000);

    return {
      rows: [
        { measure: `durable answers/s over HTTP (${concurrency} in flight, 30 s)`, value: answersPerSecond.toFixed(0), target: "≥ 50 % of raw" },
        { measure: `raw single-row INSERT/s, same PostgreSQL (${concurrency} connections)`, value: rawPerSecond.toFixed(0), target: "—" },
        { measure: "ratio answers / raw inserts", value: `${((answersPerSecond / rawPerSecond) * 100).toFixed(0)} %`, target: "≥ 50 %" },
        { measure: "answering page: HTML+CSS, no JS (raw / gzipped)", value: `${html.length} B / ${gzipSync(html).length} B`, target: "< 30 KB gzipped" },
      ],
      raw: { accepted, answersPerSecond, inserted, rawPerSecond, pageBytes: html.length, pageGzipBytes: gzipSync(html).length },
    };
  } finally {
    await stopServer(server.child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
