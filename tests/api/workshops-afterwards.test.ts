/** After a workshop: minutes from the event log, improvement actions, merge into the journey, photos. */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JourneyMap } from "../../shared/schemas/journeys.js";
import type { ImprovementAction, Workshop, WorkshopMinutes } from "../../shared/schemas/workshops.js";
import { defaultAgenda } from "../../shared/workshops/formats.js";
import { replay } from "../../shared/workshops/reducer.js";
import type { StoredEvent } from "../../shared/workshops/events.js";
import sharp from "sharp";
import { auditEvents, improvementActions, laneCells, workshopEvents, workshopPhotos } from "../../server/db/schema.js";
import { maxPhotoSide } from "../../server/modules/workshops/photo-image.js";
import { loadEvents } from "../../server/modules/workshops/workshops.queries.js";
import { recordWorkshopClosed } from "../../server/modules/workshops/close.service.js";
import { type Agent, organisationWithRoles } from "../factories.js";
import { createTestApp, type TestApp } from "../test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.destroy());

const url = (orgId: string, path = "") => `/api/v1/organisations/${orgId}/workshops${path}`;

/** A closed discovery workshop on a journey, its log written event by event as the live room would. */
async function runWorkshop(t: TestApp) {
  const { orgId, people } = await organisationWithRoles(t);
  const map: JourneyMap = (await people.manager.post(`/api/v1/organisations/${orgId}/journeys`, { templateKey: "online-admission" })).json();
  const step = map.stages[0]?.steps[0];
  const learner = map.lanes.find((lane) => lane.category === "learner");
  const teacherLane = map.lanes.find((lane) => lane.category !== "learner");
  if (!step || !learner || !teacherLane) throw new Error("template without steps or lanes");
  const created: Workshop = (
    await people.manager.post(url(orgId), { title: "Admission en ligne", format: "discovery", journeyId: map.journey.id, scheduledAt: "2026-03-12T09:00:00Z" })
  ).json();
  const withStaff: Workshop = (
    await people.manager.post(url(orgId, `/${created.id}/participants`), { userId: people.staff.user.id, role: "participant" })
  ).json();
  const withViewer: Workshop = (
    await people.manager.post(url(orgId, `/${created.id}/participants`), { userId: people.viewer.user.id, role: "observer" })
  ).json();
  const p1 = withStaff.participants.find((p) => p.role === "facilitator")?.id as string;
  const p2 = withStaff.participants.find((p) => p.role === "participant")?.id as string;
  void withViewer;
  const pain = { stepId: step.id, stakeholderTypeId: learner.stakeholderTypeId, kind: "pain", emotion: null };
  const steps: [string, string | null, Record<string, unknown>][] = [
    ["workshop.start", p1, { agenda: defaultAgenda("discovery") }],
    ["participant.joined", null, { participantId: p1, name: "Person manager", role: "facilitator", stakeholderTypeId: null }],
    ["participant.joined", null, { participantId: p2, name: "Person staff", role: "participant", stakeholderTypeId: null }],
    ["note.add", p1, { noteId: "n1", text: "Un tuteur pour chaque candidat" }],
    ["note.add", p2, { noteId: "n2", text: "Relances perdues" }],
    ["note.add", p2, { noteId: "n3", text: "Personne ne répond au téléphone" }],
    ["notes.reveal", p1, {}],
    ["cluster.create", p1, { clusterId: "c1", name: "Communication", noteIds: ["n2", "n3"] }],
    ["item.attach", p1, { itemId: "c1", attachment: pain }],
    ["item.attach", p1, { itemId: "n1", attachment: { ...pain, kind: "opportunity" } }],
    ["item.attach", p1, { itemId: "n3", attachment: { stepId: step.id, stakeholderTypeId: teacherLane.stakeholderTypeId, kind: "emotion", emotion: -2 } }],
    ["vote.open", p1, { budget: 3, maxPerItem: 2 }],
    ["vote.cast", p1, { itemId: "c1", delta: 1 }],
    ["vote.cast", p2, { itemId: "c1", delta: 1 }],
    ["vote.cast", p2, { itemId: "n1", delta: 1 }],
    ["vote.close", p1, { totals: { c1: 2, n1: 1 } }],
    ["matrix.place", p1, { itemId: "c1", impact: 0.8, effort: 0.3 }],
    ["scoring.open", p1, { criteria: [{ id: "k1", name: "Impact apprenant" }] }],
    ["score.set", p1, { itemId: "c1", criterionId: "k1", value: 4, isNew: true }],
    ["score.set", p2, { itemId: "c1", criterionId: "k1", value: 2, isNew: true }],
    ["scoring.close", p1, { results: { "c1:k1": [2, 4] } }],
    ["decision.add", p1, { decisionId: "d1", text: "Un numéro unique pour les candidats" }],
    ["action.add", p1, { actionId: "a1", title: "Rappeler chaque candidat sous 48 h", ownerName: "Laura Martin", dueDate: "2020-01-15" }],
    ["action.add", p1, { actionId: "a2", title: "Réécrire le courriel de relance", ownerName: "Karim Benali", dueDate: null }],
    ["feeling.set", p1, { word: "motivée" }],
    ["feeling.set", p2, { word: "soulagé" }],
    ["workshop.close", p1, {}],
  ];
  const start = Date.parse("2026-03-12T09:00:00Z");
  await t.ctx.db.insert(workshopEvents).values(
    steps.map(([type, actorId, payload], index) => ({
      organisationId: orgId,
      workshopId: created.id,
      seq: index + 1,
      type,
      actorId,
      payload,
      at: new Date(start + index * 60_000),
    })),
  );
  return { orgId, people, map, step, learner, teacherLane, workshopId: created.id, p1, p2 };
}

async function close(orgId: string, workshopId: string) {
  const events: StoredEvent[] = await loadEvents(t.ctx.db, orgId, workshopId);
  return t.ctx.db.transaction((tx) => recordWorkshopClosed(tx, orgId, workshopId, replay(events)));
}

describe("after a workshop", () => {
  it("builds the minutes from the event log: attendance, clusters, votes, matrix, scores, decisions, actions, feelings", async () => {
    const { orgId, people, workshopId, p1, p2 } = await runWorkshop(t);
    await close(orgId, workshopId);
    const response = await people.guest.get(url(orgId, `/${workshopId}/minutes`));
    expect(response.statusCode).toBe(404);
    const minutes: WorkshopMinutes = (await people.staff.get(url(orgId, `/${workshopId}/minutes`))).json();
    expect(minutes.workshop.status).toBe("closed");
    expect(minutes.attendance.map((a) => [a.participantId, a.isPresent])).toEqual([
      [p1, true],
      [p2, true],
      [expect.any(String), false],
    ]);
    expect(minutes.clusters).toEqual([
      expect.objectContaining({
        name: "Communication",
        notes: [
          expect.objectContaining({ text: "Relances perdues", authorName: "Person staff" }),
          expect.objectContaining({ text: "Personne ne répond au téléphone" }),
        ],
      }),
    ]);
    expect(minutes.looseNotes.map((n) => n.text)).toEqual(["Un tuteur pour chaque candidat"]);
    expect(minutes.votes?.results).toEqual([
      { itemId: "c1", label: "Communication", dots: 2 },
      { itemId: "n1", label: "Un tuteur pour chaque candidat", dots: 1 },
    ]);
    expect(minutes.matrix).toEqual([{ itemId: "c1", label: "Communication", impact: 0.8, effort: 0.3, quadrant: "quick_win" }]);
    expect(minutes.scoring?.items[0]?.scores.k1).toEqual({ n: 2, mean: 3, median: 3, min: 2, max: 4, standardDeviation: 1 });
    expect(minutes.decisions.map((d) => d.text)).toEqual(["Un numéro unique pour les candidats"]);
    expect(minutes.actions.map((a) => [a.title, a.ownerName, a.status])).toEqual([
      ["Rappeler chaque candidat sous 48 h", "Laura Martin", "open"],
      ["Réécrire le courriel de relance", "Karim Benali", "open"],
    ]);
    expect(minutes.feelings.sort()).toEqual(["motivée", "soulagé"]);
  });

  it("creates the improvement actions once, however often the close is recorded", async () => {
    const { orgId, people, workshopId } = await runWorkshop(t);
    expect(await close(orgId, workshopId)).toBe(2);
    expect(await close(orgId, workshopId)).toBe(0);
    const rows = await t.ctx.db.select().from(improvementActions).where(eq(improvementActions.workshopId, workshopId));
    expect(rows).toHaveLength(2);
    const list: ImprovementAction[] = (await people.viewer.get(`/api/v1/organisations/${orgId}/improvement-actions`)).json();
    const overdue = list.find((a) => a.title.startsWith("Rappeler"));
    expect(overdue).toMatchObject({ isOverdue: true, status: "open", workshopId, workshopTitle: "Admission en ligne", dueDate: "2020-01-15" });
    const onlyOverdue: ImprovementAction[] = (await people.viewer.get(`/api/v1/organisations/${orgId}/improvement-actions?overdue=true`)).json();
    expect(onlyOverdue.map((a) => a.title)).toEqual(["Rappeler chaque candidat sous 48 h"]);
    const byOwner: ImprovementAction[] = (await people.viewer.get(`/api/v1/organisations/${orgId}/improvement-actions?owner=karim`)).json();
    expect(byOwner.map((a) => a.ownerName)).toEqual(["Karim Benali"]);

    expect((await people.viewer.patch(`/api/v1/organisations/${orgId}/improvement-actions/${overdue?.id}`, { status: "done" })).statusCode).toBe(403);
    const done = await people.manager.patch(`/api/v1/organisations/${orgId}/improvement-actions/${overdue?.id}`, { status: "done" });
    expect(done.json()).toMatchObject({ status: "done", isOverdue: false, ownerName: "Laura Martin" });
    expect((await people.manager.get(`/api/v1/organisations/${orgId}/improvement-actions?status=done`)).json()).toHaveLength(1);

    const byHand = await people.manager.post(`/api/v1/organisations/${orgId}/improvement-actions`, {
      title: "Former l'accueil",
      ownerName: "Laura",
      dueDate: "2031-01-01",
    });
    expect(byHand.statusCode).toBe(201);
    expect(byHand.json()).toMatchObject({ workshopId: null, status: "open", isOverdue: false });
    expect((await people.manager.post(`/api/v1/organisations/${orgId}/improvement-actions`, { title: "", dueDate: "demain" })).statusCode).toBe(400);

    const other = await organisationWithRoles(t);
    expect((await other.owner.patch(`/api/v1/organisations/${other.orgId}/improvement-actions/${overdue?.id}`, { status: "open" })).statusCode).toBe(404);
    expect((await other.owner.get(`/api/v1/organisations/${orgId}/improvement-actions`)).statusCode).toBe(404);
  });

  it("merges accepted items into the journey's cells with a trace, once", async () => {
    const { orgId, people, workshopId, step, learner, teacherLane, map } = await runWorkshop(t);
    const before = map.cells.find((c) => c.stepId === step.id && c.stakeholderTypeId === learner.stakeholderTypeId);
    expect((await people.manager.post(url(orgId, `/${workshopId}/merge`), { itemIds: ["c1"] })).json().code).toBe("conflict");
    await close(orgId, workshopId);
    const candidates = (await people.manager.get(url(orgId, `/${workshopId}/merge`))).json();
    expect(candidates.items.map((i: { itemId: string; isMerged: boolean }) => [i.itemId, i.isMerged]).sort()).toEqual([
      ["c1", false],
      ["n1", false],
      ["n3", false],
    ]);
    expect((await people.staff.post(url(orgId, `/${workshopId}/merge`), { itemIds: ["c1"] })).statusCode).toBe(403);

    const first = await people.manager.post(url(orgId, `/${workshopId}/merge`), { itemIds: ["c1", "n1", "n3"] });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ merged: 3, skipped: 0 });
    expect(first.json().revision).toBeGreaterThan(map.journey.revision);
    const cellOf = async (stakeholderTypeId: string) =>
      (
        await t.ctx.db
          .select()
          .from(laneCells)
          .where(and(eq(laneCells.stepId, step.id), eq(laneCells.stakeholderTypeId, stakeholderTypeId)))
      )[0];
    const cell = await cellOf(learner.stakeholderTypeId);
    const trace = "(atelier « Admission en ligne », 12 mars 2026)";
    expect(cell?.painPoints).toContain(`Communication : Relances perdues ; Personne ne répond au téléphone ${trace}`);
    if (before?.painPoints) expect(cell?.painPoints.startsWith(before.painPoints.trimEnd())).toBe(true);
    expect(cell?.opportunities).toContain(`Un tuteur pour chaque candidat ${trace}`);
    expect((await cellOf(teacherLane.stakeholderTypeId))?.emotion).toBe(-2);

    const again = await people.manager.post(url(orgId, `/${workshopId}/merge`), { itemIds: ["c1", "n1", "n3"] });
    expect(again.json()).toMatchObject({ merged: 0, skipped: 3 });
    const after = await cellOf(learner.stakeholderTypeId);
    expect(after?.painPoints).toBe(cell?.painPoints);
    expect(after?.opportunities).toBe(cell?.opportunities);
    const merged = (await people.manager.get(url(orgId, `/${workshopId}/merge`))).json();
    expect(merged.mergedAt).not.toBeNull();
    expect(merged.items.every((i: { isMerged: boolean }) => i.isMerged)).toBe(true);
    const audit = await t.ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organisationId, orgId), eq(auditEvents.action, "workshop.merged")));
    expect(audit).toHaveLength(2);
  });

  it("keeps photos of paper walls: images only, checked by content, visible to readers, deleted by managers", async () => {
    const { orgId, people, workshopId } = await runWorkshop(t);
    const png = await sharp({ create: { width: 8, height: 6, channels: 3, background: "#f5c842" } })
      .png()
      .toBuffer();
    const upload = (agent: Agent, body: Buffer, type: string) =>
      t.app.inject({
        method: "POST",
        url: url(orgId, `/${workshopId}/photos?caption=${encodeURIComponent("Mur des irritants")}`),
        headers: { origin: "http://localhost:3999", cookie: [...agent.cookies].map(([k, v]) => `${k}=${v}`).join("; "), "content-type": type },
        payload: body,
      });
    const fake = await upload(people.manager, Buffer.from("<svg onload=alert(1)>"), "image/png");
    expect(fake.statusCode).toBe(400);
    // The first bytes of a PNG are not enough: what follows must decode as one.
    const magicOnly = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
    expect((await upload(people.manager, magicOnly, "image/png")).statusCode).toBe(400);
    expect((await upload(people.staff, png, "image/png")).statusCode).toBe(403);
    expect((await upload(people.manager, Buffer.alloc(9 * 1024 * 1024, 0xff), "image/jpeg")).statusCode).toBe(413);
    const ok = await upload(people.manager, png, "image/png");
    expect(ok.statusCode, ok.body).toBe(201);
    const photo = ok.json();
    expect(photo).toMatchObject({ caption: "Mur des irritants", contentType: "image/png" });
    const list = (await people.viewer.get(url(orgId, `/${workshopId}/photos`))).json();
    expect(list.map((p: { id: string }) => p.id)).toEqual([photo.id]);
    const image = await people.viewer.get(photo.url);
    expect(image.headers["content-type"]).toBe("image/png");
    expect(image.rawPayload.length).toBe(photo.byteSize);
    expect(await sharp(image.rawPayload).metadata()).toMatchObject({ format: "png", width: 8, height: 6 });
    const other = await organisationWithRoles(t);
    expect((await other.owner.get(photo.url)).statusCode).toBe(404);
    expect((await people.viewer.delete(photo.url)).statusCode).toBe(403);
    expect((await people.manager.delete(photo.url)).statusCode).toBe(204);
    expect((await people.viewer.get(photo.url)).statusCode).toBe(404);
  });
  it("stores polyglot images without their payload: decoded and drawn again, metadata dropped, size capped", async () => {
    const { orgId, people, workshopId } = await runWorkshop(t);
    const upload = (body: Buffer, type: string) =>
      t.app.inject({
        method: "POST",
        url: url(orgId, `/${workshopId}/photos`),
        headers: { origin: "http://localhost:3999", cookie: [...people.manager.cookies].map(([k, v]) => `${k}=${v}`).join("; "), "content-type": type },
        payload: body,
      });
    const payload = "<html><script>alert(document.cookie)</script></html>";
    const base = sharp({ create: { width: 40, height: 30, channels: 3, background: "#3366cc" } });
    const attacks: [string, Buffer][] = [
      ["image/png", Buffer.concat([await base.clone().png().toBuffer(), Buffer.from(payload)])],
      [
        "image/jpeg",
        Buffer.concat([
          await base
            .clone()
            .jpeg()
            .withExif({ IFD0: { ImageDescription: payload } })
            .toBuffer(),
          Buffer.from(payload),
        ]),
      ],
      ["image/webp", Buffer.concat([await base.clone().webp().toBuffer(), Buffer.from(payload)])],
    ];
    for (const [type, body] of attacks) {
      expect(body.includes(payload)).toBe(true);
      const stored = await upload(body, type);
      expect(stored.statusCode, stored.body).toBe(201);
      const served = await people.viewer.get(stored.json().url);
      expect(served.headers["content-type"]).toBe(type);
      expect(served.rawPayload.includes("<script")).toBe(false);
      expect(served.rawPayload.includes("<html")).toBe(false);
      const [row] = await t.ctx.db.select({ data: workshopPhotos.data }).from(workshopPhotos).where(eq(workshopPhotos.id, stored.json().id));
      expect(row?.data.includes(payload)).toBe(false);
      expect(await sharp(served.rawPayload).metadata()).toMatchObject({ width: 40, height: 30 });
    }
    // HTML sent as an image, an image of another type sent as a photo, a truncated PNG: refused.
    expect((await upload(Buffer.from(`${payload}\n`), "image/png")).statusCode).toBe(400);
    const gif = await base.clone().gif().toBuffer();
    expect((await upload(gif, "image/png")).statusCode).toBe(400);
    const whole = await base.clone().png().toBuffer();
    expect((await upload(whole.subarray(0, Math.floor(whole.length / 2)), "image/png")).statusCode).toBe(400);
    // A very large photo is scaled down to the cap.
    const huge = await sharp({ create: { width: maxPhotoSide * 2, height: 100, channels: 3, background: "#ffffff" } })
      .jpeg()
      .toBuffer();
    const scaled = await upload(huge, "image/jpeg");
    expect(scaled.statusCode).toBe(201);
    const meta = await sharp((await people.viewer.get(scaled.json().url)).rawPayload).metadata();
    expect(meta.width).toBe(maxPhotoSide);
  });
});
