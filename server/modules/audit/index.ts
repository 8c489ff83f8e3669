/** The audit feature: its public surface (docs/architecture.md, "Features"). */
import { defineFeature } from "../../platform/feature.js";
import { registerAuditRoutes } from "./audit.routes.js";

export const feature = defineFeature({
  name: "audit",
  routes: registerAuditRoutes,
});
