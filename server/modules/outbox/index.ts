/** The outbox feature: its public surface (docs/architecture.md, "Features"). */
import { defineFeature } from "../../platform/feature.js";
import { registerOutboxRoutes } from "./outbox.routes.js";

export const feature = defineFeature({
  name: "outbox",
  routes: registerOutboxRoutes,
});
