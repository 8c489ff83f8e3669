// Answer ingestion over HTTP: 30 s of concurrent answers to the JSON endpoint from a load
// generator — durable answers per second (each 2xx is committed, and checked in the database
// afterwards) — beside the raw single-row INSERT rate of the same PostgreSQL instance measured in
// the same run (autocommit, same concurrency). Target: at least half the raw rate. Also the
// answering page's transfer size.
//
// Fairness: the load generator, the app and PostgreSQL share the machine's cores (2 here). So the
// CPU each one used is measured (from /proc) and reported per answer and per raw insert. The load
// generator is autocannon (32 keep-alive connections, no pipelining, a new answer key per request),
// as the raw side uses one pg connection per in-flight insert; both run in this process. The app
// runs with NODE_ENV=test so that its per-address rate limit does not throttle the generator;
// logging is at "warn" as in production.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import pg from "pg";
import { freshDataDir, signIn, startServer, stopServer } from "./server.js";

const concurrency = 32;
const durationMs = 30_000;

/** CPU seconds used so far by a process (user + system), read from /proc; 0 once it is gone. */
function cpuSeconds(pid: number): number {
  try {
    const fields = (fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1] ?? "").split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

function childrenOf(pid: number): number[] {
  return fs
    .readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((child) => {
      try {
        return Number((fs.readFileSync(`/proc/${child}/stat`, "utf8").split(") ")[1] ?? "").split(" ")[1]) === pid;
      } catch {
        return false;
      }
    });
}

/** Busy cores of the whole machine between two readings of /proc/stat (others' work included). */
function machineTicks() {
  const fields = (fs.readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "").trim().split(/\s+/).slice(1).map(Number);
  return { idle: (fields[3] ?? 0) + (fields[4] ?? 0), total: fields.reduce((a, b) => a + b, 0) };
}

type Split = { app: number; postgres: number; generator: number; machineBusyCores: number };

/** Runs `work` and returns the CPU seconds each party used meanwhile. */
async function measured<T>(appPid: number | null, postgresPid: number, work: () => Promise<T>): Promise<{ result: T; cpu: Split; seconds: number }> {
  const postgres = () => [postgresPid, ...childrenOf(postgresPid)].reduce((sum, pid) => sum + cpuSeconds(pid), 0);
  const before = { app: appPid ? cpuSeconds(appPid) : 0, postgres: postgres(), generator: process.cpuUsage(), machine: machineTicks(), at: performance.now() };
  const result = await work();
  const generator = process.cpuUsage(before.generator);
  const machine = machineTicks();
  const seconds = (performance.now() - before.at) / 1000;
  const busy = 1 - (machine.idle - before.machine.idle) / Math.max(1, machine.total - before.machine.total);
  return {
    result,
    seconds,
    cpu: {
      app: appPid ? cpuSeconds(appPid) - before.app : 0,
      postgres: postgres() - before.postgres,
      generator: (generator.user + generator.system) / 1e6,
      machineBusyCores: busy * os.availableParallelism(),
    },
  };
}

async function forDuration(ms: number, worker: () => Promise<boolean>): Promise<{ ok: number; latencies: number[] }> {
  const deadline = Date.now() + ms;
  let ok = 0;
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < deadline) {
        const started = performance.now();
        if (await worker()) ok++;
        latencies.push(performance.now() - started);
      }
    }),
  );
  return { ok, latencies };
}

const perOp = (cpu: Split, ops: number) => ({
  app: cpu.app / ops,
  postgres: cpu.postgres / ops,
  generator: cpu.generator / ops,
});
const capacity = (cpu: { app: number; postgres: number; generator: number }) => os.availableParallelism() / (cpu.app + cpu.postgres + cpu.generator);
const ms = (seconds: number) => `${(seconds * 1000).toFixed(3)} ms`;

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
    const answers = Object.fromEntries(
      survey.questions.map((q) => [q.id, q.kind === "nps" ? 9 : q.kind === "text" ? "Très bien" : q.kind === "effort" ? 2 : 5]),
    );

    // The same PostgreSQL instance: its pid and port are in postmaster.pid, its password in DATA_DIR/secrets.json.
    const [postgresPid, , , port] = fs.readFileSync(path.join(dataDir, "pg", "postmaster.pid"), "utf8").split("\n");
    const { postgresPassword } = JSON.parse(fs.readFileSync(path.join(dataDir, "secrets.json"), "utf8")) as { postgresPassword: string };
    const pool = new pg.Pool({ connectionString: `postgres://tutti:${postgresPassword}@127.0.0.1:${port?.trim()}/tutti`, max: concurrency });
    pool.on("error", () => {});

    const url = `${server.url}/api/v1/public/surveys/${publicToken}/responses`;
    const ingestion = await measured(server.child.pid ?? null, Number(postgresPid), () =>
      autocannon({
        url,
        connections: concurrency,
        pipelining: 1,
        duration: durationMs / 1000,
        requests: [
          {
            method: "POST",
            headers: { "content-type": "application/json" },
            setupRequest: (request) => ({
              ...request,
              body: JSON.stringify({ key: randomUUID(), locale: "fr", answers, consentToContact: false, isFinal: true }),
            }),
          },
        ],
      }),
    );
    const result = ingestion.result;
    if (result.errors > 0 || result.non2xx > 0) throw new Error(`${result.errors} errors and ${result.non2xx} non-2xx replies during the answers`);
    const accepted = result["2xx"];
    const answersPerSecond = accepted / ingestion.seconds;
    const inDatabase = Number(
      (await pool.query<{ n: string }>("SELECT count(*) AS n FROM survey_responses WHERE survey_id = $1 AND status = 'complete'", [survey.id])).rows[0]?.n,
    );
    // Every acknowledged answer is there; at most the requests still in flight when the generator stopped are there unacknowledged.
    if (inDatabase < accepted || inDatabase > accepted + concurrency) throw new Error(`${accepted} answers acknowledged but ${inDatabase} in the database`);

    // The maintenance the answers set off (autovacuum of 200,000 new rows, the roll-up) is done now, not during the raw inserts.
    await pool.query("VACUUM ANALYZE survey_responses");
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    await pool.query("CREATE TABLE IF NOT EXISTS bench_raw_inserts (id bigserial PRIMARY KEY, payload text NOT NULL)");
    const raw = await measured(null, Number(postgresPid), () =>
      forDuration(durationMs, async () => {
        await pool.query("INSERT INTO bench_raw_inserts (payload) VALUES ($1)", [randomUUID()]);
        return true;
      }),
    );
    await pool.query("DROP TABLE bench_raw_inserts");
    await pool.end();
    const rawPerSecond = raw.result.ok / raw.seconds;
    const answerCpu = perOp(ingestion.cpu, accepted);
    const insertCpu = perOp(raw.cpu, raw.result.ok);

    return {
      rows: [
        { measure: `durable answers/s over HTTP (${concurrency} in flight, 30 s)`, value: answersPerSecond.toFixed(0), target: "≥ 50 % of raw" },
        { measure: `raw single-row INSERT/s, same PostgreSQL (${concurrency} connections)`, value: rawPerSecond.toFixed(0), target: "—" },
        { measure: "ratio answers / raw inserts", value: `${((answersPerSecond / rawPerSecond) * 100).toFixed(0)} %`, target: "≥ 50 %" },
        { measure: "answer latency p50 / p97.5", value: `${result.latency.p50.toFixed(1)} / ${result.latency.p97_5.toFixed(1)} ms`, target: "—" },
        {
          measure: "CPU per answer: app / PostgreSQL / load generator",
          value: `${ms(answerCpu.app)} / ${ms(answerCpu.postgres)} / ${ms(answerCpu.generator)}`,
          target: "—",
        },
        { measure: "CPU per raw insert: PostgreSQL / client", value: `${ms(insertCpu.postgres)} / ${ms(insertCpu.generator)}`, target: "—" },
        {
          // What each could do alone on idle cores, limited by the CPU it needs: cores ÷ CPU per operation.
          measure: `CPU-bound capacity on ${os.availableParallelism()} idle cores: answers / raw inserts (ratio)`,
          value: `${capacity(answerCpu).toFixed(0)} / ${capacity(insertCpu).toFixed(0)} /s (${((capacity(answerCpu) / capacity(insertCpu)) * 100).toFixed(0)} %)`,
          target: "—",
        },
        {
          measure: "machine busy (cores) during answers / raw inserts",
          value: `${ingestion.cpu.machineBusyCores.toFixed(2)} / ${raw.cpu.machineBusyCores.toFixed(2)} of ${os.availableParallelism()}`,
          target: "—",
        },
        { measure: "answering page: HTML+CSS, no JS (raw / gzipped)", value: `${html.length} B / ${gzipSync(html).length} B`, target: "< 30 KB gzipped" },
      ],
      raw: {
        accepted,
        answersPerSecond,
        inserted: raw.result.ok,
        rawPerSecond,
        answerLatencyMs: { p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99 },
        cpuSecondsDuringAnswers: ingestion.cpu,
        cpuSecondsDuringRawInserts: raw.cpu,
        cpuBoundCapacityPerSecond: { answers: capacity(answerCpu), rawInserts: capacity(insertCpu) },
        loadAverage: os.loadavg(),
        pageBytes: html.length,
        pageGzipBytes: gzipSync(html).length,
      },
    };
  } finally {
    await stopServer(server.child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
