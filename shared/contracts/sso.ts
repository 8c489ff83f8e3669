/** The sso feature's endpoints: an organisation's OpenID Connect identity provider and the proof of its domain. */
import { configureSsoSchema, ssoSettingsSchema } from "../schemas/admin.js";
import { contractsFor } from "./endpoint.js";

const api = contractsFor({ tag: "single sign-on", base: "/api/v1/organisations/:orgId/sso" });

export const ssoContract = {
  get: api.get("", "SSO settings", "sso.manage", { response: ssoSettingsSchema }),
  configure: api.put("", "Configure OpenID Connect SSO", "sso.manage", { body: configureSsoSchema, response: ssoSettingsSchema }),
  verifyDomain: api.post("/verify-domain", "Check the domain's DNS TXT record now (SSO signs nobody in before it is found)", "sso.manage", {
    response: ssoSettingsSchema,
  }),
  remove: api.delete("", "Remove SSO", "sso.manage", { response: null }),
};
