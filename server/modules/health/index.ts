/** The health feature: its public surface (docs/architecture.md, "Features"). */
import { defineFeature } from "../../platform/feature.js";
import { registerHealthRoutes } from "./health.routes.js";

export const feature = defineFeature({
  name: "health",
  routes: registerHealthRoutes,
});
