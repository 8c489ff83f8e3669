/** The personas feature's endpoints: representative people of each stakeholder type, with avatars. */
import { z } from "zod";
import { orgParamsSchema } from "../schemas/common.js";
import { entityParamsSchema, personaInputSchema, personaListQuerySchema, personaSchema, updatePersonaSchema } from "../schemas/ecosystem.js";
import { endpoint } from "./endpoint.js";

const tags = ["personas"];
const base = "/api/v1/organisations/:orgId/personas";

/** The image types an avatar may have (checked on the bytes too, server side). */
export const avatarMediaTypes = ["image/png", "image/jpeg", "image/webp"] as const;

export const personasContract = {
  list: endpoint({
    method: "GET",
    path: base,
    summary: "Personas",
    tags,
    access: { ability: "journey.read" },
    params: orgParamsSchema,
    query: personaListQuerySchema,
    response: z.array(personaSchema),
  }),
  get: endpoint({
    method: "GET",
    path: `${base}/:id`,
    summary: "One persona",
    tags,
    access: { ability: "journey.read" },
    params: entityParamsSchema,
    response: personaSchema,
  }),
  create: endpoint({
    method: "POST",
    path: base,
    summary: "Create a persona",
    tags,
    access: { ability: "journey.edit" },
    params: orgParamsSchema,
    body: personaInputSchema,
    response: personaSchema,
    status: 201,
  }),
  update: endpoint({
    method: "PATCH",
    path: `${base}/:id`,
    summary: "Change a persona",
    tags,
    access: { ability: "journey.edit" },
    params: entityParamsSchema,
    body: updatePersonaSchema,
    response: personaSchema,
  }),
  remove: endpoint({
    method: "DELETE",
    path: `${base}/:id`,
    summary: "Delete a persona",
    tags,
    access: { ability: "journey.edit" },
    params: entityParamsSchema,
    response: null,
  }),
  /** The body is the image itself (PNG, JPEG or WebP), not JSON: the web app sends it with `fetch`. */
  uploadAvatar: endpoint({
    method: "PUT",
    path: `${base}/:id/avatar`,
    summary: "Upload an avatar (PNG, JPEG or WebP, 512 KB at most)",
    tags,
    access: { ability: "journey.edit" },
    params: entityParamsSchema,
    response: personaSchema,
  }),
  avatar: endpoint({
    method: "GET",
    path: `${base}/:id/avatar`,
    summary: "A persona's avatar image",
    tags,
    access: { ability: "journey.read" },
    params: entityParamsSchema,
    response: { file: "image/*" },
  }),
};
