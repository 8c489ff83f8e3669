/** The sso feature: its public surface (docs/architecture.md, "Features"). */
import { defineFeature } from "../../platform/feature.js";
import { registerSsoRoutes } from "./sso.routes.js";
import { sealStoredSsoSecrets } from "./sso-secrets.js";
export { authDatabase } from "./sso-secrets.js";
export { listIssuerOrigins, provisionSsoMember, ssoDomainRefusal } from "./sso.service.js";

export const feature = defineFeature({
  name: "sso",
  routes: registerSsoRoutes,
  prepare: (ctx) => sealStoredSsoSecrets(ctx.db, ctx.env),
});
