/** The better-auth browser client (sessions, passwords, magic links, organisation SSO). */
import { ssoClient } from "@better-auth/sso/client";
import { magicLinkClient, organizationClient } from "better-auth/client/plugins";
import { createAuthClient } from "better-auth/react";

export const authClient = createAuthClient({
  basePath: "/api/auth",
  plugins: [organizationClient(), magicLinkClient(), ssoClient()],
});

/** Minimum password length, as required by the server. */
export const minPasswordLength = 10;
