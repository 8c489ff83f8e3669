/**
 * Issue 12, item 2: the convocation of each participant. Everyone receives the brief and its .ics
 * once, whenever they are added (not only those listed when the brief first went out); a change of
 * date or place sends those convoked an update (METHOD:REQUEST, same UID, SEQUENCE one more); a
 * participant removed, a workshop deleted or taken back to draft, a METHOD:CANCEL; an outsider's
 * invitation names the workshop, its date and place. Through HTTP, the real SMTP server, the job runner.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Workshop } from "../../shared/schemas/workshops.js";
import { emails } from "../../server/db/schema.js";
import { sendWorkshopBrief } from "../../server/modules/workshops/brief.service.js";
import { acceptWorkshopInvitation } from "../../server/modules/workshops/index.js";
import { type Agent, organisationWithRoles, uniqueEmail } from "../factories.js";
import { type SmtpCatcher, startSmtpCatcher } from "../smtp-catcher.js";
import { createTestApp, type TestApp } from "../test-app.js";

let smtp: SmtpCatcher;
let t: TestApp;
beforeAll(async () => {
  smtp = await startSmtpCatcher();
  t = await createTestApp({ SMTP_URL: smtp.url });
});
afterAll(async () => {
  await t.destroy();
  smtp.close();
});

const day = 86_400_000;
const calendarKinds = ["workshop_brief", "workshop_update", "workshop_cancelled"];

/** The workshop e-mails written to `to`, oldest first, once every one of them has been handled. */
async function calendarMailsTo(to: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    await t.jobs.drain();
    const rows = await t.ctx.db
      .select()
      .from(emails)
      .where(and(eq(emails.toAddress, to), inArray(emails.kind, calendarKinds)))
      .orderBy(asc(emails.createdAt));
    if (rows.every((row) => row.status === "sent")) return rows;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`e-mails to ${to} not sent`);
}

/** The .ics files delivered to `to`, oldest first, long lines unfolded (RFC 5545, 3.1). */
const icsTo = (to: string) =>
  smtp.received
    .filter((m) => m.to === to)
    .flatMap((m) => m.attachments.filter((a) => a.filename.endsWith(".ics")).map((a) => a.content.replace(/\r\n[ \t]/g, "")));

const icsStamp = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

async function soonWorkshop(manager: Agent, orgId: string, at: Date): Promise<Workshop> {
  const created = await manager.post(`/api/v1/organisations/${orgId}/workshops`, {
    title: "Parcours des apprentis",
    format: "validation",
    location: "Salle du conseil",
    scheduledAt: at.toISOString(),
    status: "scheduled",
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json();
}

const inDays = (days: number) => {
  const at = new Date(Date.now() + days * day);
  at.setUTCSeconds(0, 0);
  return at;
};

describe("the convocation of each participant (issue 12, item 2)", () => {
  it("sends the brief with its .ics to someone added after it went out, once, then updates and cancels it", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const at = inDays(3);
    const workshop = await soonWorkshop(people.manager, orgId, at);
    const url = `/api/v1/organisations/${orgId}/workshops/${workshop.id}`;
    // Less than seven days away: the brief went at creation, to the only participant then, the facilitator.
    expect((await calendarMailsTo(people.manager.user.email)).map((m) => m.kind)).toEqual(["workshop_brief"]);

    const added = await people.manager.post(`${url}/participants`, { userId: people.staff.user.id, role: "participant" });
    expect(added.statusCode, added.body).toBe(201);
    expect((await calendarMailsTo(people.staff.user.email)).map((m) => m.kind)).toEqual(["workshop_brief"]);
    const [brief] = icsTo(people.staff.user.email);
    expect(brief).toContain("METHOD:REQUEST");
    expect(brief).toContain(`UID:workshop-${workshop.id}@tutti`);
    expect(brief).toContain("SEQUENCE:0");
    expect(brief).toContain(`DTSTART:${icsStamp(at)}`);
    expect(brief).toContain(people.staff.user.email);
    // The participant's own .ics: the others' addresses are not in it.
    expect(brief).not.toContain(people.manager.user.email);
    // The page says, for each participant, that it was sent and when.
    const shown: Workshop = (await people.manager.get(url)).json();
    expect(shown.participants.map((p) => [p.userId, typeof p.convocationSentAt])).toEqual([
      [people.manager.user.id, "string"],
      [people.staff.user.id, "string"],
    ]);

    // Added twice: refused, and still one brief; the brief's job run again sends nobody a second one.
    expect((await people.manager.post(`${url}/participants`, { userId: people.staff.user.id, role: "participant" })).statusCode).toBe(409);
    const job = await t.ctx.pool.query<{ payload: Record<string, unknown> }>(
      "SELECT payload FROM jobs WHERE kind = 'workshop.brief' AND payload->>'workshopId' = $1 ORDER BY id LIMIT 1",
      [workshop.id],
    );
    expect(await sendWorkshopBrief(t.ctx, job.rows[0]?.payload ?? {})).toBe("already_sent");
    expect((await calendarMailsTo(people.staff.user.email)).map((m) => m.kind)).toEqual(["workshop_brief"]);
    expect((await calendarMailsTo(people.manager.user.email)).map((m) => m.kind)).toEqual(["workshop_brief"]);

    // The date moves: an update to each, same UID, SEQUENCE 1, the new time; no second brief.
    const moved = new Date(at.getTime() + day + 2 * 3600_000);
    expect((await people.manager.patch(url, { scheduledAt: moved.toISOString() })).statusCode).toBe(200);
    for (const person of [people.staff, people.manager]) {
      expect((await calendarMailsTo(person.user.email)).map((m) => m.kind)).toEqual(["workshop_brief", "workshop_update"]);
      const update = icsTo(person.user.email).at(-1);
      expect(update).toContain("METHOD:REQUEST");
      expect(update).toContain(`UID:workshop-${workshop.id}@tutti`);
      expect(update).toContain("SEQUENCE:1");
      expect(update).toContain(`DTSTART:${icsStamp(moved)}`);
    }
    // The place moves: SEQUENCE 2. Another change (the objective) sends nothing.
    expect((await people.manager.patch(url, { location: "Amphithéâtre B" })).statusCode).toBe(200);
    expect((await people.manager.patch(url, { objective: "Comprendre les abandons" })).statusCode).toBe(200);
    const staffMails = await calendarMailsTo(people.staff.user.email);
    expect(staffMails.map((m) => m.kind)).toEqual(["workshop_brief", "workshop_update", "workshop_update"]);
    expect(staffMails.at(-1)?.bodyText).toContain("Amphithéâtre B");
    expect(icsTo(people.staff.user.email).at(-1)).toContain("SEQUENCE:2");
    expect(icsTo(people.staff.user.email).at(-1)).toContain("LOCATION:Amphithéâtre B");

    // Removed: a CANCEL to them, SEQUENCE 3; nothing to the others.
    const staffRow = (added.json() as Workshop).participants.find((p) => p.userId === people.staff.user.id);
    expect((await people.manager.delete(`${url}/participants/${staffRow?.id}`)).statusCode).toBe(200);
    expect((await calendarMailsTo(people.staff.user.email)).at(-1)?.kind).toBe("workshop_cancelled");
    const cancel = icsTo(people.staff.user.email).at(-1);
    expect(cancel).toContain("METHOD:CANCEL");
    expect(cancel).toContain("STATUS:CANCELLED");
    expect(cancel).toContain(`UID:workshop-${workshop.id}@tutti`);
    expect(cancel).toContain("SEQUENCE:3");
    expect((await calendarMailsTo(people.manager.user.email)).map((m) => m.kind)).toEqual(["workshop_brief", "workshop_update", "workshop_update"]);

    // The workshop is deleted: a CANCEL to whoever was still convoked.
    expect((await people.manager.delete(url)).statusCode).toBe(204);
    expect((await calendarMailsTo(people.manager.user.email)).at(-1)?.kind).toBe("workshop_cancelled");
    expect(icsTo(people.manager.user.email).at(-1)).toContain("METHOD:CANCEL");
  });

  it("sends nobody anything before the window opens, then each participant once; back to draft cancels", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const at = inDays(20);
    const workshop = await soonWorkshop(people.manager, orgId, at);
    const url = `/api/v1/organisations/${orgId}/workshops/${workshop.id}`;
    expect((await people.manager.post(`${url}/participants`, { userId: people.staff.user.id, role: "participant" })).statusCode).toBe(201);
    expect(await calendarMailsTo(people.staff.user.email)).toEqual([]);
    expect(((await people.manager.get(url)).json() as Workshop).participants.map((p) => p.convocationSentAt)).toEqual([null, null]);
    const job = await t.ctx.pool.query<{ payload: Record<string, unknown> }>(
      "SELECT payload FROM jobs WHERE kind = 'workshop.brief' AND payload->>'workshopId' = $1 ORDER BY id LIMIT 1",
      [workshop.id],
    );
    expect(await sendWorkshopBrief(t.ctx, job.rows[0]?.payload ?? {}, new Date(at.getTime() - 7 * day))).toBe("sent");
    expect((await calendarMailsTo(people.staff.user.email)).map((m) => m.kind)).toEqual(["workshop_brief"]);
    expect((await calendarMailsTo(people.manager.user.email)).map((m) => m.kind)).toEqual(["workshop_brief"]);

    expect((await people.manager.patch(url, { status: "draft" })).statusCode).toBe(200);
    expect((await calendarMailsTo(people.staff.user.email)).map((m) => m.kind)).toEqual(["workshop_brief", "workshop_cancelled"]);
    expect(icsTo(people.staff.user.email).at(-1)).toContain("SEQUENCE:1");
  });

  it("convokes a guest of the organisation added later, and names the workshop, its date and place to an outsider", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const at = inDays(2);
    const workshop = await soonWorkshop(people.manager, orgId, at);
    const url = `/api/v1/organisations/${orgId}/workshops/${workshop.id}`;
    expect((await people.manager.post(`${url}/participants`, { userId: people.guest.user.id, role: "participant" })).statusCode).toBe(201);
    const [guestBrief] = await calendarMailsTo(people.guest.user.email);
    expect(guestBrief?.kind).toBe("workshop_brief");
    expect(icsTo(people.guest.user.email)[0]).toContain("METHOD:REQUEST");

    const outsider = uniqueEmail();
    const invited = await people.manager.post(`${url}/participants`, { email: outsider, name: "Camille Extérieure", role: "participant", locale: "fr" });
    expect(invited.statusCode, invited.body).toBe(201);
    // Invited, not a participant yet: the convocation comes when they accept.
    expect((invited.json() as Workshop).participants.find((p) => p.email === outsider)).toMatchObject({ isPending: true, convocationSentAt: null });
    const mail = smtp.received.find((m) => m.to === outsider) ?? (await waitForMail(outsider));
    expect(mail.subject).toContain("Parcours des apprentis");
    expect(mail.text).toContain("Parcours des apprentis");
    expect(mail.text).toContain("Salle du conseil");
    // The date in French, in the organisation's time zone.
    const paris = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat("fr-FR", { ...options, timeZone: "Europe/Paris" }).format(at);
    expect(mail.text).toContain(paris({ day: "numeric", month: "long", year: "numeric" }));
    expect(mail.text).toContain(paris({ hour: "2-digit", minute: "2-digit" }));

    // They accept (opening the workshop signed in with that address, verified): now a participant, convoked at once.
    const account = await t.ctx.pool.query<{ id: string }>(`UPDATE "user" SET "emailVerified" = true WHERE email = $1 RETURNING id`, [outsider]);
    expect(await acceptWorkshopInvitation(t.ctx, account.rows[0]?.id ?? "", workshop.id)).toBe(true);
    expect((await calendarMailsTo(outsider)).map((m) => m.kind)).toEqual(["workshop_brief"]);
    expect(icsTo(outsider)[0]).toContain("METHOD:REQUEST");
  });
});

async function waitForMail(to: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    await t.jobs.drain();
    const found = smtp.received.find((m) => m.to === to);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no e-mail to ${to}`);
}
