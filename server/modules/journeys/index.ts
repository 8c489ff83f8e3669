/** The journeys feature: its public surface (docs/architecture.md, "Features"). */
import { defineFeature } from "../../platform/feature.js";
import { registerJourneyRoutes } from "./journeys.routes.js";
import { registerJourneyStructureRoutes } from "./structure.routes.js";
import { registerJourneyVersionRoutes } from "./versions.routes.js";

export { importDocument } from "./journey-document.js";
export { findJourney } from "./journeys.queries.js";
export { editJourney, getJourneyMap, listJourneys } from "./journeys.service.js";
export { journeyTemplate } from "./templates/index.js";
export {
  cellProblem,
  type CellAddition,
  isInCell,
  journeyCells,
  journeyExists,
  journeyStepTitles,
  mergeIntoCells,
  scopeInJourney,
} from "./workshop-merge.service.js";

export const feature = defineFeature({
  name: "journeys",
  routes: (app, ctx) => {
    registerJourneyRoutes(app, ctx);
    registerJourneyStructureRoutes(app, ctx);
    registerJourneyVersionRoutes(app, ctx);
  },
});
