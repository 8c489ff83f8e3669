/** The members feature: its public surface (docs/architecture.md, "Features"). */
import { defineFeature } from "../../platform/feature.js";
import { registerMemberRoutes } from "./members.routes.js";

export const feature = defineFeature({
  name: "members",
  routes: registerMemberRoutes,
});
