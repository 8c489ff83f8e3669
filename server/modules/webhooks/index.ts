/** The webhooks feature: its public surface (docs/architecture.md, "Features"). */
import { handleJob } from "../../platform/jobs.js";
import { defineFeature } from "../../platform/feature.js";
import { responseCreatedWebhooks } from "./answer-completed.js";
import { webhookDeliveryJob } from "./delivery.js";
import { waveOpenedWebhooks } from "./wave-opened.js";
import { sealStoredWebhookSecrets } from "./webhook-secrets.js";
import { webhookDeliverJob } from "./webhooks.jobs.js";
import { registerWebhookRoutes } from "./webhooks.routes.js";

export const feature = defineFeature({
  name: "webhooks",
  routes: registerWebhookRoutes,
  jobs: (ctx) => {
    const deliver = webhookDeliveryJob(ctx);
    return [handleJob(webhookDeliverJob, (payload) => deliver(payload))];
  },
  subscriptions: [responseCreatedWebhooks, waveOpenedWebhooks],
  prepare: (ctx) => sealStoredWebhookSecrets(ctx.db, ctx.env),
});
