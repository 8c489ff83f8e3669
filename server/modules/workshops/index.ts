/** The workshops feature: its public surface (docs/architecture.md, "Features"). */
import { defineFeature } from "../../platform/feature.js";
import { handleJob } from "../../platform/jobs.js";
import { registerWorkshopAfterwardsRoutes } from "./afterwards.routes.js";
import { sendWorkshopBrief } from "./brief.service.js";
import { workshopBriefJob } from "./workshops.jobs.js";
import { workshopPolicies } from "./workshops.policy.js";
import { registerWorkshopRoutes } from "./workshops.routes.js";

export { recordWorkshopClosed } from "./close.service.js";
export { workshopBriefJob } from "./workshops.jobs.js";
// For the live socket (server/realtime/workshop-socket.ts), which authorises through the same
// policy as HTTP: checkPolicy(ctx, "workshop.read", session, { orgId, workshopId }).
export type { WorkshopAccess } from "./workshops.policy.js";
export { acceptWorkshopInvitation } from "./participants.service.js";
export { joinAsObserver, listInvitedParticipants } from "./participants.queries.js";
export { findWorkshopOrganisationOfMember } from "./workshops.queries.js";
/** For the home page (home feature): the caller's actions and the upcoming workshops. */
export { listImprovementActions } from "./actions.service.js";
export { listWorkshops } from "./workshops.service.js";

export const feature = defineFeature({
  name: "workshops",
  routes: (app, ctx) => {
    registerWorkshopRoutes(app, ctx);
    registerWorkshopAfterwardsRoutes(app, ctx);
  },
  jobs: (ctx) => [
    handleJob(workshopBriefJob, async (payload) => {
      await sendWorkshopBrief(ctx, payload);
    }),
  ],
  policies: workshopPolicies,
});
