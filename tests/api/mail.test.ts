import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueueJob, startJobRunner } from "../../server/jobs/queue.js";
import { lastEmailTo, organisationWithRoles, uniqueEmail } from "../factories.js";
import { createTestApp, type TestApp } from "../test-app.js";

type Received = { to: string; subject: string; text: string };
const received: Received[] = [];
let smtp: SMTPServer;
let t: TestApp;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({ to: session.envelope.rcptTo[0]?.address ?? "", subject: mail.subject ?? "", text: mail.text ?? "" });
          callback();
        })
        .catch(callback);
    },
  });
  smtp.listen(0, "127.0.0.1");
  await once(smtp.server, "listening");
  const port = (smtp.server.address() as AddressInfo).port;
  t = await createTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}` });
});
afterAll(async () => {
  await t.destroy();
  smtp.close();
});

describe("e-mail delivery", () => {
  it("sends an invitation through the SMTP server, with the acceptance link", async () => {
    const { orgId, owner } = await organisationWithRoles(t);
    const email = uniqueEmail("smtp");
    await owner.post(`/api/v1/organisations/${orgId}/invitations`, { email, role: "staff" });
    const row = await lastEmailTo(t, email, "invitation");
    expect(row.status).toBe("sent");
    const mail = received.find((m) => m.to === email);
    expect(mail?.subject).toContain("vous invite à rejoindre");
    expect(mail?.text).toContain(`/invitations/`);
    const outbox = (await owner.get(`/api/v1/organisations/${orgId}/outbox`)).json();
    expect(outbox.isSmtpConfigured).toBe(true);
    expect(outbox.items).toEqual([]);
  });

  it("keeps a queued job across a restart of the job runner, and runs it once", async () => {
    await t.jobs.stop();
    let runs = 0;
    await enqueueJob(t.ctx.pool, "test.count", { n: 1 });
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
    await enqueueJob(t.ctx.pool, "test.flaky", {});
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
