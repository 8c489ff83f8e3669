/** The sso feature's endpoints: an organisation's OpenID Connect identity provider and the proof of its domain. */
import { configureSsoSchema, ssoSettingsSchema } from "../schemas/admin.js";
import { contractsFor } from "./endpoint.js";

/**
 * Why saving the SSO settings was refused, in `errors[].message` (the web app says what to do for each).
 * `issuer_unusable` is the one answer for every reason the issuer cannot be used — refused address,
 * network failure, not an OpenID provider, issuer mismatch — so that the answer tells nothing about
 * ports or internal servers (docs/security.md, finding 8).
 */
export const ssoProblems = ["issuer_unusable", "domain_taken", "public_domain"] as const;
export type SsoProblem = (typeof ssoProblems)[number];

const api = contractsFor({ tag: "single sign-on", base: "/api/v1/organisations/:orgId/sso" });

export const ssoContract = {
  get: api.get("", "SSO settings", "sso.manage", { response: ssoSettingsSchema }),
  configure: api.put("", "Configure OpenID Connect SSO", "sso.manage", { body: configureSsoSchema, response: ssoSettingsSchema }),
  verifyDomain: api.post("/verify-domain", "Check the domain's DNS TXT record now (SSO signs nobody in before it is found)", "sso.manage", {
    response: ssoSettingsSchema,
  }),
  remove: api.delete("", "Remove SSO", "sso.manage", { response: null }),
};
