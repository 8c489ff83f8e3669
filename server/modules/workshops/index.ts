/** The workshops feature: its public surface (docs/architecture.md, "Features"). */
import { defineFeature } from "../../platform/feature.js";
import { registerWorkshopRoutes } from "./workshops.routes.js";
import { registerWorkshopAfterwardsRoutes } from "./afterwards.routes.js";
import { briefJobKind, workshopBriefJob } from "./brief.service.js";
export { recordWorkshopClosed } from "./close.service.js";

export const feature = defineFeature({
  name: "workshops",
  routes: (app, ctx) =>
    app.register(
      async (v1) => {
        registerWorkshopRoutes(v1, ctx);
        registerWorkshopAfterwardsRoutes(v1, ctx);
      },
      { prefix: "/api/v1" },
    ),
  jobs: (ctx) => [{ kind: briefJobKind, run: workshopBriefJob(ctx) }],
});
