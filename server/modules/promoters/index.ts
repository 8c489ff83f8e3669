/** The promoters feature: its public surface (docs/architecture.md, "Features"). */
import { defineFeature } from "../../platform/feature.js";
import { promoterThanks } from "./promoters.service.js";
import { registerPromoterRoutes } from "./promoters.routes.js";

export const feature = defineFeature({
  name: "promoters",
  routes: registerPromoterRoutes,
  subscriptions: [promoterThanks],
});
