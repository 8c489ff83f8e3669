/** The stakeholders feature's endpoints: the organisation's stakeholder taxonomy. */
import { z } from "zod";
import { createStakeholderTypeSchema, entityParamsSchema, reorderSchema, stakeholderTypeSchema, updateStakeholderTypeSchema } from "../schemas/ecosystem.js";
import { contractsFor } from "./endpoint.js";

const api = contractsFor({ tag: "stakeholders", base: "/api/v1/organisations/:orgId/stakeholder-types" });

export const stakeholdersContract = {
  list: api.get("", "Stakeholder types", "journey.read", { response: z.array(stakeholderTypeSchema) }),
  create: api.post("", "Add a stakeholder type", "journey.edit", { body: createStakeholderTypeSchema, response: stakeholderTypeSchema, status: 201 }),
  update: api.patch("/:id", "Rename or archive a stakeholder type", "journey.edit", {
    params: entityParamsSchema,
    body: updateStakeholderTypeSchema,
    response: stakeholderTypeSchema,
  }),
  reorder: api.post("/reorder", "Order stakeholder types", "journey.edit", { body: reorderSchema, response: z.array(stakeholderTypeSchema) }),
};
