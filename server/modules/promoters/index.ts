/** The promoters feature: its public surface (docs/architecture.md, "Features"). */
import { defineFeature } from "../../platform/feature.js";
import { registerPromoterRoutes } from "./promoters.routes.js";

export const feature = defineFeature({
  name: "promoters",
  routes: (app, ctx) =>
    app.register(
      async (v1) => {
        registerPromoterRoutes(v1, ctx);
      },
      { prefix: "/api/v1" },
    ),
});
