/** The home feature: a member's start page, composed from the other features (docs/architecture.md, "Features"). */
import { defineFeature } from "../../platform/feature.js";
import { registerHomeRoutes } from "./home.routes.js";

export const feature = defineFeature({
  name: "home",
  routes: registerHomeRoutes,
});
