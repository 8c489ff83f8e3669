/**
 * The better-auth browser client: sessions, passwords, e-mail verification, magic links and
 * organisation SSO. Only these endpoints are mounted on the server (see
 * server/modules/auth/auth.routes.ts); organisations, members and invitations go through /api/v1.
 */
import { ssoClient } from "@better-auth/sso/client";
import { magicLinkClient } from "better-auth/client/plugins";
import { createAuthClient } from "better-auth/react";

export const authClient = createAuthClient({
  basePath: "/api/auth",
  plugins: [magicLinkClient(), ssoClient()],
});

/** Minimum password length, as required by the server. */
export const minPasswordLength = 10;
