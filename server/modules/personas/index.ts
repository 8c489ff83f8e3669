/** The personas feature: its public surface (docs/architecture.md, "Features"). */
import { defineFeature } from "../../platform/feature.js";
import { registerPersonaRoutes } from "./personas.routes.js";

export const feature = defineFeature({
  name: "personas",
  routes: registerPersonaRoutes,
});
