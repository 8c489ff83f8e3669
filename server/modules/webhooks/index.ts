/** The webhooks feature: its public surface (docs/architecture.md, "Features"). */
import { defineFeature } from "../../platform/feature.js";
import { registerWebhookRoutes } from "./webhooks.routes.js";
import { webhookDeliveryJob } from "./delivery.js";
import { sealStoredWebhookSecrets } from "./webhook-secrets.js";

export const feature = defineFeature({
  name: "webhooks",
  routes: (app, ctx) =>
    app.register(
      async (v1) => {
        registerWebhookRoutes(v1, ctx);
      },
      { prefix: "/api/v1" },
    ),
  jobs: (ctx) => [{ kind: "webhook.deliver", run: webhookDeliveryJob(ctx) }],
  prepare: (ctx) => sealStoredWebhookSecrets(ctx.db, ctx.env),
});
