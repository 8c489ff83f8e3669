/**
 * Kill one node mid-workshop: two real Tutti processes on one database; a participant on node A
 * keeps writing notes while A gets `kill -9`; their browser reconnects to node B, sends again what
 * was not acknowledged, and nothing is lost or doubled — in the log, in their view, in the others'.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDatabase } from "../../server/db/client.js";
import { member, user } from "../../server/db/schema.js";
import { LiveClient } from "../live-client.js";
import { adminQuery, startTuttiProcess, type TuttiProcess } from "../processes.js";
import { insertWorkshop } from "../workshop-factories.js";

const databaseName = `tutti_failover_${randomBytes(6).toString("hex")}`;
const databaseUrl = `${inject("pgServerUrl")}/${databaseName}`;
const origin = "http://localhost:3999";
const env = { SECRET: randomBytes(30).toString("base64url"), PUBLIC_URL: origin };
let database: ReturnType<typeof createDatabase>;
const nodes: TuttiProcess[] = [];
const clients: LiveClient[] = [];

/**
 * Signs up through node `url`, confirms the address (as the e-mailed link would), signs in;
 * returns the user and their session cookie.
 */
async function signUp(url: string, name: string) {
  const email = `${randomUUID()}@exemple.fr`;
  const password = "un-mot-de-passe-solide";
  const post = (path: string, body: unknown) =>
    fetch(`${url}/api/auth/${path}`, { method: "POST", headers: { "content-type": "application/json", origin }, body: JSON.stringify(body) });
  const response = await post("sign-up/email", { name, email, password });
  if (!response.ok) throw new Error(`sign-up: ${response.status} ${await response.text()}`);
  await database.db.update(user).set({ emailVerified: true }).where(eq(user.email, email));
  const signedIn = await post("sign-in/email", { email, password });
  if (!signedIn.ok) throw new Error(`sign-in: ${signedIn.status} ${await signedIn.text()}`);
  const found = ((await signedIn.json()) as { user: { id: string } }).user;
  const cookie = signedIn.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { user: found, cookie };
}

beforeAll(async () => {
  await adminQuery(inject("pgServerUrl"), `CREATE DATABASE ${databaseName} TEMPLATE ${inject("templateDatabase")}`);
  database = createDatabase(databaseUrl, 2);
  nodes.push(await startTuttiProcess(databaseUrl, env), await startTuttiProcess(databaseUrl, env));
}, 90_000);

afterAll(async () => {
  for (const client of clients) client.close();
  for (const node of nodes) if (node.child.exitCode === null) node.child.kill("SIGKILL");
  await Promise.all(nodes.map((node) => node.exited));
  await database?.pool.end();
  await adminQuery(inject("pgServerUrl"), `DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`).catch(() => undefined);
});

describe("a node dies mid-workshop", () => {
  it("loses nothing: clients reconnect to the other node and their unacknowledged notes are committed once", async () => {
    const [nodeA, nodeB] = nodes as [TuttiProcess, TuttiProcess];
    const facilitator = await signUp(nodeA.url, "Marie Animatrice");
    const writer = await signUp(nodeA.url, "Laura Participante");
    const reader = await signUp(nodeB.url, "Julien Participant");
    const created = await fetch(`${nodeA.url}/api/v1/organisations`, {
      method: "POST",
      headers: { "content-type": "application/json", origin, cookie: facilitator.cookie },
      body: JSON.stringify({ name: "IAE Bascule", kind: "university" }),
    });
    if (created.status !== 201) throw new Error(`organisation: ${created.status} ${await created.text()}`);
    const organisationId = ((await created.json()) as { id: string }).id;
    for (const person of [writer, reader]) {
      await database.db
        .insert(member)
        .values({ id: randomUUID(), organizationId: organisationId, userId: person.user.id, role: "staff", createdAt: new Date() });
    }
    const workshop = await insertWorkshop(database.db, organisationId, [
      [facilitator, "facilitator"],
      [writer, "participant"],
      [reader, "participant"],
    ]);
    const open = async (person: { cookie: string }, url: string) => {
      const client = new LiveClient(url, person.cookie, workshop.id, origin);
      clients.push(client);
      return client.connect();
    };
    const f = await open(facilitator, nodeA.url);
    const w = await open(writer, nodeA.url);
    const r = await open(reader, nodeB.url);
    await f.must({ type: "workshop.start", payload: {} });
    await f.must({ type: "phase.goto", payload: { index: 1 } });
    await w.until(() => w.state.phaseIndex === 1, "divergence on A");

    // Laura writes without pause; node A is killed while her notes are in flight.
    const texts = Array.from({ length: 60 }, (_, i) => `Note ${i + 1} de Laura`);
    const writing = (async () => {
      for (const [i, text] of texts.entries()) {
        w.fire({ type: "note.add", payload: { noteId: `w${i + 1}`, text } });
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 200 + Math.random() * 200));
    nodeA.child.kill("SIGKILL");
    await nodeA.exited;
    await writing;
    await w.until(() => w.closeCode !== null, "A's socket closed");
    expect(w.pending.size).toBeGreaterThan(0); // some notes were never acknowledged by A

    // Both of A's browsers reconnect to B; Laura's browser sends its pending notes again.
    await f.connect(nodeB.url);
    await w.connect(nodeB.url);
    await w.until(() => w.pending.size === 0, "every note acknowledged by B", 20_000);
    expect(w.messages.filter((m) => m.t === "rejected")).toEqual([]);
    await w.until(() => Object.keys(w.state.notes).length === texts.length, "all notes in Laura's view");

    const rows = await database.pool.query<{ payload: { noteId: string; text: string } }>(
      "SELECT payload FROM workshop_events WHERE workshop_id = $1 AND type = 'note.add' ORDER BY seq",
      [workshop.id],
    );
    expect(rows.rows.map((row) => row.payload.text).sort()).toEqual([...texts].sort());
    const seqs = await database.pool.query<{ seq: number }>("SELECT seq FROM workshop_events WHERE workshop_id = $1 ORDER BY seq", [workshop.id]);
    expect(seqs.rows.map((row) => row.seq)).toEqual(seqs.rows.map((_row, index) => index + 1));

    await f.must({ type: "phase.goto", payload: { index: 2 } });
    await f.must({ type: "notes.reveal", payload: {} });
    await r.until(() => Object.values(r.state.notes).filter((note) => note.text?.endsWith("de Laura")).length === texts.length, "all notes revealed to Julien");
  }, 120_000);
});
