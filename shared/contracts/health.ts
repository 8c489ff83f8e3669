/**
 * The health feature's endpoint, outside /api/v1 (monitoring probes call it; its path never
 * changes). It answers the same document with 503 when the database cannot be reached.
 */
import { healthSchema } from "../schemas/health.js";
import { contractsFor } from "./endpoint.js";

const api = contractsFor({ tag: "health", base: "/api/health" });

export const healthContract = {
  get: api.get("", "Health of the app and its database", { public: true }, { response: healthSchema }),
};
