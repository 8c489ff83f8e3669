/** The stakeholders feature's endpoints: the organisation's stakeholder taxonomy. */
import { z } from "zod";
import { orgParamsSchema } from "../schemas/common.js";
import { createStakeholderTypeSchema, entityParamsSchema, reorderSchema, stakeholderTypeSchema, updateStakeholderTypeSchema } from "../schemas/ecosystem.js";
import { endpoint } from "./endpoint.js";

const tags = ["stakeholders"];
const base = "/api/v1/organisations/:orgId/stakeholder-types";

export const stakeholdersContract = {
  list: endpoint({
    method: "GET",
    path: base,
    summary: "Stakeholder types",
    tags,
    access: { ability: "journey.read" },
    params: orgParamsSchema,
    response: z.array(stakeholderTypeSchema),
  }),
  create: endpoint({
    method: "POST",
    path: base,
    summary: "Add a stakeholder type",
    tags,
    access: { ability: "journey.edit" },
    params: orgParamsSchema,
    body: createStakeholderTypeSchema,
    response: stakeholderTypeSchema,
    status: 201,
  }),
  update: endpoint({
    method: "PATCH",
    path: `${base}/:id`,
    summary: "Rename or archive a stakeholder type",
    tags,
    access: { ability: "journey.edit" },
    params: entityParamsSchema,
    body: updateStakeholderTypeSchema,
    response: stakeholderTypeSchema,
  }),
  reorder: endpoint({
    method: "POST",
    path: `${base}/reorder`,
    summary: "Order stakeholder types",
    tags,
    access: { ability: "journey.edit" },
    params: orgParamsSchema,
    body: reorderSchema,
    response: z.array(stakeholderTypeSchema),
  }),
};
