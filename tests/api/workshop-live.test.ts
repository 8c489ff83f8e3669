/**
 * The live workshop socket against a real app and PostgreSQL: who may connect, the rules of each
 * command through the socket, silent notes never sent to others, commands committed once, the
 * log as the truth after a reconnection, and two app nodes on one database.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CommandType, commandTypes, type WorkshopCommand } from "../../shared/workshops/commands.js";
import { defaultAgenda } from "../../shared/workshops/formats.js";
import { bootTutti, type Tutti } from "../../server/boot.js";
import { workshopEvents, workshops } from "../../server/db/schema.js";
import { type Agent, createOrganisation, organisationWithRoles, signUp } from "../factories.js";
import { LiveClient } from "../live-client.js";
import { createTestApp, type TestApp, testOrigin } from "../test-app.js";
import { cookieOf, insertWorkshop } from "../workshop-factories.js";

let t: TestApp;
let baseUrl: string;
let people: Awaited<ReturnType<typeof organisationWithRoles>>["people"];
let orgId: string;
const clients: LiveClient[] = [];

beforeAll(async () => {
  t = await createTestApp();
  baseUrl = await t.app.listen({ port: 0, host: "127.0.0.1" });
  ({ people, orgId } = await organisationWithRoles(t));
});
afterAll(async () => {
  for (const client of clients) client.close();
  await t.destroy();
});

function live(agent: Agent, workshopId: string, url = baseUrl): Promise<LiveClient> {
  const client = new LiveClient(url, cookieOf(agent), workshopId, testOrigin);
  clients.push(client);
  return client.connect();
}

/** A discovery workshop: manager facilitates, staff and viewer participate, admin observes. */
async function room() {
  const workshop = await insertWorkshop(t.ctx.db, orgId, [
    [people.manager, "facilitator"],
    [people.staff, "participant"],
    [people.viewer, "participant"],
    [people.admin, "observer"],
  ]);
  const [f, p1, p2] = await Promise.all([live(people.manager, workshop.id), live(people.staff, workshop.id), live(people.viewer, workshop.id)]);
  return { workshop, f, p1, p2 };
}

const goTo = (client: LiveClient, phase: string) =>
  client.must({ type: "phase.goto", payload: { index: client.state.agenda.findIndex((item) => item.phase === phase) } });

describe("who may open the live room", () => {
  it("refuses the signed-out, other organisations, non-participants and foreign origins; lets a manager look in as observer", async () => {
    const workshop = await insertWorkshop(t.ctx.db, orgId, [[people.manager, "facilitator"]]);
    const outsider = await signUp(t, "Autre Organisation");
    await createOrganisation(outsider, "Autre");
    const signedOut = await new LiveClient(baseUrl, "", workshop.id, testOrigin).connect();
    expect(signedOut.closeCode).toBe(4401);
    expect((await live(outsider, workshop.id)).closeCode).toBe(4404);
    expect((await live(people.staff, workshop.id)).closeCode).toBe(4404); // a member, not invited
    expect((await live(people.guest, workshop.id)).closeCode).toBe(4404); // a guest, not invited
    const foreign = await new LiveClient(baseUrl, cookieOf(people.manager), workshop.id, "https://evil.example").connect();
    expect(foreign.closeCode).toBe(4403);
    const unknown = await live(people.manager, "00000000-0000-4000-8000-000000000000");
    expect(unknown.closeCode).toBe(4404);
    const owner = await live(people.owner, workshop.id);
    expect(owner.me?.role).toBe("observer");
    await owner.until(() => Object.keys(owner.state.participants).length === 1, "attendance");
  });
});

describe("the waiting room", () => {
  it("shows the agenda prepared on the workshop, which the start records; records each person's arrival once", async () => {
    const { workshop, f, p1 } = await room();
    const prepared = [
      { id: "a1", phase: "opening" as const, minutes: 5 },
      { id: "a2", phase: "divergence" as const, minutes: 20 },
    ];
    await t.ctx.db.update(workshops).set({ agenda: prepared }).where(eq(workshops.id, workshop.id));
    const late = await live(people.admin, workshop.id);
    expect(late.messages.find((m) => m.t === "welcome")?.workshop).not.toHaveProperty("agenda");
    await late.until(() => late.state.agenda.length === 2, "the prepared agenda in the snapshot");
    expect(late.state.agenda).toEqual(prepared);
    // Someone already in the log, coming back up to date, gets the agenda as it is now too.
    expect(p1.state.agenda).toEqual(defaultAgenda("discovery"));
    p1.close();
    await p1.connect();
    await p1.until(() => p1.state.agenda.length === 2, "the changed agenda after reconnecting");
    // Before the start the prepared agenda is the only one: it is changed on the workshop's page.
    expect(await f.send({ type: "agenda.set", payload: { agenda: prepared.slice(0, 1) } })).toMatchObject({ t: "rejected", code: "not_started" });
    // Attendance is the server's to record: a browser cannot send it.
    p1.sendRaw(JSON.stringify({ t: "command", id: "forged", type: "participant.joined", payload: { participantId: "x", name: "X", role: "facilitator", stakeholderTypeId: null } }));
    await p1.until(() => p1.messages.some((m) => m.t === "rejected" && m.id === "forged" && m.code === "invalid_command"), "forged attendance refused");
    await f.must({ type: "workshop.start", payload: {} });
    await late.until(() => late.state.status === "live", "started");
    expect(late.state.agenda).toEqual(prepared);
    p1.close();
    await p1.connect();
    const joined = await t.ctx.db
      .select()
      .from(workshopEvents)
      .where(and(eq(workshopEvents.workshopId, workshop.id), eq(workshopEvents.type, "participant.joined")));
    expect(joined.map((row) => row.payload.participantId).sort()).toEqual(Object.keys(f.state.participants).sort());
    expect(joined).toHaveLength(4);
    const start = await t.ctx.db.select().from(workshopEvents).where(and(eq(workshopEvents.workshopId, workshop.id), eq(workshopEvents.type, "workshop.start")));
    // The first phase's timer starts with the workshop, for its planned duration.
    expect(start[0]?.payload).toEqual({ agenda: prepared, timerSeconds: (prepared[0]?.minutes ?? 0) * 60 });
  });
});

describe("commands through the socket", () => {
  it("applies the rules of phase and role, with stable codes", async () => {
    const { f, p1 } = await room();
    expect(await p1.send({ type: "workshop.start", payload: {} })).toMatchObject({ t: "rejected", code: "forbidden_role" });
    expect(await p1.send({ type: "note.add", payload: { noteId: "n1", text: "Trop tôt" } })).toMatchObject({ t: "rejected", code: "not_started" });
    await f.must({ type: "workshop.start", payload: {} });
    expect(await p1.send({ type: "note.add", payload: { noteId: "n1", text: "Trop tôt" } })).toMatchObject({ t: "rejected", code: "wrong_phase" });
    expect(await p1.send({ type: "phase.goto", payload: { index: 1 } })).toMatchObject({ t: "rejected", code: "forbidden_role" });
    await goTo(f, "divergence");
    expect(await p1.send({ type: "note.add", payload: { noteId: "n1", text: "x".repeat(501) } })).toMatchObject({ t: "rejected", code: "invalid_command" });
    await f.must({ type: "board.lock", payload: { locked: true } });
    expect(await p1.send({ type: "note.add", payload: { noteId: "n1", text: "Verrouillé" } })).toMatchObject({ t: "rejected", code: "board_locked" });
    await f.must({ type: "board.lock", payload: { locked: false } });
    await p1.must({ type: "note.add", payload: { noteId: "n1", text: "Le planning arrive trop tard" } });
    p1.sendRaw("not json");
    await p1.until(() => p1.messages.some((m) => m.t === "rejected" && m.code === "invalid_command" && m.id === ""), "invalid json refused");
  });

  it("lets observers watch but not write", async () => {
    const { workshop, f } = await room();
    const observer = await live(people.admin, workshop.id);
    await f.must({ type: "workshop.start", payload: {} });
    await goTo(f, "divergence");
    expect(await observer.send({ type: "note.add", payload: { noteId: "o1", text: "Je regarde" } })).toMatchObject({ t: "rejected", code: "forbidden_role" });
    await observer.until(() => observer.state.agenda[observer.state.phaseIndex]?.phase === "divergence", "phase seen by the observer");
  });

  it("never sends a participant's silent note to anyone else before the reveal, then sends it to all", async () => {
    const { f, p1, p2 } = await room();
    await f.must({ type: "workshop.start", payload: {} });
    await goTo(f, "divergence");
    await p1.must({ type: "note.add", payload: { noteId: "a1", text: "Secret-de-Laura: la convention arrive après le début du stage" } });
    await p2.must({ type: "note.add", payload: { noteId: "b1", text: "Secret-de-Julien: personne ne répond au téléphone" } });
    await p1.must({ type: "note.edit", payload: { noteId: "a1", text: "Secret-de-Laura-bis: la convention arrive trop tard" } });
    await f.until(() => Object.keys(f.state.notes).length === 2, "counts at the facilitator");
    await p2.until(() => p2.state.notes.a1 !== undefined, "count at p2");
    expect(p2.frames.join("\n")).not.toContain("Secret-de-Laura");
    expect(f.frames.join("\n")).not.toContain("Secret-de-");
    expect(p1.frames.join("\n")).not.toContain("Secret-de-Julien");
    expect(p2.state.notes.a1).toMatchObject({ authorId: p1.me?.participantId, text: null });
    await goTo(f, "sharing");
    await f.must({ type: "notes.reveal", payload: {} });
    await p2.until(() => p2.state.notes.a1?.text === "Secret-de-Laura-bis: la convention arrive trop tard", "revealed at p2");
    await f.until(() => f.state.notes.b1?.text?.startsWith("Secret-de-Julien") ?? false, "revealed at the facilitator");
  });

  it("enforces the dot budget over the socket and keeps votes anonymous until closed", async () => {
    const { f, p1, p2 } = await room();
    await f.must({ type: "workshop.start", payload: {} });
    await goTo(f, "divergence");
    await p1.must({ type: "note.add", payload: { noteId: "v1", text: "Idée A" } });
    await p2.must({ type: "note.add", payload: { noteId: "v2", text: "Idée B" } });
    await goTo(f, "prioritisation");
    await f.must({ type: "vote.open", payload: { budget: 2, maxPerItem: 2 } });
    const vote = (itemId: string): WorkshopCommand => ({ type: "vote.cast", payload: { itemId, delta: 1 } });
    await p1.must(vote("v2"));
    await p1.must(vote("v2"));
    expect(await p1.send(vote("v1"))).toMatchObject({ t: "rejected", code: "vote_budget_exceeded" });
    await p2.must(vote("v1"));
    await p2.until(() => p2.state.vote.dotsCast === 3, "progress at p2");
    expect(p2.state.vote.ballots).toEqual({ [p2.me?.participantId as string]: { v1: 1 } });
    await f.must({ type: "vote.close", payload: {} });
    await p2.until(() => p2.state.vote.results !== null, "results at p2");
    expect(p2.state.vote.results).toEqual({ v1: 1, v2: 2 });
  });

  it("commits a command sent twice once, and acknowledges both", async () => {
    const { f, p1 } = await room();
    await f.must({ type: "workshop.start", payload: {} });
    await goTo(f, "divergence");
    const note: WorkshopCommand = { type: "note.add", payload: { noteId: "d1", text: "Envoyée deux fois" } };
    const first = await p1.send(note, "same-id");
    const second = await p1.send(note, "same-id");
    expect(first).toMatchObject({ t: "ack" });
    expect(second).toEqual(first);
    const rows = await t.ctx.db.select().from(workshopEvents).where(eq(workshopEvents.clientMutationId, "same-id"));
    expect(rows).toHaveLength(1);
  });

  it("brings a reconnecting browser up to date from the log", async () => {
    const { workshop, f, p1 } = await room();
    await f.must({ type: "workshop.start", payload: {} });
    p1.close();
    await goTo(f, "divergence");
    await f.must({ type: "timer.start", payload: { seconds: 900 } });
    await p1.connect();
    await p1.until(() => p1.state.seq === f.state.seq, "caught up");
    expect(p1.state.timer.status).toBe("running");
    expect(p1.state.agenda[p1.state.phaseIndex]?.phase).toBe("divergence");
    const rows = await t.ctx.db.select().from(workshopEvents).where(eq(workshopEvents.workshopId, workshop.id)).orderBy(workshopEvents.seq);
    expect(rows.map((row) => row.seq)).toEqual(rows.map((_row, index) => index + 1));
    expect(rows.at(-1)?.seq).toBe(f.state.seq);
  });
});

/** A valid payload for every command: the rules, not the schema, must be what refuses them. */
const samples: { [T in CommandType]: Extract<WorkshopCommand, { type: T }>["payload"] } = {
  "workshop.start": {},
  "workshop.close": {},
  "agenda.set": { agenda: [{ id: "p1", phase: "opening", minutes: 10 }] },
  "phase.goto": { index: 1 },
  "timer.start": { seconds: 60 },
  "timer.pause": {},
  "timer.resume": {},
  "timer.add": { seconds: 60 },
  "timer.reset": {},
  "board.lock": { locked: true },
  "followMe.set": { active: true, view: "board" },
  "participant.ready": { ready: true },
  "notes.reveal": {},
  "note.add": { noteId: "x1", text: "Une idée" },
  "note.edit": { noteId: "x1", text: "Une idée" },
  "note.delete": { noteId: "x1" },
  "note.move": { noteId: "x1", clusterId: null },
  "cluster.create": { clusterId: "k1", name: "Groupe", noteIds: [] },
  "cluster.rename": { clusterId: "k1", name: "Groupe" },
  "cluster.merge": { sourceId: "k1", targetId: "k2" },
  "cluster.delete": { clusterId: "k1" },
  "item.attach": { itemId: "x1", attachment: null },
  "vote.open": { budget: 3, maxPerItem: 2 },
  "vote.cast": { itemId: "x1", delta: 1 },
  "vote.close": {},
  "matrix.place": { itemId: "x1", impact: 0.5, effort: 0.5 },
  "matrix.remove": { itemId: "x1" },
  "scoring.open": { criteria: [{ id: "c", name: "Impact" }] },
  "score.set": { itemId: "x1", criterionId: "c", value: 3 },
  "scoring.close": {},
  "decision.add": { decisionId: "d1", text: "On avance le planning" },
  "decision.remove": { decisionId: "d1" },
  "action.add": { actionId: "a1", title: "Envoyer le planning", ownerName: "Marie", dueDate: "2027-01-15" },
  "action.remove": { actionId: "a1" },
  "feeling.set": { word: "Motivée" },
  "groups.set": {
    groups: [
      { groupId: "g1", name: "A", participantIds: [] },
      { groupId: "g2", name: "B", participantIds: [] },
    ],
  },
  "groups.merge": {},
  "facilitation.handover": { participantId: "nobody" },
  "facilitation.share": { participantId: "nobody" },
};

describe("every command's rules through the socket", () => {
  it("refuses each facilitator command to participants and every writing command to observers", async () => {
    const { workshop, f, p1 } = await room();
    const observer = await live(people.admin, workshop.id);
    await f.must({ type: "workshop.start", payload: {} });
    for (const type of commandTypes) {
      const command = { type, payload: samples[type] } as WorkshopCommand;
      const byObserver = await observer.send(command);
      if (type === "feeling.set") expect(byObserver, type).toMatchObject({ t: "rejected", code: "wrong_phase" });
      else expect(byObserver, type).toMatchObject({ t: "rejected", code: "forbidden_role" });
      const byParticipant = await p1.send(command);
      const producing = ["note.", "cluster.", "item.", "vote.cast", "matrix.", "score.set", "feeling.", "participant.ready"].some((prefix) => type.startsWith(prefix));
      if (producing) expect(byParticipant, type).not.toMatchObject({ code: "forbidden_role" });
      else expect(byParticipant, type).toMatchObject({ t: "rejected", code: "forbidden_role" });
    }
  });

  it("refuses in the wrong phase what belongs to another phase", async () => {
    const { f, p1 } = await room();
    await f.must({ type: "workshop.start", payload: {} });
    // Opening: nothing to write, arrange, vote or score yet.
    for (const type of ["note.add", "note.move", "cluster.create", "item.attach", "vote.cast", "matrix.place", "score.set", "feeling.set"] as const) {
      expect(await p1.send({ type, payload: samples[type] } as WorkshopCommand), type).toMatchObject({ t: "rejected", code: "wrong_phase" });
    }
    for (const type of ["vote.open", "scoring.open"] as const) {
      expect(await f.send({ type, payload: samples[type] } as WorkshopCommand), type).toMatchObject({ t: "rejected", code: "wrong_phase" });
    }
  });
});

describe("two app nodes on one database", () => {
  let nodeB: Tutti;
  let urlB: string;
  beforeAll(async () => {
    nodeB = await bootTutti(t.ctx.env, t.databaseUrl, t.ctx.databaseKind, { jobPollMs: 200 });
    urlB = await nodeB.app.listen({ port: 0, host: "127.0.0.1" });
  });
  afterAll(async () => {
    await nodeB.close();
  });

  it("shows each participant the other's notes live, and presence across nodes", async () => {
    const workshop = await insertWorkshop(t.ctx.db, orgId, [
      [people.manager, "facilitator"],
      [people.staff, "participant"],
      [people.viewer, "participant"],
    ]);
    const f = await live(people.manager, workshop.id);
    const onA = await live(people.staff, workshop.id);
    const onB = await live(people.viewer, workshop.id, urlB);
    await onB.until(() => onB.online.length === 3, "presence of the three on node B");
    await f.must({ type: "workshop.start", payload: {} });
    await goTo(f, "divergence");
    await onB.until(() => onB.state.agenda[onB.state.phaseIndex]?.phase === "divergence", "phase on node B");
    await onA.must({ type: "note.add", payload: { noteId: "na", text: "Écrite sur le nœud A" } });
    await onB.must({ type: "note.add", payload: { noteId: "nb", text: "Écrite sur le nœud B" } });
    await onA.until(() => onA.state.notes.nb !== undefined, "B's note counted on A");
    expect(onA.frames.join("")).not.toContain("nœud B");
    await goTo(f, "sharing");
    await f.must({ type: "notes.reveal", payload: {} });
    await onB.until(() => onB.state.notes.na?.text === "Écrite sur le nœud A", "A's note on B after the reveal");
    await onA.until(() => onA.state.notes.nb?.text === "Écrite sur le nœud B", "B's note on A after the reveal");
    onB.close();
    await onA.until(() => onA.online.length === 2, "B's participant gone");
  });
});
