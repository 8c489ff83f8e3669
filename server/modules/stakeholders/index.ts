/** The stakeholders feature: its public surface (docs/architecture.md, "Features"). */
import { defineFeature } from "../../platform/feature.js";
import { registerStakeholderRoutes } from "./stakeholders.routes.js";

export {
  areOwnStakeholderTypes,
  findStakeholderType,
  listStakeholderTypes,
  resolveStakeholderTypes,
  seedStakeholderTypes,
  stakeholderTypeIdsBySeedKey,
} from "./stakeholders.service.js";
export { seededStakeholderTypes } from "./taxonomy.js";

export const feature = defineFeature({
  name: "stakeholders",
  routes: registerStakeholderRoutes,
});
