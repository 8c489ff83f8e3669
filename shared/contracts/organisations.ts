/** The organisations feature's endpoints: mine, create one, switch to one, read and change its settings. */
import { z } from "zod";
import { orgParamsSchema } from "../schemas/common.js";
import { createOrganisationSchema, organisationSchema, updateOrganisationSchema } from "../schemas/organisations.js";
import { endpoint } from "./endpoint.js";

const tags = ["organisations"];

export const organisationsContract = {
  list: endpoint({
    method: "GET",
    path: "/api/v1/organisations",
    summary: "Organisations I belong to",
    tags,
    access: { signedIn: true },
    response: z.array(organisationSchema),
  }),
  create: endpoint({
    method: "POST",
    path: "/api/v1/organisations",
    summary: "Create an organisation (I become its owner)",
    tags,
    access: { signedIn: true },
    body: createOrganisationSchema,
    response: organisationSchema,
    status: 201,
  }),
  activate: endpoint({
    method: "POST",
    path: "/api/v1/organisations/:orgId/activate",
    summary: "Switch to this organisation",
    tags,
    // Any member may switch to their organisation: every role, guests included, reads it.
    access: { ability: "organisation.read" },
    params: orgParamsSchema,
    response: null,
  }),
  get: endpoint({
    method: "GET",
    path: "/api/v1/organisations/:orgId",
    summary: "One organisation",
    tags,
    access: { ability: "organisation.read" },
    params: orgParamsSchema,
    response: organisationSchema,
  }),
  update: endpoint({
    method: "PATCH",
    path: "/api/v1/organisations/:orgId",
    summary: "Change an organisation's settings",
    tags,
    access: { ability: "organisation.update" },
    params: orgParamsSchema,
    body: updateOrganisationSchema,
    response: organisationSchema,
  }),
};
