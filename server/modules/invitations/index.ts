/** The invitations feature: its public surface (docs/architecture.md, "Features"). */
import { defineFeature } from "../../platform/feature.js";
import { registerInvitationRoutes } from "./invitations.routes.js";

export const feature = defineFeature({
  name: "invitations",
  routes: registerInvitationRoutes,
});
