/**
 * The health feature's endpoint, outside /api/v1 (monitoring probes call it; its path never
 * changes). It answers the same document with 503 when the database cannot be reached.
 */
import { healthSchema } from "../schemas/health.js";
import { endpoint } from "./endpoint.js";

export const healthContract = {
  get: endpoint({
    method: "GET",
    path: "/api/health",
    summary: "Health of the app and its database",
    tags: ["health"],
    access: { public: true },
    response: healthSchema,
  }),
};
