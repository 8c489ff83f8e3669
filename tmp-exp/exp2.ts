import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { freshDataDir, signIn, startServer, stopServer } from "../bench/server.js";
import { createDatabase } from "../server/db/client.js";
import { insertNewResponses, insertStatement } from "../server/modules/survey-answers/answers.batch.js";
import { loadPublicSurvey } from "../server/modules/survey-answers/answers.service.js";
import { validateAnswers } from "../server/modules/survey-answers/validate.js";
import { hashToken } from "../server/modules/surveys/tokens.js";

function cpu(pid: number) { try { const f = (fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1] ?? "").split(" "); return [Number(f[11]) / 100, Number(f[12]) / 100]; } catch { return [0, 0]; } }
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
  const { db, pool } = createDatabase(`postgres://tutti:${postgresPassword}@127.0.0.1:${port?.trim()}/tutti`, 1);
  const procs = () => [Number(ppid), ...kids(Number(ppid))];
  const pgCpu = () => procs().reduce((s, p) => { const [u, k] = cpu(p); return [s[0] + u, s[1] + k]; }, [0, 0]);
  const loaded = await loadPublicSurvey(db, survey.publicUrl.split("/s/")[1]);
  if (!loaded) throw new Error("no");
  const answers = Object.fromEntries(loaded.questions.map((q: any) => [q.id, q.kind === "nps" ? 9 : q.kind === "text" ? "Très bien" : q.kind === "effort" ? 2 : q.kind.includes("choice") ? [q.options[0]?.id] : 5]));
  const { stored } = validateAnswers(loaded.questions, answers, true);
  const item = () => ({ survey: loaded.survey, version: loaded.version, locale: "fr", isFinal: true, keyHash: hashToken(randomUUID()), who: { consent: false, invitationId: null, email: null }, stored });
  if (process.env.GENERIC) await pool.query("SET plan_cache_mode = force_generic_plan");
  for (let i = 0; i < 100; i++) await insertNewResponses(db, Array.from({ length: 32 }, item));
  const { scoreDeltasSql } = await import("../server/modules/surveys/rollups.js");
  const variants: Record<string, string> = {
    full: insertStatement,
    noDeltas: insertStatement.replace(", " + scoreDeltasSql("response"), ""),
  };
  const inputOf = (size: number) => JSON.stringify(Array.from({ length: size }, item).map(({ survey, version, locale, isFinal, keyHash, stored }) => ({ keyHash, surveyId: survey.id, version, locale, consent: false, invitationId: null, email: null, isFinal, answers: Object.fromEntries(stored.map((a) => [a.questionId, a.valueNumber ?? a.valueChoices ?? a.valueText])) })));
  const measure = async (name: string, text: string, size: number, n = 1500) => {
    for (let i = 0; i < 20; i++) await pool.query({ name, text, values: [inputOf(size)] });
    const c0 = pgCpu();
    for (let i = 0; i < n; i++) await pool.query({ name, text, values: [inputOf(size)] });
    const c = pgCpu();
    console.log(name.padEnd(24), `batch ${size}: PG ${(((c[0] - c0[0]) + (c[1] - c0[1])) * 1e6 / n).toFixed(0)} µs/stmt`);
  };
  for (const [name, text] of Object.entries(variants)) { await measure(name, text, 1); await measure(name + "16", text, 16, 600); }
  await pool.query("ALTER TABLE survey_responses DROP CONSTRAINT survey_responses_organisation_id_organization_id_fk");
  await pool.query("ALTER TABLE score_deltas DROP CONSTRAINT score_deltas_organisation_id_organization_id_fk");
  await measure("full-noOrgFK", insertStatement, 1); await measure("full-noOrgFK16", insertStatement, 16, 600);
  await pool.query("ALTER TABLE survey_responses DROP CONSTRAINT survey_responses_invitation_id_survey_invitations_id_fk");
  await measure("full-noOrgInvFK", insertStatement, 1); await measure("full-noOrgInvFK16", insertStatement, 16, 600);
  await pool.query("CREATE TABLE bx (id bigserial primary key, p text)");
  await measure("raw", "INSERT INTO bx (p) VALUES ($1)", 1, 3000);
  const c0 = pgCpu(); for (let i = 0; i < 3000; i++) await pool.query("SELECT 1"); const c = pgCpu();
  console.log(`SELECT 1: user/sys ${((c[0] - c0[0]) * 1e6 / 3000).toFixed(1)} / ${((c[1] - c0[1]) * 1e6 / 3000).toFixed(1)} µs`);
  const d0 = pgCpu();  for (let i = 0; i < 3000; i++) await pool.query("INSERT INTO bx (p) VALUES ($1)", [randomUUID()]); const d = pgCpu();
  console.log(`raw insert (1 conn): user/sys ${((d[0] - d0[0]) * 1e6 / 3000).toFixed(1)} / ${((d[1] - d0[1]) * 1e6 / 3000).toFixed(1)} µs`);
  await pool.end();
} finally { await stopServer(server.child); fs.rmSync(dataDir, { recursive: true, force: true }); }
