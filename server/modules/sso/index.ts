/** The sso feature: its public surface (docs/architecture.md, "Features"). */
import { defineFeature } from "../../platform/feature.js";
import { registerSsoRoutes } from "./sso.routes.js";
import { sealStoredSsoSecrets } from "./sso-secrets.js";
export { authDatabase } from "./sso-secrets.js";
export { listIssuerOrigins, provisionSsoMember, ssoDomainRefusal } from "./sso.service.js";

export const feature = defineFeature({
  name: "sso",
  routes: (app, ctx) =>
    app.register(
      async (v1) => {
        registerSsoRoutes(v1, ctx);
      },
      { prefix: "/api/v1" },
    ),
  prepare: (ctx) => sealStoredSsoSecrets(ctx.db, ctx.env),
});
