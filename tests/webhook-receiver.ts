/**
 * The webhooks tests' support: a real HTTP receiver on 127.0.0.1, a poll until the job runner has
 * done its work, and the requests every webhook test makes (an answer by a survey's public link,
 * an organisation with an endpoint, the deliveries of an endpoint).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect } from "vitest";
import { webhookDeliveries } from "../server/db/schema.js";
import { createOrganisation, signUp } from "./factories.js";
import { createTestApp, type TestApp } from "./test-app.js";

export type Received = { headers: http.IncomingHttpHeaders; body: string; path: string };

/** A real HTTP server on 127.0.0.1 answering with the statuses queued in `replies` (then 200), after `delayMs` if given. */
export class Receiver {
  received: Received[] = [];
  replies: { status: number; body?: string; headers?: Record<string, string>; hang?: boolean; delayMs?: number }[] = [];
  server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (c: Buffer) => chunks.push(c));
    request.on("end", () => {
      this.received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8"), path: request.url ?? "" });
      const reply = this.replies.shift() ?? { status: 200, body: "ok" };
      if (reply.hang) return;
      setTimeout(() => {
        response.writeHead(reply.status, reply.headers ?? { "content-type": "text/plain" });
        response.end(reply.body ?? "");
      }, reply.delayMs ?? 0);
    });
  });
  async start() {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return this;
  }
  url(path = "/hook") {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`;
  }
  stop() {
    this.server.closeAllConnections();
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** Polls the database until `check` holds (the job runner works in the background). */
export async function until<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 8000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The set-up of a webhook test file: an app that allows local targets (OUTBOUND_ALLOW_PRIVATE=true,
 * to reach the receiver) and a receiver, started before the file's tests and stopped after, with
 * the requests every webhook test makes. `t` is there once `beforeAll` has run.
 */
export function webhookTestApp() {
  let app: TestApp | undefined;
  const current = () => {
    if (!app) throw new Error("the webhook test app starts in beforeAll");
    return app;
  };
  const receiver = new Receiver();
  beforeAll(async () => {
    app = await createTestApp({ OUTBOUND_ALLOW_PRIVATE: "true" });
    await receiver.start();
  });
  afterAll(async () => {
    await receiver.stop();
    await app?.destroy();
  });
  return {
    get t() {
      return current();
    },
    receiver,
    ...webhookHelpers(current, receiver),
  };
}

/** The requests of the webhook tests, against the app `current()` gives, with `receiver` as the default endpoint. */
function webhookHelpers(current: () => TestApp, receiver: Receiver) {
  const newKey = () => `k${Math.random().toString(36).slice(2)}${Date.now().toString(36)}xxxxxxxx`;
  const answer = (publicToken: string, answers: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    current().app.inject({
      method: "POST",
      url: `/api/v1/public/surveys/${publicToken}/responses`,
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ key: newKey(), locale: "fr", answers, ...extra }),
    });

  const deliveriesOf = (endpointId: string) =>
    current().ctx.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId)).orderBy(webhookDeliveries.createdAt);

  async function adminWithEndpoint(url = receiver.url()) {
    const owner = await signUp(current(), "Claire Admin");
    const orgId = await createOrganisation(owner);
    const created = await owner.post(`/api/v1/organisations/${orgId}/webhooks`, { url, description: "CRM", eventTypes: ["response.created"] });
    expect(created.statusCode).toBe(201);
    return { owner, orgId, endpoint: created.json() as { id: string; secret: string; secretHint: string } };
  }
  /** The endpoint's deliveries, once the newest has succeeded. */
  const delivered = (endpointId: string) =>
    until(
      () => deliveriesOf(endpointId),
      (rows) => rows[0]?.status === "succeeded",
    );

  /** The request the receiver got at `path`. */
  function receivedAt(path: string) {
    const got = receiver.received.find((r) => r.path === path);
    if (!got) throw new Error(`nothing received at ${path}`);
    return got;
  }
  return { answer, deliveriesOf, delivered, receivedAt, adminWithEndpoint };
}
