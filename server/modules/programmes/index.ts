/** The programmes feature: its public surface (docs/architecture.md, "Features"). */
import { defineFeature } from "../../platform/feature.js";
import { registerProgrammeRoutes } from "./programmes.routes.js";

export const feature = defineFeature({
  name: "programmes",
  routes: (app, ctx) =>
    app.register(
      async (v1) => {
        registerProgrammeRoutes(v1, ctx);
      },
      { prefix: "/api/v1" },
    ),
});
