import fs from "node:fs";
import path from "node:path";
import { randomUUID, createHash } from "node:crypto";
import pg from "pg";
import { freshDataDir, signIn, startServer, stopServer } from "../bench/server.js";

function cpu(pid: number) { try { const f = (fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1] ?? "").split(" "); return (Number(f[11]) + Number(f[12])) / 100; } catch { return 0; } }
function kids(pid: number) { return fs.readdirSync("/proc").filter((e) => /^\d+$/.test(e)).map(Number).filter((c) => { try { return Number((fs.readFileSync(`/proc/${c}/stat`, "utf8").split(") ")[1] ?? "").split(" ")[1]) === pid; } catch { return false; } }); }

const dataDir = freshDataDir();
const server = await startServer(dataDir, { NODE_ENV: "test" });
try {
  const cookie = await signIn(server);
  const headers = { cookie, "content-type": "application/json", origin: `http://localhost:${server.port}` };
  const me = (await (await fetch(`${server.url}/api/v1/me`, { headers })).json()) as { activeOrganisationId: string };
  const base = `${server.url}/api/v1/organisations/${me.activeOrganisationId}/surveys`;
  const survey = (await (await fetch(base, { method: "POST", headers, body: JSON.stringify({ templateKey: "module-hot" }) })).json()) as any;
  await fetch(`${base}/${survey.id}/open`, { method: "POST", headers, body: "{}" });
  const [ppid, , , port] = fs.readFileSync(path.join(dataDir, "pg", "postmaster.pid"), "utf8").split("\n");
  const { postgresPassword } = JSON.parse(fs.readFileSync(path.join(dataDir, "secrets.json"), "utf8"));
  const client = new pg.Client({ connectionString: `postgres://tutti:${postgresPassword}@127.0.0.1:${port?.trim()}/tutti` });
  await client.connect();
  const pgCpu = () => [Number(ppid), ...kids(Number(ppid))].reduce((s, p) => s + cpu(p), 0);
  const version = (await client.query("SELECT xmin::text AS v, organisation_id FROM surveys WHERE id = $1", [survey.id])).rows[0];
  const answers = Object.fromEntries(survey.questions.map((q: any) => [q.id, q.kind === "nps" ? 9 : q.kind === "text" ? "Très bien" : q.kind === "effort" ? 2 : q.kind.includes("choice") ? [q.options[0]?.id] : 5]));
  const sqlText = fs.readFileSync(new URL("./stmt.sql", import.meta.url), "utf8");
  const batch = 32, rounds = 300;
  const item = () => ({ keyHash: createHash("sha256").update(randomUUID()).digest("base64url"), surveyId: survey.id, version: version.v, locale: "fr", consent: false, invitationId: null, email: null, isFinal: true, answers });
  async function run(name: string, body: () => Promise<void>) {
    const c0 = pgCpu(), t0 = performance.now();
    for (let i = 0; i < rounds; i++) await body();
    const wall = performance.now() - t0, c = pgCpu() - c0;
    console.log(name.padEnd(40), `PG cpu/row ${(c * 1e6 / (rounds * batch)).toFixed(1)} µs`, `wall/batch ${(wall / rounds).toFixed(2)} ms`);
  }
  for (let i = 0; i < 50; i++) await client.query(sqlText, [JSON.stringify(Array.from({ length: batch }, item))]);
  const one = async (name: string, f: () => Promise<unknown>) => {
    const c0 = pgCpu(), t0 = performance.now();
    for (let i = 0; i < 3000; i++) await f();
    console.log(name.padEnd(36), `PG cpu/stmt ${((pgCpu() - c0) * 1e6 / 3000).toFixed(1)} µs, wall ${((performance.now() - t0) / 3000 * 1000).toFixed(0)} µs`);
  };
  await client.query("CREATE TABLE IF NOT EXISTS bench_x (id bigserial primary key, payload text)");
  await one("SELECT 1", () => client.query({ name: "s1", text: "SELECT 1" }));
  await one("raw insert autocommit", () => client.query({ name: "rx", text: "INSERT INTO bench_x (payload) VALUES ($1)", values: [randomUUID()] }));
  await one("ours, batch 1", () => client.query({ name: "ins", text: sqlText, values: [JSON.stringify([item()])] }));
  await client.query("ALTER TABLE survey_responses DISABLE TRIGGER survey_responses_scores_inserted");
  await one("ours, batch 1, no score trigger", () => client.query({ name: "ins", text: sqlText, values: [JSON.stringify([item()])] }));
  await client.query("ALTER TABLE survey_responses ENABLE TRIGGER survey_responses_scores_inserted");
  await client.query(`CREATE OR REPLACE FUNCTION "score_deltas_of_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$`);
  await one("ours, batch 1, empty trigger fn", () => client.query({ name: "ins", text: sqlText, values: [JSON.stringify([item()])] }));
  await client.query(`CREATE OR REPLACE FUNCTION "score_deltas_of_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM 1 FROM inserted LIMIT 1; RETURN NULL; END $$`);
  await one("ours, batch 1, trigger reading ENR", () => client.query({ name: "ins", text: sqlText, values: [JSON.stringify([item()])] }));
  await one("ours, batch 1, in BEGIN..ROLLBACK-free tx of 1", async () => { await client.query("BEGIN"); await client.query({ name: "ins", text: sqlText, values: [JSON.stringify([item()])] }); await client.query("COMMIT"); });
  console.log((await client.query("SELECT name, setting FROM pg_settings WHERE name IN ('wal_sync_method','fsync','synchronous_commit','full_page_writes','wal_level','shared_buffers','checkpoint_timeout','max_wal_size','commit_delay','wal_writer_delay')")).rows);
  console.log((await client.query("SELECT pg_size_pretty(pg_total_relation_size('survey_responses')) s, count(*) FROM survey_responses")).rows);
  await client.end();
} finally { await stopServer(server.child); fs.rmSync(dataDir, { recursive: true, force: true }); }
