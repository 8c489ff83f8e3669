/** The promoters feature's endpoints: the review page promoters are invited to. */
import { reviewSettingsSchema } from "../schemas/promoters.js";
import { contractsFor } from "./endpoint.js";

const api = contractsFor({ tag: "surveys", base: "/api/v1/organisations/:orgId/review-settings" });

export const promotersContract = {
  getReviewSettings: api.get("", "The review page promoters are invited to", "survey.read", { response: reviewSettingsSchema }),
  putReviewSettings: api.put("", "Set (or remove) the review page promoters are invited to", "organisation.update", {
    body: reviewSettingsSchema,
    response: reviewSettingsSchema,
  }),
};
