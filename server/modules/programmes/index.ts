/** The programmes feature: its public surface (docs/architecture.md, "Features"). */
import { defineFeature } from "../../platform/feature.js";
import { registerProgrammeRoutes } from "./programmes.routes.js";

export { isOwnProgramme } from "./programmes.service.js";

export const feature = defineFeature({
  name: "programmes",
  routes: registerProgrammeRoutes,
});
