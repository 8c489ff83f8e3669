/** The members feature: its public surface (docs/architecture.md, "Features"). */
import { defineFeature } from "../../platform/feature.js";
import { registerMemberRoutes } from "./members.routes.js";

export { acceptGuestInvitation } from "./guest-invitations.service.js";
export { addMemberUnlessPresent, ensureGuestMembership, findUserByEmail } from "./members.queries.js";
export { guestWelcomeLink } from "./members.service.js";
export { organisationNameOf } from "./members.service.js";

export const feature = defineFeature({
  name: "members",
  routes: registerMemberRoutes,
});
