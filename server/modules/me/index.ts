/** The me feature: its public surface (docs/architecture.md, "Features"). */
import { defineFeature } from "../../platform/feature.js";
import { registerMeRoutes } from "./me.routes.js";

export const feature = defineFeature({
  name: "me",
  routes: registerMeRoutes,
});
