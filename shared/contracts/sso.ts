/** The sso feature's endpoints: an organisation's OpenID Connect identity provider and the proof of its domain. */
import { configureSsoSchema, ssoSettingsSchema } from "../schemas/admin.js";
import { orgParamsSchema } from "../schemas/common.js";
import { endpoint } from "./endpoint.js";

const tags = ["single sign-on"];
const path = "/api/v1/organisations/:orgId/sso";

export const ssoContract = {
  get: endpoint({
    method: "GET",
    path,
    summary: "SSO settings",
    tags,
    access: { ability: "sso.manage" },
    params: orgParamsSchema,
    response: ssoSettingsSchema,
  }),
  configure: endpoint({
    method: "PUT",
    path,
    summary: "Configure OpenID Connect SSO",
    tags,
    access: { ability: "sso.manage" },
    params: orgParamsSchema,
    body: configureSsoSchema,
    response: ssoSettingsSchema,
  }),
  verifyDomain: endpoint({
    method: "POST",
    path: `${path}/verify-domain`,
    summary: "Check the domain's DNS TXT record now (SSO signs nobody in before it is found)",
    tags,
    access: { ability: "sso.manage" },
    params: orgParamsSchema,
    response: ssoSettingsSchema,
  }),
  remove: endpoint({
    method: "DELETE",
    path,
    summary: "Remove SSO",
    tags,
    access: { ability: "sso.manage" },
    params: orgParamsSchema,
    response: null,
  }),
};
