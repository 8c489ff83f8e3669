// The live workshop under load: one room, 200 connected participants, notes sent at 20, 100 and
// 200 commands/s; for each command, the time from sending it until every one of the 200 sockets
// has received it (p50, p99). On one Tutti node, then with the 200 spread over two nodes on one
// PostgreSQL. Then the same harness against Hocuspocus 3 (Yjs), in the same run: 200 providers on
// one document, each "command" a Y.Map entry of similar size. Target: our p99 no worse than
// Hocuspocus's at the same rate, while every one of our events is committed to PostgreSQL first.
//
// The load generator (200 sockets) runs in this process; each server in its own; all share the
// machine's 2 cores with PostgreSQL — the same for both systems.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import { HocuspocusProvider } from "@hocuspocus/provider";
import pg from "pg";
import WebSocket from "ws";
import * as Y from "yjs";
import { defaultAgenda } from "../shared/workshops/formats.js";
import { freePort, freshDataDir, percentile, root, type Running, startBenchDatabase, startServer, stopServer } from "./server.js";

const peers = 200;
const senders = 20;
const rates = [20, 100, 200];
const durationMs = 8_000;
const origin = "http://localhost:3999";
const noteText = (marker: string) => `${marker} — le planning des intervenants arrive trop tard pour préparer les cours`;

type Result = { system: string; rate: number; sent: number; delivered: number; p50: number; p99: number; persisted?: number };

/** Sends `rate` commands/s for `durationMs`; `delivered(marker)` is called by receivers. */
async function measure(rate: number, send: (sender: number, marker: string) => void, register: (onDelivery: (marker: string) => void) => void) {
  const sentAt = new Map<string, number>();
  const counts = new Map<string, number>();
  const latencies: number[] = [];
  register((marker) => {
    const count = (counts.get(marker) ?? 0) + 1;
    counts.set(marker, count);
    const at = sentAt.get(marker);
    if (count === peers && at !== undefined) latencies.push(performance.now() - at);
  });
  const total = Math.round((rate * durationMs) / 1000);
  const run = randomBytes(3).toString("hex");
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const marker = `m${run}x${i}`;
    sentAt.set(marker, performance.now());
    send(i % senders, marker);
  }
  const deadline = performance.now() + 5_000;
  while (latencies.length < total && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  return { sent: total, delivered: latencies.length, p50: percentile(latencies, 50), p99: percentile(latencies, 99), markers: [...sentAt.keys()] };
}

/** Tutti: 200 people signed up, one organisation, a workshop per scenario. */
async function tuttiScenarios(results: Result[]) {
  const pgDir = freshDataDir();
  const { embedded, databaseUrl } = await startBenchDatabase(pgDir, "bench-workshop");
  const env = { DATABASE_URL: databaseUrl, SECRET: randomBytes(30).toString("base64url"), PUBLIC_URL: origin, SEED_DEMO: "never", NODE_ENV: "test" };
  const dirs = [freshDataDir(), freshDataDir()];
  const nodeA = await startServer(dirs[0] as string, env);
  const nodeB = await startServer(dirs[1] as string, env);
  const db = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  try {
    const people = await signUpMany([nodeA, nodeB], peers, db);
    const owner = people[0] as Person;
    const organisation = await fetch(`${nodeA.url}/api/v1/organisations`, {
      method: "POST",
      headers: { "content-type": "application/json", origin, cookie: owner.cookie },
      body: JSON.stringify({ name: "IAE Banc d'essai", kind: "university" }),
    }).then((r) => r.json() as Promise<{ id: string }>);
    for (const person of people.slice(1)) {
      await db.query(`INSERT INTO member (id, "organizationId", "userId", role, "createdAt") VALUES ($1, $2, $3, 'staff', now())`, [randomUUID(), organisation.id, person.id]);
    }
    for (const [label, nodes] of [
      ["Tutti, one node", [nodeA]],
      ["Tutti, two nodes", [nodeA, nodeB]],
    ] as const) {
      const workshopId = await createWorkshop(db, organisation.id, people);
      const sockets = await Promise.all(people.map((person, i) => openSocket((nodes[i % nodes.length] as Running).url, workshopId, person.cookie)));
      const facilitator = sockets[0] as Socket;
      for (const [type, payload] of [
        ["workshop.start", {}],
        ["phase.goto", { index: 2 }],
        ["notes.reveal", {}],
      ] as const) {
        await facilitator.command(type, payload);
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
      for (const rate of rates) {
        const outcome = await measure(
          rate,
          (sender, marker) => (sockets[sender] as Socket).fire("note.add", { noteId: marker, text: noteText(marker) }),
          (onDelivery) => {
            for (const socket of sockets) socket.onNote = onDelivery;
          },
        );
        const persisted = await db.query<{ n: string }>(`SELECT count(*) AS n FROM workshop_events WHERE workshop_id = $1 AND payload->>'noteId' = ANY($2)`, [workshopId, outcome.markers]);
        results.push({ system: label, rate, sent: outcome.sent, delivered: outcome.delivered, p50: outcome.p50, p99: outcome.p99, persisted: Number(persisted.rows[0]?.n) });
      }
      for (const socket of sockets) socket.ws.close();
    }
  } finally {
    await db.end();
    await stopServer(nodeA.child);
    await stopServer(nodeB.child);
    await embedded.stop();
    for (const dir of [pgDir, ...dirs]) fs.rmSync(dir, { recursive: true, force: true });
  }
}

type Person = { id: string; cookie: string };

/**
 * Signs people up, then in: sign-up leaves an address unverified and without a session (e-mail
 * verification is required), so the bench marks each address verified in the database — as the
 * link in the e-mail would — and signs in with the password.
 */
async function signUpMany(nodes: Running[], count: number, db: pg.Pool): Promise<Person[]> {
  const people: Person[] = new Array(count);
  let next = 0;
  const post = (node: Running, path: string, body: unknown) =>
    fetch(`${node.url}/api/auth/${path}`, { method: "POST", headers: { "content-type": "application/json", origin }, body: JSON.stringify(body) });
  const worker = async (node: Running) => {
    while (next < count) {
      const index = next++;
      const email = `p${index}.${randomUUID()}@exemple.fr`;
      const password = "un-mot-de-passe-solide";
      const signedUp = await post(node, "sign-up/email", { name: `Participant ${index + 1}`, email, password });
      if (!signedUp.ok) throw new Error(`sign-up ${signedUp.status} ${await signedUp.text()}`);
      const { user } = (await signedUp.json()) as { user: { id: string } };
      await db.query(`UPDATE "user" SET "emailVerified" = true WHERE id = $1`, [user.id]);
      const signedIn = await post(node, "sign-in/email", { email, password });
      if (!signedIn.ok) throw new Error(`sign-in ${signedIn.status} ${await signedIn.text()}`);
      const cookie = signedIn.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; ");
      people[index] = { id: user.id, cookie };
    }
  };
  await Promise.all(nodes.flatMap((node) => [worker(node), worker(node), worker(node)]));
  return people;
}

async function createWorkshop(db: pg.Pool, organisationId: string, people: Person[]): Promise<string> {
  const workshop = await db.query<{ id: string }>(
    `INSERT INTO workshops (organisation_id, title, format, agenda, status) VALUES ($1, 'Banc d''essai', 'discovery', $2, 'scheduled') RETURNING id`,
    [organisationId, JSON.stringify(defaultAgenda("discovery"))],
  );
  const id = workshop.rows[0]?.id as string;
  for (const [i, person] of people.entries()) {
    await db.query(`INSERT INTO workshop_participants (organisation_id, workshop_id, user_id, role) VALUES ($1, $2, $3, $4)`, [organisationId, id, person.id, i === 0 ? "facilitator" : "participant"]);
  }
  return id;
}

type Socket = { ws: WebSocket; onNote: (marker: string) => void; fire: (type: string, payload: object) => void; command: (type: string, payload: object) => Promise<void> };

const markerPattern = /"noteId":"(m[0-9a-f]+x\d+)"/g;

async function openSocket(url: string, workshopId: string, cookie: string): Promise<Socket> {
  const ws = new WebSocket(`${url.replace("http", "ws")}/api/v1/workshops/${workshopId}/live`, { headers: { cookie, origin } });
  const acks = new Map<string, () => void>();
  const socket: Socket = {
    ws,
    onNote: () => undefined,
    fire: (type, payload) => ws.send(JSON.stringify({ t: "command", id: randomUUID(), type, payload })),
    command: (type, payload) =>
      new Promise((resolve) => {
        const id = randomUUID();
        acks.set(id, resolve);
        ws.send(JSON.stringify({ t: "command", id, type, payload }));
      }),
  };
  ws.on("message", (data) => {
    const text = String(data);
    if (text.startsWith('{"t":"event') && text.includes('"type":"note.add"')) {
      for (const match of text.matchAll(markerPattern)) socket.onNote(match[1] as string);
    } else if (text.startsWith('{"t":"ack"') || text.startsWith('{"t":"rejected"')) {
      const { id } = JSON.parse(text) as { id: string };
      acks.get(id)?.();
    }
  });
  await new Promise<void>((resolve, reject) => {
    ws.once("message", () => resolve());
    ws.once("error", reject);
  });
  return socket;
}

/** Hocuspocus: 200 providers on one document; a "command" sets one Y.Map entry. */
async function hocuspocusScenario(results: Result[]) {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "bench/hocuspocus-server.ts", String(port)], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve) => child.stdout?.once("data", () => resolve()));
  const providers: { doc: Y.Doc; provider: HocuspocusProvider; onNote: (marker: string) => void }[] = [];
  try {
    for (let i = 0; i < peers; i++) {
      const doc = new Y.Doc();
      const provider = new HocuspocusProvider({ url: `ws://127.0.0.1:${port}`, name: "atelier", document: doc, awareness: null, WebSocketPolyfill: WebSocket } as never);
      const entry: { doc: Y.Doc; provider: HocuspocusProvider; onNote: (marker: string) => void } = { doc, provider, onNote: () => undefined };
      doc.getMap<string>("notes").observe((event) => {
        for (const key of event.keysChanged) entry.onNote(key);
      });
      providers.push(entry);
    }
    await Promise.all(providers.map(({ provider }) => new Promise<void>((resolve) => (provider.isSynced ? resolve() : provider.on("synced", () => resolve())))));
    for (const rate of rates) {
      const outcome = await measure(
        rate,
        (sender, marker) => (providers[sender] as (typeof providers)[number]).doc.getMap<string>("notes").set(marker, noteText(marker)),
        (onDelivery) => {
          for (const entry of providers) entry.onNote = onDelivery;
        },
      );
      results.push({ system: "Hocuspocus 3 (memory only)", rate, sent: outcome.sent, delivered: outcome.delivered, p50: outcome.p50, p99: outcome.p99 });
    }
  } finally {
    for (const { provider } of providers) provider.destroy();
    child.kill("SIGTERM");
  }
}

export async function run() {
  const results: Result[] = [];
  await tuttiScenarios(results);
  await hocuspocusScenario(results);
  const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : "—");
  const rows = results.map((r) => ({
    system: r.system,
    "commands/s": r.rate,
    "delivered to all 200": `${r.delivered}/${r.sent}`,
    persisted: r.persisted === undefined ? "no" : `${r.persisted}/${r.sent}`,
    p50: ms(r.p50),
    p99: ms(r.p99),
  }));
  for (const rate of rates) {
    const peer = results.find((r) => r.system.startsWith("Hocuspocus") && r.rate === rate);
    for (const ours of results.filter((r) => r.system.startsWith("Tutti") && r.rate === rate)) {
      rows.push({ system: `${ours.system} / Hocuspocus, p99 ratio`, "commands/s": rate, "delivered to all 200": "", persisted: "", p50: "", p99: peer ? `${(ours.p99 / peer.p99).toFixed(2)}×` : "—" });
    }
  }
  return { rows, raw: results };
}
