/** The brief seven days before a workshop: a durable job, the real SMTP server, a given "now". */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Workshop } from "../../shared/schemas/workshops.js";
import { sendWorkshopBrief } from "../../server/modules/workshops/brief.service.js";
import { type Agent, lastEmailTo, organisationWithRoles } from "../factories.js";
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
const jobsFor = async (workshopId: string) =>
  (
    await t.ctx.pool.query<{ payload: Record<string, unknown>; run_at: Date }>(
      "SELECT payload, run_at FROM jobs WHERE kind = 'workshop.brief' AND payload->>'workshopId' = $1 ORDER BY id",
      [workshopId],
    )
  ).rows;

/** A scheduled validation workshop at `at`, its creation checked. */
async function scheduleValidation(manager: Agent, orgId: string, title: string, at: Date): Promise<Workshop> {
  const created = await manager.post(`/api/v1/organisations/${orgId}/workshops`, { title, format: "validation", scheduledAt: at.toISOString(), status: "scheduled" });
  expect(created.statusCode).toBe(201);
  return created.json();
}

describe("the workshop brief", () => {
  it("plans the brief seven days ahead, skips a stale date, sends once with the .ics, in each participant's language", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    await t.ctx.pool.query(`UPDATE "user" SET locale = 'en' WHERE id = $1`, [people.staff.user.id]);
    const first = new Date(Date.now() + 30 * day);
    first.setUTCSeconds(0, 0);
    const created: Workshop = (
      await people.manager.post(`/api/v1/organisations/${orgId}/workshops`, {
        title: "Parcours des alternants",
        format: "discovery",
        objective: "Comprendre pourquoi les alternants décrochent en novembre",
        location: "Salle du conseil",
        scheduledAt: first.toISOString(),
        status: "draft",
      })
    ).json();
    expect(await jobsFor(created.id)).toEqual([]);
    expect(
      (await people.manager.post(`/api/v1/organisations/${orgId}/workshops/${created.id}/participants`, { userId: people.staff.user.id, role: "participant" }))
        .statusCode,
    ).toBe(201);
    expect((await people.manager.patch(`/api/v1/organisations/${orgId}/workshops/${created.id}`, { status: "scheduled" })).statusCode).toBe(200);
    const [planned] = await jobsFor(created.id);
    expect(planned?.run_at.getTime()).toBe(first.getTime() - 7 * day);

    const second = new Date(first.getTime() + 2 * day);
    expect((await people.manager.patch(`/api/v1/organisations/${orgId}/workshops/${created.id}`, { scheduledAt: second.toISOString() })).statusCode).toBe(200);
    const jobs = await jobsFor(created.id);
    expect(jobs).toHaveLength(2);
    const seventhDayBefore = new Date(second.getTime() - 7 * day);

    // The job planned for the old date does nothing.
    expect(await sendWorkshopBrief(t.ctx, jobs[0]?.payload ?? {}, seventhDayBefore)).toBe("date_changed");
    expect(await sendWorkshopBrief(t.ctx, jobs[1]?.payload ?? {}, seventhDayBefore)).toBe("sent");
    expect(await sendWorkshopBrief(t.ctx, jobs[1]?.payload ?? {}, seventhDayBefore)).toBe("already_sent");

    const toManager = await lastEmailTo(t, people.manager.user.email, "workshop_brief");
    const toStaff = await lastEmailTo(t, people.staff.user.email, "workshop_brief");
    expect(toManager.status).toBe("sent");
    expect(toStaff.status).toBe("sent");
    // Only the briefs (sign-up sent each person an address confirmation through the same SMTP).
    const isBrief = (m: { subject?: string }) => /Atelier «|Workshop "/.test(m.subject ?? "");
    const managerMail = smtp.received.filter((m) => m.to === people.manager.user.email && isBrief(m));
    expect(managerMail).toHaveLength(1);
    expect(managerMail[0]?.subject).toContain("Atelier « Parcours des alternants »");
    expect(managerMail[0]?.text).toContain("Notez trois situations");
    expect(managerMail[0]?.text).toContain("Salle du conseil");
    // The phases under the live room's names (shared/workshops/phase-names.ts), not the old agenda words.
    expect(managerMail[0]?.text).toContain("- Écriture silencieuse — 15 min");
    expect(managerMail[0]?.text).toContain("- Placement sur le parcours — 15 min");
    expect(managerMail[0]?.text).not.toMatch(/Divergence|Convergence|Consolidation/);
    expect(managerMail[0]?.text).toContain(`/workshops/${created.id}/live`);
    const ics = managerMail[0]?.attachments.find((a) => a.filename.endsWith(".ics"));
    expect(ics?.contentType).toBe("text/calendar");
    const stamp = second
      .toISOString()
      .replace(/[-:]/g, "")
      .replace(/\.\d{3}/, "");
    expect(ics?.content).toContain(`DTSTART:${stamp}`);
    // The .ics carries the agenda in its description, under the same names (folded lines joined back).
    const icsText = ics?.content.replace(/\r?\n[ \t]/g, "") ?? "";
    expect(icsText).toContain("Écriture silencieuse — 15 min");
    expect(icsText).not.toMatch(/Divergence|Convergence|Consolidation/);
    const staffMail = smtp.received.filter((m) => m.to === people.staff.user.email && isBrief(m));
    expect(staffMail).toHaveLength(1);
    expect(staffMail[0]?.subject).toContain('Workshop "Parcours des alternants"');
    expect(staffMail[0]?.text).toContain("- Silent writing — 15 min");
    expect(staffMail[0]?.text).toContain("- Clustering — 25 min");
    expect(staffMail[0]?.text).not.toMatch(/Divergence|Convergence|Consolidation/);

    const workshop: Workshop = (await people.manager.get(`/api/v1/organisations/${orgId}/workshops/${created.id}`)).json();
    expect(workshop.briefSentAt).toBe(seventhDayBefore.toISOString());
  });

  it("sends at once through the job runner when less than seven days remain, and not at all after the date", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const soon = new Date(Date.now() + 3 * day);
    const created: Workshop = await scheduleValidation(people.manager, orgId, "Atelier express", soon);
    const [job] = await jobsFor(created.id);
    expect(Math.abs((job?.run_at.getTime() ?? 0) - Date.now())).toBeLessThan(60_000);
    const mail = await lastEmailTo(t, people.manager.user.email, "workshop_brief");
    expect(mail.subject).toContain("Atelier express");

    const later = new Date(Date.now() + 20 * day);
    const missed: Workshop = await scheduleValidation(people.manager, orgId, "Atelier manqué", later);
    const [missedJob] = await jobsFor(missed.id);
    expect(await sendWorkshopBrief(t.ctx, missedJob?.payload ?? {}, new Date(later.getTime() + 3600_000))).toBe("past");
  });
});
