/**
 * Managing an organisation's webhook endpoints: register (the secret is answered once), change,
 * enable or disable, rotate the secret (the old one still signs for 24 hours, beside the new one),
 * delete; list deliveries and send one again.
 */
import type { z } from "zod";
import type { WebhookDelivery, WebhookEndpoint, WebhookEndpointWithSecret, webhookEndpointInputSchema } from "../../../shared/schemas/webhooks.js";
import type { CurrentSession, Membership } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import { auditAction } from "../../platform/audit.js";
import { enqueue } from "../../platform/jobs.js";
import { outboundUrlRefusal } from "../../platform/outbound-http.js";
import { AppError, notFound } from "../../platform/problem.js";
import { countDeliveries, insertDelivery, listDeliveryRows, markForRedelivery } from "./deliveries.queries.js";
import { forgetWebhookEndpoints } from "./events.js";
import { newWebhookSecret } from "./signing.js";
import { webhookSecretBox } from "./webhook-secrets.js";
import { webhookDeliverJob } from "./webhooks.jobs.js";
import { presentDelivery, presentEndpoint } from "./webhooks.presenter.js";
import { countEndpoints, deleteEndpointRow, findEndpoint, insertEndpoint, listEndpointRows, replaceSecret, updateEndpointRow } from "./webhooks.queries.js";

type Input = z.output<typeof webhookEndpointInputSchema>;
const rotationGraceMs = 24 * 3600 * 1000;
const maxEndpoints = 20;

/** The same rules as at delivery (the outbound client), checked early to answer the administrator. */
function assertUrl(ctx: AppContext, url: string): void {
  const refusal = outboundUrlRefusal({ isPrivateAllowed: ctx.env.OUTBOUND_ALLOW_PRIVATE === "true" }, url);
  if (refusal) throw new AppError("validation_failed", "This address cannot receive webhooks.", [{ path: "body.url", message: refusal }]);
}


export async function listEndpoints(ctx: AppContext, organisationId: string): Promise<WebhookEndpoint[]> {
  const [rows, counts] = await Promise.all([listEndpointRows(ctx.db, organisationId), countDeliveries(ctx.db, organisationId)]);
  const box = webhookSecretBox(ctx.env);
  return rows.map((row) => presentEndpoint(row, counts, box));
}

async function presentOne(ctx: AppContext, organisationId: string, endpointId: string): Promise<WebhookEndpoint> {
  const row = await findEndpoint(ctx.db, organisationId, endpointId);
  if (!row) throw notFound("webhook endpoint");
  return presentEndpoint(row, await countDeliveries(ctx.db, organisationId), webhookSecretBox(ctx.env));
}

export async function createEndpoint(ctx: AppContext, session: CurrentSession, membership: Membership, input: Input): Promise<WebhookEndpointWithSecret> {
  assertUrl(ctx, input.url);
  const organisationId = membership.organisationId;
  const secret = newWebhookSecret();
  const id = await ctx.db.transaction(async (tx) => {
    if ((await countEndpoints(tx, organisationId)) >= maxEndpoints) throw new AppError("conflict", `At most ${maxEndpoints} webhook endpoints per organisation.`);
    const endpointId = await insertEndpoint(tx, {
      organisationId,
      url: input.url,
      description: input.description,
      eventTypes: [...new Set(input.eventTypes)],
      isEnabled: input.isEnabled,
      secret: webhookSecretBox(ctx.env).seal(secret),
      createdBy: session.user.id,
    });
    await auditAction(tx, session, organisationId, "webhook.created", { type: "webhook_endpoint", id: endpointId, label: input.url });
    return endpointId;
  });
  forgetWebhookEndpoints(organisationId);
  return { ...(await presentOne(ctx, organisationId, id)), secret };
}

export async function updateEndpoint(ctx: AppContext, session: CurrentSession, membership: Membership, endpointId: string, input: Partial<Input>): Promise<WebhookEndpoint> {
  if (input.url !== undefined) assertUrl(ctx, input.url);
  const organisationId = membership.organisationId;
  await ctx.db.transaction(async (tx) => {
    const url = await updateEndpointRow(tx, organisationId, endpointId, {
      ...(input.url !== undefined ? { url: input.url } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.eventTypes !== undefined ? { eventTypes: [...new Set(input.eventTypes)] } : {}),
      ...(input.isEnabled !== undefined ? { isEnabled: input.isEnabled } : {}),
    });
    if (url === null) throw notFound("webhook endpoint");
    await auditAction(tx, session, organisationId, "webhook.updated", { type: "webhook_endpoint", id: endpointId, label: url }, { ...input });
  });
  forgetWebhookEndpoints(organisationId);
  return presentOne(ctx, organisationId, endpointId);
}

export async function rotateSecret(ctx: AppContext, session: CurrentSession, membership: Membership, endpointId: string): Promise<WebhookEndpointWithSecret> {
  const organisationId = membership.organisationId;
  const secret = newWebhookSecret();
  await ctx.db.transaction(async (tx) => {
    const url = await replaceSecret(tx, organisationId, endpointId, webhookSecretBox(ctx.env).seal(secret), new Date(Date.now() + rotationGraceMs));
    if (url === null) throw notFound("webhook endpoint");
    await auditAction(tx, session, organisationId, "webhook.secret_rotated", { type: "webhook_endpoint", id: endpointId, label: url });
  });
  return { ...(await presentOne(ctx, organisationId, endpointId)), secret };
}

export async function deleteEndpoint(ctx: AppContext, session: CurrentSession, membership: Membership, endpointId: string): Promise<void> {
  const organisationId = membership.organisationId;
  await ctx.db.transaction(async (tx) => {
    const url = await deleteEndpointRow(tx, organisationId, endpointId);
    if (url === null) throw notFound("webhook endpoint");
    await auditAction(tx, session, organisationId, "webhook.deleted", { type: "webhook_endpoint", id: endpointId, label: url });
  });
  forgetWebhookEndpoints(organisationId);
}

export async function listDeliveries(ctx: AppContext, organisationId: string, filter: { endpointId?: string; status?: string; limit: number }): Promise<WebhookDelivery[]> {
  return (await listDeliveryRows(ctx.db, organisationId, filter)).map(presentDelivery);
}

/** A `webhook.test` event to one endpoint (enabled or not), to check the receiver and its signature check. */
export async function sendTestEvent(ctx: AppContext, session: CurrentSession, membership: Membership, endpointId: string): Promise<WebhookDelivery> {
  const organisationId = membership.organisationId;
  const deliveryId = await ctx.db.transaction(async (tx) => {
    const endpoint = await findEndpoint(tx, organisationId, endpointId);
    if (!endpoint) throw notFound("webhook endpoint");
    const body = JSON.stringify({ type: "webhook.test", timestamp: new Date().toISOString(), data: { organisationId, endpointId, sentBy: session.user.name } });
    const id = await insertDelivery(tx, { organisationId, endpointId, eventType: "webhook.test", body });
    await enqueue(tx, webhookDeliverJob, { deliveryId: id, attempt: 1 });
    return id;
  });
  const [row] = await listDeliveryRows(ctx.db, organisationId, { limit: 1, id: deliveryId });
  if (!row) throw notFound("webhook delivery");
  return presentDelivery(row);
}

/** Sends a delivery again now, whatever its state: one more attempt (a failed one stays failed if it fails again). */
export async function redeliver(ctx: AppContext, session: CurrentSession, membership: Membership, deliveryId: string): Promise<WebhookDelivery> {
  const organisationId = membership.organisationId;
  await ctx.db.transaction(async (tx) => {
    const attempts = await markForRedelivery(tx, organisationId, deliveryId);
    if (attempts === null) throw notFound("webhook delivery");
    await enqueue(tx, webhookDeliverJob, { deliveryId, attempt: attempts + 1 });
    await auditAction(tx, session, organisationId, "webhook.redelivered", { type: "webhook_delivery", id: deliveryId });
  });
  const [row] = await listDeliveryRows(ctx.db, organisationId, { limit: 1, id: deliveryId });
  if (!row) throw notFound("webhook delivery");
  return presentDelivery(row);
}
