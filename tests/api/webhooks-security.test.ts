/**
 * Webhooks, the security promises: where deliveries may go (the SSRF guard, as the attacks of
 * issue 10 finding 5, against an app with the default rules) and secrets sealed at rest (finding 13).
 * The main app allows local targets (OUTBOUND_ALLOW_PRIVATE=true) to reach the local receiver.
 */
import { eq, sql } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webhookDeliveries, webhookEndpoints } from "../../server/db/schema.js";
import { postOnce } from "../../server/modules/webhooks/delivery.js";
import { sealStoredWebhookSecrets } from "../../server/modules/webhooks/webhook-secrets.js";
import { type Agent, createOrganisation, signUp } from "../factories.js";
import { insertSurvey } from "../survey-factories.js";
import { createTestApp, type TestApp } from "../test-app.js";
import { until, webhookTestApp } from "../webhook-receiver.js";

const w = webhookTestApp();
const { receiver, answer, deliveriesOf, delivered, receivedAt, adminWithEndpoint } = w;

describe("where webhooks may go (issue 10, finding 5: SSRF through webhooks)", () => {
  /** An app with the default outbound rules, in development: the NODE_ENV the attack used. */
  let strict: TestApp;
  let strictOwner: Agent;
  let strictOrg: string;
  beforeAll(async () => {
    strict = await createTestApp({ NODE_ENV: "development" });
    strictOwner = await signUp(strict, "Claire Stricte");
    strictOrg = await createOrganisation(strictOwner);
  });
  afterAll(async () => {
    await strict.destroy();
  });
  const port = () => new URL(receiver.url()).port;

  it("refuses a loopback URL in development (the default NODE_ENV)", async () => {
    const before = receiver.received.length;
    for (const url of [receiver.url(), `http://localhost:${port()}/hook`, `https://127.0.0.1:${port()}/hook`]) {
      const created = await strictOwner.post(`/api/v1/organisations/${strictOrg}/webhooks`, { url, eventTypes: ["response.created"] });
      expect(created.statusCode, url).toBe(400);
      expect(created.json()).toMatchObject({ code: "validation_failed", errors: [{ path: "body.url" }] });
    }
    expect(receiver.received.length).toBe(before);
  });

  for (const host of ["[::ffff:7f00:1]", "[::ffff:127.0.0.1]", "[0:0:0:0:0:ffff:7f00:1]", "[::ffff:a9fe:a9fe]"]) {
    it(`refuses the IPv4-mapped IPv6 literal https://${host} at registration and at delivery`, async () => {
      const url = `https://${host}:${port()}/hook`;
      const created = await strictOwner.post(`/api/v1/organisations/${strictOrg}/webhooks`, { url, eventTypes: ["response.created"] });
      expect(created.statusCode).toBe(400);
      expect(created.json().errors[0]).toEqual({ path: "body.url", message: "private_address" });
      // A row that got in some other way (an older version) is still not delivered to.
      const result = await postOnce({ isPrivateAllowed: strict.ctx.env.OUTBOUND_ALLOW_PRIVATE === "true" }, url, {}, "{}");
      expect(result).toMatchObject({ ok: false, statusCode: null, error: "refused: private_address" });
    });
  }

  it("does not deliver to, nor show the answer of, a loopback endpoint stored before the fix", async () => {
    const before = receiver.received.length;
    const [endpoint] = await strict.ctx.db
      .insert(webhookEndpoints)
      .values({ organisationId: strictOrg, url: receiver.url("/internal"), eventTypes: ["response.created"], secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" })
      .returning();
    receiver.replies.push({ status: 200, body: "internal admin page" });
    const sent = await strictOwner.post(`/api/v1/organisations/${strictOrg}/webhooks/${endpoint?.id}/test`);
    expect(sent.statusCode).toBe(201);
    await strict.jobs.drain();
    const [delivery] = await until(
      () =>
        strict.ctx.db
          .select()
          .from(webhookDeliveries)
          .where(eq(webhookDeliveries.endpointId, endpoint?.id ?? "")),
      (rows) => rows[0]?.status === "failed",
    );
    expect(delivery).toMatchObject({ lastStatusCode: null, lastError: "refused: https_required" });
    expect(receiver.received.length).toBe(before);
    receiver.replies.length = 0;
  });

  it("shows administrators a status code, never what the receiver answered", async () => {
    const { owner, orgId, endpoint } = await adminWithEndpoint(receiver.url("/talkative"));
    receiver.replies.push({ status: 500, body: "root:x:0:0:root:/root:/bin/bash" });
    expect((await owner.post(`/api/v1/organisations/${orgId}/webhooks/${endpoint.id}/test`)).statusCode).toBe(201);
    await until(
      () => deliveriesOf(endpoint.id),
      (rows) => rows[0]?.status === "failed",
    );
    const listed = await owner.get(`/api/v1/organisations/${orgId}/webhook-deliveries?endpointId=${endpoint.id}`);
    expect(listed.json()[0]).toMatchObject({ lastStatusCode: 500, lastError: "HTTP 500" });
    // No field for an answer at all, not even an empty one (the API promises a status code only).
    expect(listed.json()[0]).not.toHaveProperty("responseExcerpt");
    expect(listed.body).not.toContain("root:x");
    const [stored] = await deliveriesOf(endpoint.id);
    expect(JSON.stringify(stored)).not.toContain("root:x");
  });

  it("answers every network failure with the same word, open port or closed", async () => {
    const closed = await postOnce({ isPrivateAllowed: true }, "http://127.0.0.1:1/h", {}, "{}");
    receiver.replies.push({ status: 200, hang: true });
    const slow = await postOnce({ isPrivateAllowed: true }, receiver.url("/hang"), {}, "{}", 200);
    expect(closed).toMatchObject({ ok: false, statusCode: null, error: "unreachable" });
    expect(slow).toMatchObject({ ok: false, statusCode: null, error: "unreachable" });
  });
});

describe("secrets at rest (issue 10, finding 13)", () => {
  it("stores no webhook secret in clear, and deliveries still verify", async () => {
    const { orgId, endpoint } = await adminWithEndpoint(receiver.url("/sealed"));
    const [row] = await w.t.ctx.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id));
    expect(JSON.stringify(row)).not.toContain(endpoint.secret);
    expect(JSON.stringify(row)).not.toContain(endpoint.secret.slice(6));
    expect(row?.secret).toMatch(/^tsb1:/);
    const dump = await w.t.ctx.db.execute(sql`SELECT string_agg(secret || coalesce(previous_secret, ''), ' ') AS all FROM webhook_endpoints`);
    expect(String(dump.rows[0]?.all)).not.toContain(endpoint.secret.slice(6));

    const { publicToken, questions } = await insertSurvey(w.t.ctx.db, orgId);
    expect((await answer(publicToken, { [questions.nps.id]: 10 })).statusCode).toBe(201);
    await delivered(endpoint.id);
    const got = receivedAt("/sealed");
    expect(() => new Webhook(endpoint.secret).verify(got.body, got.headers as Record<string, string>)).not.toThrow();
  });

  it("seals the clear secrets of older rows at start, once, and they still sign", async () => {
    const { owner, orgId } = await adminWithEndpoint(receiver.url("/legacy-other"));
    const clear = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const [legacy] = await w.t.ctx.db
      .insert(webhookEndpoints)
      .values({
        organisationId: orgId,
        url: receiver.url("/legacy"),
        eventTypes: ["response.created"],
        secret: clear,
        previousSecret: "whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        previousSecretExpiresAt: new Date(Date.now() + 3600_000),
      })
      .returning();
    expect(await sealStoredWebhookSecrets(w.t.ctx.db, w.t.ctx.env)).toBeGreaterThanOrEqual(1);
    const [sealed] = await w.t.ctx.db
      .select()
      .from(webhookEndpoints)
      .where(eq(webhookEndpoints.id, legacy?.id ?? ""));
    expect(sealed?.secret).toMatch(/^tsb1:/);
    expect(sealed?.previousSecret).toMatch(/^tsb1:/);
    expect(await sealStoredWebhookSecrets(w.t.ctx.db, w.t.ctx.env)).toBe(0);
    const [again] = await w.t.ctx.db
      .select()
      .from(webhookEndpoints)
      .where(eq(webhookEndpoints.id, legacy?.id ?? ""));
    expect(again?.secret).toBe(sealed?.secret);

    const listed = await owner.get(`/api/v1/organisations/${orgId}/webhooks`);
    expect(listed.json()).toContainEqual(expect.objectContaining({ id: legacy?.id, secretHint: `…${clear.slice(-4)}` }));
    expect((await owner.post(`/api/v1/organisations/${orgId}/webhooks/${legacy?.id}/test`)).statusCode).toBe(201);
    await delivered(legacy?.id ?? "");
    const got = receivedAt("/legacy");
    expect(() => new Webhook(clear).verify(got.body, got.headers as Record<string, string>)).not.toThrow();
  });
});
