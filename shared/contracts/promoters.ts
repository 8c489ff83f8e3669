/** The promoters feature's endpoints: the review page promoters are invited to. */
import { orgParamsSchema } from "../schemas/common.js";
import { reviewSettingsSchema } from "../schemas/promoters.js";
import { endpoint } from "./endpoint.js";

const tags = ["surveys"];
const path = "/api/v1/organisations/:orgId/review-settings";

export const promotersContract = {
  getReviewSettings: endpoint({
    method: "GET",
    path,
    summary: "The review page promoters are invited to",
    tags,
    access: { ability: "survey.read" },
    params: orgParamsSchema,
    response: reviewSettingsSchema,
  }),
  putReviewSettings: endpoint({
    method: "PUT",
    path,
    summary: "Set (or remove) the review page promoters are invited to",
    tags,
    access: { ability: "organisation.update" },
    params: orgParamsSchema,
    body: reviewSettingsSchema,
    response: reviewSettingsSchema,
  }),
};
