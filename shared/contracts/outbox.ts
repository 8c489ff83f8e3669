/** The outbox feature's endpoint: e-mails of an organisation kept because no SMTP server is configured. */
import { outboxSchema } from "../schemas/admin.js";
import { orgParamsSchema } from "../schemas/common.js";
import { endpoint } from "./endpoint.js";

export const outboxContract = {
  list: endpoint({
    method: "GET",
    path: "/api/v1/organisations/:orgId/outbox",
    summary: "E-mails kept in the outbox",
    tags: ["administration"],
    access: { ability: "outbox.read" },
    params: orgParamsSchema,
    response: outboxSchema,
  }),
};
