import { and, eq, isNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, emails, jobs } from "../../server/db/schema.js";
import { z } from "zod";
import { startJobRunner } from "../../server/platform/job-runner.js";
import { defineJob, enqueue, jobHandlerTable } from "../../server/platform/jobs.js";
import { createMailer, type QueuedMail } from "../../server/mail/mailer.js";
import { remainingMailQuota } from "../../server/mail/quota.js";
import { queueMailsInTransaction } from "../../server/mail/transactional.js";
import { recordAudit } from "../../server/platform/audit.js";
import { Agent, lastEmailTo, organisationWithRoles, signUp, uniqueEmail } from "../factories.js";
import { type SmtpCatcher, startSmtpCatcher } from "../smtp-catcher.js";
import { createTestApp, type TestApp } from "../test-app.js";

let smtp: SmtpCatcher;
let t: TestApp;
/** The same app without SMTP_URL: e-mails stay in the outbox. */
let o: TestApp;
/** Small quotas, the same for both apps (the ceilings are process-wide). */
const quotas = { MAIL_QUOTA_PER_DAY: "5", MAIL_QUOTA_PER_RECIPIENT_PER_DAY: "3" };

beforeAll(async () => {
  smtp = await startSmtpCatcher();
  t = await createTestApp({ SMTP_URL: smtp.url, ...quotas });
  o = await createTestApp(quotas);
});
afterAll(async () => {
  await t.destroy();
  await o.destroy();
  smtp.close();
});

const mail = (organisationId: string | null, to = uniqueEmail("dest")): QueuedMail => ({
  kind: organisationId ? "invitation" : "password_reset",
  to,
  locale: "fr",
  organisationId,
  link: `http://localhost:3999/${organisationId ? "invitations" : "reset-password"}/jeton-secret-${Math.random().toString(36).slice(2)}`,
  isLinkShownInOutbox: Boolean(organisationId),
  params: { organisation: "IAE Exemple", inviter: "Sophie Owner", role: "staff" },
});
const silent = { warn: () => {}, error: () => {} };

/** Runs `runner` until no due job is left, including one its own loop claimed meanwhile. */
async function settle(app: TestApp, runner: { drain: () => Promise<void> }) {
  for (let attempt = 0; attempt < 100; attempt++) {
    await runner.drain();
    const due = await app.ctx.pool.query("SELECT count(*)::int AS n FROM jobs WHERE completed_at IS NULL AND failed_at IS NULL AND run_at <= now()");
    if (due.rows[0].n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("jobs did not settle");
}

describe("links in e-mails (issue 10, finding 13)", () => {
  it("cuts the link out of a sent e-mail and drops its attachments from the job once delivered", async () => {
    const { orgId, owner } = await organisationWithRoles(t);
    const email = uniqueEmail("lien");
    expect((await owner.post(`/api/v1/organisations/${orgId}/invitations`, { email, role: "staff" })).statusCode).toBe(201);
    const row = await lastEmailTo(t, email, "invitation");
    expect(smtp.received.find((m) => m.to === email)?.text).toMatch(/\/invitations\/\S+/);
    expect(row).toMatchObject({ status: "sent", link: null, linkExpiresAt: null });
    expect(row.bodyText).toContain("[…]");
    expect(row.bodyText).not.toContain("/invitations/");

    const brief = {
      ...mail(orgId),
      kind: "workshop_brief" as const,
      attachments: [
        { filename: "atelier.ics", contentType: "text/calendar", content: "BEGIN:VCALENDAR\r\nURL:http://localhost:3999/workshops/x/live\r\nEND:VCALENDAR" },
      ],
    };
    const id = await t.ctx.mailer.queue(brief);
    await lastEmailTo(t, brief.to, "workshop_brief");
    expect(smtp.received.find((m) => m.to === brief.to)?.attachments.length).toBe(1);
    const [job] = await t.ctx.db.select().from(jobs).where(sql`${jobs.payload}->>'emailId' = ${id}`);
    expect(job?.payload).toEqual({ emailId: id });
  });

  it("keeps an outbox link until it expires, then cuts it out; never writes a link to the log", async () => {
    const { orgId } = await organisationWithRoles(o);
    const lines: string[] = [];
    const mailer = createMailer({
      pool: o.ctx.pool,
      smtpUrl: undefined,
      from: "Tutti <t@exemple.fr>",
      log: { info: (obj, msg) => void lines.push(JSON.stringify(obj) + msg) },
    });
    await o.jobs.stop();
    const runner = startJobRunner(o.ctx.pool, jobHandlerTable(mailer.jobs), silent, 50);
    try {
      const reset = mail(null);
      const invitation = { ...mail(orgId), linkExpiresAt: new Date(Date.now() + 3_600_000) };
      const resetId = await mailer.queue(reset);
      const invitationId = await mailer.queue(invitation);
      await settle(o, runner);
      expect(lines.length).toBeGreaterThanOrEqual(2);
      for (const line of lines) {
        expect(line).not.toContain("jeton-secret");
        expect(line).not.toContain(reset.to);
      }
      // Until it expires, the invitation's link is there for the administrators of the outbox.
      const [kept] = await o.ctx.db
        .select()
        .from(emails)
        .where(eq(emails.id, invitationId as string));
      expect(kept).toMatchObject({ status: "outbox", link: invitation.link });
      // Its expiry comes (the purge job falls due): the link goes, the rest of the message stays.
      await o.ctx.db.update(jobs).set({ runAt: new Date() }).where(eq(jobs.kind, "email.purge_link"));
      await settle(o, runner);
      for (const id of [resetId, invitationId]) {
        const [row] = await o.ctx.db
          .select()
          .from(emails)
          .where(eq(emails.id, id as string));
        expect(row?.link).toBeNull();
        expect(row?.bodyText).not.toContain("jeton-secret");
        expect(row?.bodyText).toContain("[…]");
      }
    } finally {
      await runner.stop();
    }
  });
});

describe("daily e-mail quotas (issue 10, finding 11)", () => {
  it("refuses an organisation's e-mail over its quota inside the caller's transaction, which rolls back whole", async () => {
    const { orgId } = await organisationWithRoles(t);
    expect(await remainingMailQuota(t.ctx.db, orgId)).toBe(5);
    await t.ctx.db.transaction(async (tx) => {
      for (let i = 0; i < 3; i++) await t.ctx.mailer.queue(mail(orgId), tx);
    });
    expect(await remainingMailQuota(t.ctx.db, orgId)).toBe(2);

    const attempt = t.ctx.db.transaction(async (tx) => {
      await recordAudit(tx, { organisationId: orgId, actor: null, action: "survey.opened", targetType: "survey" });
      await queueMailsInTransaction(tx, [mail(orgId), mail(orgId), mail(orgId)]);
    });
    await expect(attempt).rejects.toMatchObject({ code: "mail_quota_exceeded", status: 429, extensions: { limit: 5, remaining: 2, requested: 3 } });
    expect(
      await t.ctx.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.organisationId, orgId), eq(auditEvents.action, "survey.opened"))),
    ).toEqual([]);
    expect(await t.ctx.db.select().from(emails).where(eq(emails.organisationId, orgId))).toHaveLength(3);

    // A rolling 24 hours: yesterday's e-mails no longer count.
    await t.ctx.db.update(emails).set({ createdAt: sql`now() - interval '25 hours'` }).where(eq(emails.organisationId, orgId));
    expect(await remainingMailQuota(t.ctx.db, orgId)).toBe(5);
  });

  it("lets only one of two concurrent sends take the last places", async () => {
    const { orgId } = await organisationWithRoles(t);
    const send = () => t.ctx.db.transaction((tx) => queueMailsInTransaction(tx, [mail(orgId), mail(orgId), mail(orgId)]));
    const outcomes = await Promise.allSettled([send(), send()]);
    expect(outcomes.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await t.ctx.db.select().from(emails).where(eq(emails.organisationId, orgId))).toHaveLength(3);
  });

  it("limits system e-mail per recipient, silently: the page answers the same", async () => {
    const victim = await signUp(t, "Victime Réinitialisations");
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await new Agent(t).post("/api/auth/request-password-reset", { email: victim.user.email, redirectTo: "/reset-password" })).statusCode);
    expect(new Set(statuses)).toEqual(new Set([200]));
    const toVictim = await t.ctx.db
      .select()
      .from(emails)
      .where(and(isNull(emails.organisationId), sql`lower(${emails.toAddress}) = lower(${victim.user.email})`));
    expect(toVictim).toHaveLength(3);
    expect(await t.ctx.mailer.queue(mail(null, victim.user.email))).toBeNull();
  });
});

describe("e-mail delivery", () => {
  it("sends an invitation through the SMTP server, with the acceptance link", async () => {
    const { orgId, owner } = await organisationWithRoles(t);
    const email = uniqueEmail("smtp");
    expect((await owner.post(`/api/v1/organisations/${orgId}/invitations`, { email, role: "staff" })).statusCode).toBe(201);
    const row = await lastEmailTo(t, email, "invitation");
    expect(row.status).toBe("sent");
    const mail = smtp.received.find((m) => m.to === email);
    expect(mail?.subject).toContain("vous invite à rejoindre");
    expect(mail?.text).toContain(`/invitations/`);
    const outbox = (await owner.get(`/api/v1/organisations/${orgId}/outbox`)).json();
    expect(outbox.isSmtpConfigured).toBe(true);
    expect(outbox.items).toEqual([]);
  });

  it("keeps a queued job across a restart of the job runner, and runs it once", async () => {
    await t.jobs.stop();
    let runs = 0;
    await enqueue(t.ctx.db, defineJob("test.count", z.object({ n: z.number() })), { n: 1 });
    const silent = { warn: () => {}, error: () => {} };
    const restarted = startJobRunner(t.ctx.pool, { "test.count": async () => void runs++ }, silent, 50);
    await restarted.drain();
    await restarted.drain();
    await restarted.stop();
    expect(runs).toBe(1);
    const done = await t.ctx.pool.query("SELECT completed_at FROM jobs WHERE kind = 'test.count'");
    expect(done.rows[0].completed_at).toBeInstanceOf(Date);
  });

  it("retries a failing job later instead of losing it", async () => {
    await enqueue(t.ctx.db, defineJob("test.flaky", z.object({})), {});
    let calls = 0;
    const silent = { warn: () => {}, error: () => {} };
    const runner = startJobRunner(
      t.ctx.pool,
      {
        "test.flaky": async () => {
          calls++;
          throw new Error("SMTP down");
        },
      },
      silent,
      50,
    );
    await runner.drain();
    await runner.stop();
    const row = (await t.ctx.pool.query("SELECT attempts, last_error, failed_at, run_at > now() AS later FROM jobs WHERE kind = 'test.flaky'")).rows[0];
    expect(calls).toBe(1);
    expect(row).toMatchObject({ attempts: 1, last_error: "SMTP down", failed_at: null, later: true });
  });
});
