/** The organisations feature: its public surface (docs/architecture.md, "Features"). */
import { defineFeature } from "../../platform/feature.js";
import { registerOrganisationRoutes } from "./organisations.routes.js";

export const feature = defineFeature({
  name: "organisations",
  routes: registerOrganisationRoutes,
});
