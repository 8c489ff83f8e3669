/** The personas feature's endpoints: representative people of each stakeholder type, with avatars. */
import { z } from "zod";
import { entityParamsSchema, personaInputSchema, personaListQuerySchema, personaSchema, updatePersonaSchema } from "../schemas/ecosystem.js";
import { contractsFor } from "./endpoint.js";

const api = contractsFor({ tag: "personas", base: "/api/v1/organisations/:orgId/personas" });

/** The image types an avatar may have (checked on the bytes too, server side). */
export const avatarMediaTypes = ["image/png", "image/jpeg", "image/webp"] as const;

export const personasContract = {
  list: api.get("", "Personas", "journey.read", { query: personaListQuerySchema, response: z.array(personaSchema) }),
  get: api.get("/:id", "One persona", "journey.read", { params: entityParamsSchema, response: personaSchema }),
  create: api.post("", "Create a persona", "journey.edit", { body: personaInputSchema, response: personaSchema, status: 201 }),
  update: api.patch("/:id", "Change a persona", "journey.edit", { params: entityParamsSchema, body: updatePersonaSchema, response: personaSchema }),
  remove: api.delete("/:id", "Delete a persona", "journey.edit", { params: entityParamsSchema, response: null }),
  /** The body is the image itself (PNG, JPEG or WebP), not JSON: the web app sends it with `fetch`. */
  uploadAvatar: api.put("/:id/avatar", "Upload an avatar (PNG, JPEG or WebP, 512 KB at most)", "journey.edit", {
    params: entityParamsSchema,
    response: personaSchema,
  }),
  avatar: api.get("/:id/avatar", "A persona's avatar image", "journey.read", { params: entityParamsSchema, response: { file: "image/*" } }),
};
