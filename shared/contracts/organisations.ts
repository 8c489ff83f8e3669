/** The organisations feature's endpoints: mine, create one, switch to one, read and change its settings. */
import { z } from "zod";
import { createOrganisationSchema, organisationSchema, updateOrganisationSchema } from "../schemas/organisations.js";
import { contractsFor } from "./endpoint.js";

const api = contractsFor({ tag: "organisations", base: "/api/v1/organisations" });

export const organisationsContract = {
  list: api.get("", "Organisations I belong to", { signedIn: true }, { response: z.array(organisationSchema) }),
  create: api.post(
    "",
    "Create an organisation (I become its owner)",
    { signedIn: true },
    { body: createOrganisationSchema, response: organisationSchema, status: 201 },
  ),
  // Any member may switch to their organisation: every role, guests included, reads it.
  activate: api.post("/:orgId/activate", "Switch to this organisation", "organisation.read", { response: null }),
  get: api.get("/:orgId", "One organisation", "organisation.read", { response: organisationSchema }),
  update: api.patch("/:orgId", "Change an organisation's settings", "organisation.update", { body: updateOrganisationSchema, response: organisationSchema }),
};
