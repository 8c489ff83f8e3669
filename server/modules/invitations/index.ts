/** The invitations feature: its public surface (docs/architecture.md, "Features"). */
import { defineFeature } from "../../platform/feature.js";
import { registerInvitationRoutes } from "./invitations.routes.js";

export const feature = defineFeature({
  name: "invitations",
  routes: (app, ctx) =>
    app.register(
      async (v1) => {
        registerInvitationRoutes(v1, ctx);
      },
      { prefix: "/api/v1" },
    ),
});
