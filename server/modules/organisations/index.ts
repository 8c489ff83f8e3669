/** The organisations feature: its public surface (docs/architecture.md, "Features"). */
import { defineFeature } from "../../platform/feature.js";
import { registerOrganisationRoutes } from "./organisations.routes.js";

export const feature = defineFeature({
  name: "organisations",
  routes: (app, ctx) =>
    app.register(
      async (v1) => {
        registerOrganisationRoutes(v1, ctx);
      },
      { prefix: "/api/v1" },
    ),
});
