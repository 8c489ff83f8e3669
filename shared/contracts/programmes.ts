/** The programmes feature's endpoints: the trainings (formations) an organisation offers. */
import { z } from "zod";
import { entityParamsSchema, programmeInputSchema, programmeSchema, updateProgrammeSchema } from "../schemas/ecosystem.js";
import { contractsFor } from "./endpoint.js";

const api = contractsFor({ tag: "programmes", base: "/api/v1/organisations/:orgId/programmes" });

export const programmesContract = {
  list: api.get("", "Programmes", "journey.read", { response: z.array(programmeSchema) }),
  get: api.get("/:id", "One programme", "journey.read", { params: entityParamsSchema, response: programmeSchema }),
  create: api.post("", "Add a programme", "journey.edit", { body: programmeInputSchema, response: programmeSchema, status: 201 }),
  update: api.patch("/:id", "Change a programme", "journey.edit", { params: entityParamsSchema, body: updateProgrammeSchema, response: programmeSchema }),
  remove: api.delete("/:id", "Delete a programme", "journey.edit", { params: entityParamsSchema, response: null }),
};
