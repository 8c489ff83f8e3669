/** The journeys feature: its public surface (docs/architecture.md, "Features"). */
import { defineFeature } from "../../platform/feature.js";
import { registerJourneyRoutes } from "./journeys.routes.js";
import { registerJourneyStructureRoutes } from "./structure.routes.js";
import { registerJourneyVersionRoutes } from "./versions.routes.js";

export const feature = defineFeature({
  name: "journeys",
  routes: (app, ctx) =>
    app.register(
      async (v1) => {
        registerJourneyRoutes(v1, ctx);
        registerJourneyStructureRoutes(v1, ctx);
        registerJourneyVersionRoutes(v1, ctx);
      },
      { prefix: "/api/v1" },
    ),
});
