/** The personas feature: its public surface (docs/architecture.md, "Features"). */
import { defineFeature } from "../../platform/feature.js";
import { registerPersonaRoutes } from "./personas.routes.js";

export const feature = defineFeature({
  name: "personas",
  routes: (app, ctx) =>
    app.register(
      async (v1) => {
        registerPersonaRoutes(v1, ctx);
      },
      { prefix: "/api/v1" },
    ),
});
