/** The stakeholders feature: its public surface (docs/architecture.md, "Features"). */
import { defineFeature } from "../../platform/feature.js";
import { registerStakeholderRoutes } from "./stakeholders.routes.js";

export const feature = defineFeature({
  name: "stakeholders",
  routes: (app, ctx) =>
    app.register(
      async (v1) => {
        registerStakeholderRoutes(v1, ctx);
      },
      { prefix: "/api/v1" },
    ),
});
export { seedStakeholderTypes } from "./stakeholders.service.js";
