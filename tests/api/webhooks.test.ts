/**
 * Webhooks: the Standard Webhooks signature (the specification's example vector, and a real local
 * receiver verifying every delivery with the reference library), what an anonymous answer's
 * payload leaves out, retries after a 500, no redirects, timeouts, the SSRF guard (as the attacks
 * of issue 10 finding 5), secrets sealed at rest, the admin endpoints and listing, roles, and
 * another organisation. The main app allows local targets (OUTBOUND_ALLOW_PRIVATE=true) to reach
 * the local receiver; the attacks run against an app with the default rules.
 */
import { sql } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { jobs, webhookDeliveries } from "../../server/db/schema.js";
import { postOnce, retryDelayMs } from "../../server/modules/webhooks/delivery.js";
import { signPayload } from "../../server/modules/webhooks/signing.js";
import { type Agent, addMember, createOrganisation, organisationWithRoles, signUp } from "../factories.js";
import { addInvitation, insertSurvey } from "../survey-factories.js";
import { until, webhookTestApp } from "../webhook-receiver.js";

const w = webhookTestApp();
const { receiver, answer, deliveriesOf, delivered, receivedAt, adminWithEndpoint } = w;

describe("signatures", () => {
  it("match the Standard Webhooks specification's example vector", () => {
    const signature = signPayload(
      "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
      "msg_p5jXN8AQM9LWM0D4loKWxJek",
      new Date(1614265330 * 1000),
      '{"test": 2432232314}',
    );
    expect(signature).toBe("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  });
});

describe("response.created delivered to a real receiver", () => {
  it("is signed, verifiable, and an anonymous answer's payload carries no identity", async () => {
    const { orgId, endpoint } = await adminWithEndpoint();
    const { survey, publicToken, questions } = await insertSurvey(w.t.ctx.db, orgId, { isAnonymous: true });
    const before = receiver.received.length;
    // The receiver takes 150 ms to answer: the recorded duration is the attempt's, not a zero.
    receiver.replies.push({ status: 200, body: "ok", delayMs: 150 });
    const response = await answer(publicToken, { [questions.nps.id]: 9, [questions.text.id]: "Très bien" }, { consentToContact: true });
    expect(response.statusCode).toBe(201);

    const [delivery] = await delivered(endpoint.id);
    expect(delivery).toMatchObject({ attempts: 1, lastStatusCode: 200, nextAttemptAt: null });
    expect(delivery?.lastDurationMs).toBeGreaterThanOrEqual(150);
    expect(delivery?.lastDurationMs).toBeLessThan(8000);
    const got = receiver.received.slice(before).find((r) => r.body.includes(survey.id));
    if (!got) throw new Error("nothing received");
    expect(got.headers["webhook-id"]).toBe(`msg_${delivery?.id}`);
    expect(got.headers["content-type"]).toBe("application/json");
    // The reference library verifies what we sent, with the secret shown at creation.
    const verified = new Webhook(endpoint.secret).verify(got.body, got.headers as Record<string, string>) as { type: string; data: Record<string, unknown> };
    expect(verified.type).toBe("response.created");
    expect(() => new Webhook("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").verify(got.body, got.headers as Record<string, string>)).toThrow();
    const data = verified.data;
    expect(data.survey).toEqual({ id: survey.id, title: survey.title, isAnonymous: true });
    expect(data.answers).toContainEqual(expect.objectContaining({ questionId: questions.nps.id, kind: "nps", value: 9 }));
    expect(data.answers).toContainEqual(expect.objectContaining({ questionId: questions.satisfaction.id, value: null }));
    expect(data.submittedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data).not.toHaveProperty("responseId");
    expect(data).not.toHaveProperty("respondent");
  });

  it("names the respondent of a confidential survey's personal invitation, and nobody through its public link", async () => {
    const { orgId, endpoint } = await adminWithEndpoint();
    const { publicToken, questions, survey } = await insertSurvey(w.t.ctx.db, orgId, { isAnonymous: false });
    const invitation = await addInvitation(w.t.ctx.db, orgId, survey.id, "lea.martin@exemple.fr");
    expect((await answer(publicToken, { [questions.nps.id]: 3 }, { invitationToken: invitation.token, consentToContact: true })).statusCode).toBe(201);
    expect((await answer(publicToken, { [questions.nps.id]: 7 })).statusCode).toBe(201);
    const rows = await until(
      () => deliveriesOf(endpoint.id),
      (r) => r.length === 2 && r.every((d) => d.status === "succeeded"),
    );
    const bodies = rows.map((r) => JSON.parse(r.body).data as Record<string, unknown>);
    const named = bodies.find((b) => b.respondent);
    expect(named?.respondent).toEqual({ email: "lea.martin@exemple.fr", consentToContact: true });
    expect(named?.responseId).toMatch(/^[0-9a-f-]{36}$/);
    expect(bodies.filter((b) => !b.respondent && !b.responseId)).toHaveLength(1);
  });

  it("is written with the answer only: a saved half-answer, a disabled endpoint or another event type get nothing, a re-subscribed one the next answer", async () => {
    const { owner, orgId, endpoint } = await adminWithEndpoint();
    const { publicToken, questions } = await insertSurvey(w.t.ctx.db, orgId);
    expect((await answer(publicToken, { [questions.nps.id]: 8 }, { isFinal: false })).statusCode).toBe(201);
    expect((await answer(publicToken, { [questions.nps.id]: 11 })).statusCode).toBe(400);
    expect(await deliveriesOf(endpoint.id)).toHaveLength(0);
    expect((await owner.patch(`/api/v1/organisations/${orgId}/webhooks/${endpoint.id}`, { isEnabled: false })).json().isEnabled).toBe(false);
    expect((await answer(publicToken, { [questions.nps.id]: 8 })).statusCode).toBe(201);
    expect(await deliveriesOf(endpoint.id)).toHaveLength(0);
    const otherType = await owner.patch(`/api/v1/organisations/${orgId}/webhooks/${endpoint.id}`, { isEnabled: true, eventTypes: ["wave.opened"] });
    expect(otherType.json()).toMatchObject({ isEnabled: true, eventTypes: ["wave.opened"] });
    expect((await answer(publicToken, { [questions.nps.id]: 8 })).statusCode).toBe(201);
    expect(await deliveriesOf(endpoint.id)).toHaveLength(0);
    // Subscribed again: the very next answer is delivered (nothing stale is remembered).
    expect((await owner.patch(`/api/v1/organisations/${orgId}/webhooks/${endpoint.id}`, { eventTypes: ["response.created"] })).statusCode).toBe(200);
    expect((await answer(publicToken, { [questions.nps.id]: 8 })).statusCode).toBe(201);
    expect(await deliveriesOf(endpoint.id)).toHaveLength(1);
  });
});

describe("retries", () => {
  it("retries after a 500 with backoff, with the same webhook-id, then succeeds", async () => {
    const { owner, orgId, endpoint } = await adminWithEndpoint(receiver.url("/flaky"));
    const { publicToken, questions } = await insertSurvey(w.t.ctx.db, orgId);
    receiver.replies.push({ status: 500, body: "x".repeat(2000) });
    const startedAt = Date.now();
    expect((await answer(publicToken, { [questions.nps.id]: 10 })).statusCode).toBe(201);
    const [first] = await until(
      () => deliveriesOf(endpoint.id),
      (rows) => rows[0]?.status === "retrying",
    );
    expect(first).toMatchObject({ attempts: 1, lastStatusCode: 500, lastError: "HTTP 500" });
    expect(JSON.stringify(first)).not.toContain("x".repeat(20));
    const wait = (first?.nextAttemptAt?.getTime() ?? 0) - startedAt;
    expect(wait).toBeGreaterThan(retryDelayMs(1) - 1000);
    expect(wait).toBeLessThan(retryDelayMs(1) + 10_000);
    expect(retryDelayMs(2)).toBe(5 * retryDelayMs(1));

    // The admin sees it waiting, with its code and next attempt.
    const listed = await owner.get(`/api/v1/organisations/${orgId}/webhook-deliveries?endpointId=${endpoint.id}`);
    expect(listed.json()[0]).toMatchObject({
      status: "retrying",
      attempts: 1,
      maxAttempts: 5,
      lastStatusCode: 500,
      nextAttemptAt: first?.nextAttemptAt?.toISOString(),
    });

    // Time moves on: the durable job of attempt 2 becomes due.
    await w.t.ctx.db.execute(
      sql`UPDATE jobs SET run_at = now() WHERE kind = 'webhook.deliver' AND completed_at IS NULL AND payload->>'deliveryId' = ${first?.id}`,
    );
    await w.t.jobs.drain();
    const [second] = await delivered(endpoint.id);
    expect(second).toMatchObject({ attempts: 2, lastStatusCode: 200, nextAttemptAt: null });
    const hits = receiver.received.filter((r) => r.path === "/flaky");
    expect(hits).toHaveLength(2);
    expect(hits[0]?.headers["webhook-id"]).toBe(hits[1]?.headers["webhook-id"]);
    expect(hits[0]?.body).toBe(hits[1]?.body);
  });

  it("gives up after five attempts, and an administrator can send it again", async () => {
    const { owner, orgId, endpoint } = await adminWithEndpoint(receiver.url("/down"));
    const { publicToken, questions } = await insertSurvey(w.t.ctx.db, orgId);
    receiver.replies.push(...Array.from({ length: 5 }, () => ({ status: 503 })));
    expect((await answer(publicToken, { [questions.nps.id]: 10 })).statusCode).toBe(201);
    for (let attempt = 1; attempt <= 5; attempt++) {
      await until(
        () => deliveriesOf(endpoint.id),
        (rows) => rows[0]?.attempts === attempt,
      );
      await w.t.ctx.db.execute(sql`UPDATE jobs SET run_at = now() WHERE kind = 'webhook.deliver' AND completed_at IS NULL`);
    }
    const [failed] = await until(
      () => deliveriesOf(endpoint.id),
      (rows) => rows[0]?.status === "failed",
    );
    expect(failed).toMatchObject({ attempts: 5, lastStatusCode: 503, nextAttemptAt: null });
    const pending = await w.t.ctx.db.select().from(jobs).where(sql`kind = 'webhook.deliver' AND completed_at IS NULL AND payload->>'deliveryId' = ${failed?.id}`);
    expect(pending).toHaveLength(0);

    const again = await owner.post(`/api/v1/organisations/${orgId}/webhook-deliveries/${failed?.id}/redeliver`);
    expect(again.statusCode).toBe(200);
    const [done] = await delivered(endpoint.id);
    expect(done?.attempts).toBe(6);
  });

  it("does not follow a redirect", async () => {
    receiver.replies.push({ status: 302, headers: { location: receiver.url("/elsewhere") } });
    const result = await postOnce({ isPrivateAllowed: true }, receiver.url("/moved"), {}, "{}");
    expect(result).toMatchObject({ ok: false, statusCode: 302, error: "redirect not followed" });
    expect(receiver.received.some((r) => r.path === "/elsewhere")).toBe(false);
  });

  it("stops waiting after the time limit", async () => {
    receiver.replies.push({ status: 200, hang: true });
    const result = await postOnce({ isPrivateAllowed: true }, receiver.url("/slow"), {}, "{}", 300);
    expect(result.ok).toBe(false);
    expect(result.error).toBe("unreachable");
    expect(result.durationMs).toBeLessThan(2000);
  });
});

describe("retention", () => {
  it("deletes an endpoint's finished deliveries after 30 days, when it next delivers", async () => {
    const { orgId, endpoint } = await adminWithEndpoint(receiver.url("/kept"));
    const old = (days: number, status: string) =>
      w.t.ctx.db
        .insert(webhookDeliveries)
        .values({
          organisationId: orgId,
          endpointId: endpoint.id,
          eventType: "response.created",
          body: "{}",
          status,
          createdAt: new Date(Date.now() - days * 86_400_000),
        })
        .returning();
    const [expired] = await old(31, "succeeded");
    const [recent] = await old(29, "failed");
    const { publicToken, questions } = await insertSurvey(w.t.ctx.db, orgId);
    expect((await answer(publicToken, { [questions.nps.id]: 10 })).statusCode).toBe(201);
    const rows = await until(
      () => deliveriesOf(endpoint.id),
      (r) => r.some((d) => d.status === "succeeded" && d.attempts === 1),
    );
    expect(rows.map((r) => r.id)).not.toContain(expired?.id);
    expect(rows.map((r) => r.id)).toContain(recent?.id);
  });
});

describe("administration", () => {
  it("is for owners and admins; the secret is shown at creation and rotation only", async () => {
    const { orgId, people } = await organisationWithRoles(w.t);
    const url = `/api/v1/organisations/${orgId}/webhooks`;
    const signedOut = await signUp(w.t, "Sans Rôle");
    signedOut.cookies.clear();
    expect((await signedOut.get(url)).statusCode).toBe(401);
    for (const role of ["manager", "staff", "viewer", "guest"] as const) {
      expect((await people[role].get(url)).statusCode, role).toBe(403);
      expect((await people[role].post(url, { url: receiver.url() })).statusCode, role).toBe(403);
    }
    const created = await people.admin.post(url, { url: receiver.url(), eventTypes: ["response.created", "wave.opened"] });
    expect(created.statusCode).toBe(201);
    const endpoint = created.json();
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(endpoint.secretHint).toBe(`…${endpoint.secret.slice(-4)}`);
    const listed = await people.owner.get(url);
    expect(listed.statusCode).toBe(200);
    expect(listed.body).not.toContain(endpoint.secret);
    expect(listed.json()).toEqual([expect.objectContaining({ id: endpoint.id, eventTypes: ["response.created", "wave.opened"], isEnabled: true })]);

    const rotated = await people.owner.post(`${url}/${endpoint.id}/rotate-secret`);
    expect(rotated.statusCode).toBe(200);
    expect(rotated.json().secret).not.toBe(endpoint.secret);
    expect(rotated.json().isPreviousSecretActive).toBe(true);
    expect((await people.manager.post(`${url}/${endpoint.id}/rotate-secret`)).statusCode).toBe(403);

    expect((await people.admin.post(url, { url: "http://crm.example.com/h" })).json()).toMatchObject({
      code: "validation_failed",
      errors: [{ path: "body.url" }],
    });
    expect((await people.admin.post(url, { url: receiver.url(), eventTypes: ["answer.deleted"] })).statusCode).toBe(400);
    expect((await people.admin.delete(`${url}/${endpoint.id}`)).statusCode).toBe(204);
    expect((await people.owner.get(url)).json()).toEqual([]);
  });

  it("sends a test event on demand, once, even to a disabled endpoint", async () => {
    const { owner, orgId, endpoint } = await adminWithEndpoint(receiver.url("/test-event"));
    expect((await owner.patch(`/api/v1/organisations/${orgId}/webhooks/${endpoint.id}`, { isEnabled: false })).json().isEnabled).toBe(false);
    receiver.replies.push({ status: 500 });
    const sent = await owner.post(`/api/v1/organisations/${orgId}/webhooks/${endpoint.id}/test`);
    expect(sent.statusCode).toBe(201);
    expect(sent.json()).toMatchObject({ eventType: "webhook.test", status: "pending", endpointId: endpoint.id });
    const [failed] = await until(
      () => deliveriesOf(endpoint.id),
      (rows) => rows[0]?.status === "failed",
    );
    expect(failed).toMatchObject({ attempts: 1, lastStatusCode: 500, nextAttemptAt: null });
    expect((await owner.post(`/api/v1/organisations/${orgId}/webhooks/${endpoint.id}/test`)).statusCode).toBe(201);
    await until(
      () => deliveriesOf(endpoint.id),
      (rows) => rows.some((r) => r.status === "succeeded"),
    );
    const got = receiver.received.filter((r) => r.path === "/test-event");
    expect(got).toHaveLength(2);
    const event = new Webhook(endpoint.secret).verify(got[1]?.body ?? "", got[1]?.headers as Record<string, string>) as {
      type: string;
      data: { endpointId: string };
    };
    expect(event).toMatchObject({ type: "webhook.test", data: { endpointId: endpoint.id } });
    const stranger = await signUp(w.t, "Curieux");
    const strangerOrg = await createOrganisation(stranger, "Ailleurs");
    expect((await stranger.post(`/api/v1/organisations/${strangerOrg}/webhooks/${endpoint.id}/test`)).statusCode).toBe(404);
  });

  it("signs with both secrets during a rotation, so receivers can switch without losing one", async () => {
    const { owner, orgId, endpoint } = await adminWithEndpoint(receiver.url("/rotating"));
    const rotation = await owner.post(`/api/v1/organisations/${orgId}/webhooks/${endpoint.id}/rotate-secret`);
    expect(rotation.statusCode).toBe(200);
    const rotated = rotation.json();
    const { publicToken, questions } = await insertSurvey(w.t.ctx.db, orgId);
    expect((await answer(publicToken, { [questions.nps.id]: 10 })).statusCode).toBe(201);
    await delivered(endpoint.id);
    const got = receivedAt("/rotating");
    expect(String(got.headers["webhook-signature"]).split(" ")).toHaveLength(2);
    for (const secret of [rotated.secret, endpoint.secret])
      expect(() => new Webhook(secret).verify(got.body, got.headers as Record<string, string>)).not.toThrow();
  });

  it("keeps another organisation's endpoints and deliveries out of reach (404)", async () => {
    const a = await adminWithEndpoint(receiver.url("/org-a"));
    const { publicToken, questions } = await insertSurvey(w.t.ctx.db, a.orgId);
    expect((await answer(publicToken, { [questions.nps.id]: 10 })).statusCode).toBe(201);
    const [delivery] = await delivered(a.endpoint.id);
    const other = await signUp(w.t, "Autre Admin");
    const otherOrg = await createOrganisation(other, "Autre école");
    const stranger: Agent = other;
    expect((await stranger.get(`/api/v1/organisations/${a.orgId}/webhooks`)).statusCode).toBe(404);
    expect((await stranger.get(`/api/v1/organisations/${a.orgId}/webhook-deliveries`)).statusCode).toBe(404);
    const base = `/api/v1/organisations/${otherOrg}`;
    expect((await stranger.patch(`${base}/webhooks/${a.endpoint.id}`, { isEnabled: false })).statusCode).toBe(404);
    expect((await stranger.post(`${base}/webhooks/${a.endpoint.id}/rotate-secret`)).statusCode).toBe(404);
    expect((await stranger.delete(`${base}/webhooks/${a.endpoint.id}`)).statusCode).toBe(404);
    expect((await stranger.post(`${base}/webhook-deliveries/${delivery?.id}/redeliver`)).statusCode).toBe(404);
    expect((await stranger.get(`${base}/webhook-deliveries`)).json()).toEqual([]);
    const own = await a.owner.get(`/api/v1/organisations/${a.orgId}/webhook-deliveries`);
    expect(own.json()).toEqual([
      expect.objectContaining({
        id: delivery?.id,
        status: "succeeded",
        lastStatusCode: 200,
        endpointUrl: receiver.url("/org-a"),
        eventType: "response.created",
      }),
    ]);
    // A member of the other organisation added as admin here sees it: it is membership, not the user.
    await addMember(w.t, a.orgId, stranger, "admin");
    expect((await stranger.get(`/api/v1/organisations/${a.orgId}/webhooks`)).json()).toHaveLength(1);
  });
});
