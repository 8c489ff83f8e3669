/**
 * Issue 10, finding 2, as the attack: during divergence (before the reveal) every reader of a
 * workshop asked the HTTP routes for the minutes, the merge candidates, the facts pack and the
 * search, and got everyone's notes with their authors. The rule of the live room — no one sees
 * another's note before the reveal, nor another sub-group's — must hold there too.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Workshop, WorkshopMinutes } from "../../shared/schemas/workshops.js";
import { defaultAgenda } from "../../shared/workshops/formats.js";
import { workshopEvents } from "../../server/db/schema.js";
import { type Agent, organisationWithRoles } from "../factories.js";
import { createTestApp, type TestApp } from "../test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.destroy());

const url = (orgId: string, path = "") => `/api/v1/organisations/${orgId}/workshops${path}`;
const staffSecret = "SECRET-STAFF-relances-perdues";
const guestSecret = "SECRET-GUEST-tuteur-absent";
const adminSecret = "SECRET-ADMIN-autre-sous-groupe";

/**
 * A live workshop in divergence: the manager facilitates; staff and the guest are in sub-group
 * g1, the admin in g2; the viewer reads without taking part. Staff, guest and admin each wrote a
 * silent note; nothing is revealed.
 */
async function workshopInDivergence() {
  const { orgId, people } = await organisationWithRoles(t);
  const created: Workshop = (await people.manager.post(url(orgId), { title: "Atelier des relances", format: "discovery" })).json();
  const add = async (agent: Agent) =>
    (await people.manager.post(url(orgId, `/${created.id}/participants`), { userId: agent.user.id, role: "participant" })).json() as Workshop;
  await add(people.staff);
  await add(people.guest);
  const workshop = await add(people.admin);
  const idOf = (agent: Agent) => workshop.participants.find((p) => p.userId === agent.user.id)?.id as string;
  const [pf, ps, pg, pa] = [idOf(people.manager), idOf(people.staff), idOf(people.guest), idOf(people.admin)];
  const agenda = defaultAgenda("discovery");
  const log: [string, string | null, Record<string, unknown>][] = [
    ["workshop.start", pf, { agenda }],
    ...[pf, ps, pg, pa].map((id): [string, null, Record<string, unknown>] => [
      "participant.joined",
      null,
      { participantId: id, name: `P ${id.slice(0, 4)}`, role: id === pf ? "facilitator" : "participant", stakeholderTypeId: null },
    ]),
    [
      "groups.set",
      pf,
      {
        groups: [
          { groupId: "g1", name: "Un", participantIds: [ps, pg] },
          { groupId: "g2", name: "Deux", participantIds: [pa] },
        ],
      },
    ],
    ["phase.goto", pf, { index: agenda.findIndex((item) => item.phase === "divergence") }],
    ["note.add", ps, { noteId: "n-staff", text: staffSecret }],
    ["note.add", pg, { noteId: "n-guest", text: guestSecret }],
    ["note.add", pa, { noteId: "n-admin", text: adminSecret }],
  ];
  await insertLog(orgId, created.id, log, 1);
  return { orgId, people, workshopId: created.id, pf, next: log.length + 1 };
}

async function insertLog(orgId: string, workshopId: string, log: [string, string | null, Record<string, unknown>][], from: number) {
  await t.ctx.db.insert(workshopEvents).values(
    log.map(([type, actorId, payload], index) => ({
      organisationId: orgId,
      workshopId,
      seq: from + index,
      type,
      actorId,
      payload,
      at: new Date(Date.now() + index),
    })),
  );
}

/** Every note text in the minutes, wherever it sits. */
const minutesTexts = (minutes: WorkshopMinutes) => [...minutes.looseNotes, ...minutes.clusters.flatMap((c) => c.notes)].map((n) => n.text);

describe("silent notes over HTTP (issue 10, finding 2)", () => {
  it("shows no one another's note before the reveal, nor another sub-group's, in the minutes", async () => {
    const { orgId, people, workshopId } = await workshopInDivergence();
    const minutesOf = async (agent: Agent) => {
      const response = await agent.get(url(orgId, `/${workshopId}/minutes`));
      expect(response.statusCode, response.body).toBe(200);
      return { body: response.body, texts: minutesTexts(response.json()) };
    };
    const secrets = [staffSecret, guestSecret, adminSecret];
    const leaked = (body: string) => secrets.filter((secret) => body.includes(secret));
    // A reader who is not in the room (viewer), the facilitator (manager), an owner: nothing.
    for (const agent of [people.viewer, people.manager, people.owner]) expect(leaked((await minutesOf(agent)).body)).toEqual([]);
    // Each author sees their own note, and only theirs — not their sub-group's, not the other's.
    expect(leaked((await minutesOf(people.staff)).body)).toEqual([staffSecret]);
    expect(leaked((await minutesOf(people.guest)).body)).toEqual([guestSecret]);
    expect(leaked((await minutesOf(people.admin)).body)).toEqual([adminSecret]);
    // The existence of another's note does not come with its author either: it is not listed.
    expect((await minutesOf(people.viewer)).texts).toEqual([]);
    expect((await minutesOf(people.staff)).texts).toEqual([staffSecret]);
  });

  it("leaks no silent note through the merge candidates, the facts pack or the search", async () => {
    const { orgId, people, workshopId } = await workshopInDivergence();
    const secrets = [staffSecret, guestSecret, adminSecret];
    const paths = [`/${workshopId}/merge`, `/${workshopId}/facts`, `/${workshopId}`, `?q=${encodeURIComponent(staffSecret)}`, `?view=upcoming&q=SECRET`];
    for (const agent of [people.manager, people.admin, people.owner, people.viewer, people.staff, people.guest]) {
      for (const path of paths) {
        const response = await agent.get(url(orgId, path));
        expect(response.statusCode, `${path} ${response.body}`).toBeLessThan(500);
        expect(
          secrets.filter((secret) => response.body.includes(secret)),
          path,
        ).toEqual([]);
      }
    }
  });

  it("shows the notes once revealed, still each sub-group its own until they are merged", async () => {
    const { orgId, people, workshopId, pf, next } = await workshopInDivergence();
    await insertLog(orgId, workshopId, [["notes.reveal", pf, {}]], next);
    const texts = async (agent: Agent) => minutesTexts((await agent.get(url(orgId, `/${workshopId}/minutes`))).json()).sort();
    expect(await texts(people.guest)).toEqual([guestSecret, staffSecret].sort());
    expect(await texts(people.admin)).toEqual([adminSecret]);
    expect(await texts(people.manager)).toEqual([adminSecret, guestSecret, staffSecret].sort());
    await insertLog(orgId, workshopId, [["groups.merge", pf, {}]], next + 1);
    for (const agent of [people.viewer, people.guest, people.admin]) expect(await texts(agent)).toEqual([adminSecret, guestSecret, staffSecret].sort());
  });
});
