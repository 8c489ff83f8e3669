/** The home feature's endpoint: a member's start page, composed from the other features. */
import { homeSchema } from "../schemas/home.js";
import { contractsFor } from "./endpoint.js";

const api = contractsFor({ tag: "home", base: "/api/v1/organisations/:orgId/home" });

export const homeContract = {
  get: api.get("", "What needs me now, recent journeys and the latest NPS", "organisation.read", { response: homeSchema }),
};
