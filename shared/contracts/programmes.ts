/** The programmes feature's endpoints: the trainings (formations) an organisation offers. */
import { z } from "zod";
import { orgParamsSchema } from "../schemas/common.js";
import { entityParamsSchema, programmeInputSchema, programmeSchema, updateProgrammeSchema } from "../schemas/ecosystem.js";
import { endpoint } from "./endpoint.js";

const tags = ["programmes"];
const base = "/api/v1/organisations/:orgId/programmes";

export const programmesContract = {
  list: endpoint({
    method: "GET",
    path: base,
    summary: "Programmes",
    tags,
    access: { ability: "journey.read" },
    params: orgParamsSchema,
    response: z.array(programmeSchema),
  }),
  get: endpoint({
    method: "GET",
    path: `${base}/:id`,
    summary: "One programme",
    tags,
    access: { ability: "journey.read" },
    params: entityParamsSchema,
    response: programmeSchema,
  }),
  create: endpoint({
    method: "POST",
    path: base,
    summary: "Add a programme",
    tags,
    access: { ability: "journey.edit" },
    params: orgParamsSchema,
    body: programmeInputSchema,
    response: programmeSchema,
    status: 201,
  }),
  update: endpoint({
    method: "PATCH",
    path: `${base}/:id`,
    summary: "Change a programme",
    tags,
    access: { ability: "journey.edit" },
    params: entityParamsSchema,
    body: updateProgrammeSchema,
    response: programmeSchema,
  }),
  remove: endpoint({
    method: "DELETE",
    path: `${base}/:id`,
    summary: "Delete a programme",
    tags,
    access: { ability: "journey.edit" },
    params: entityParamsSchema,
    response: null,
  }),
};
