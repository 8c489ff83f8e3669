/** The auth feature: its public surface (docs/architecture.md, "Features"). */
import { defineFeature } from "../../platform/feature.js";
import { registerAuthRoutes } from "./auth.routes.js";

export const feature = defineFeature({
  name: "auth",
  routes: registerAuthRoutes,
});
