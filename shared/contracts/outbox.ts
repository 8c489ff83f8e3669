/** The outbox feature's endpoint: e-mails of an organisation kept because no SMTP server is configured. */
import { outboxSchema } from "../schemas/admin.js";
import { contractsFor } from "./endpoint.js";

const api = contractsFor({ tag: "administration", base: "/api/v1/organisations/:orgId/outbox" });

export const outboxContract = {
  list: api.get("", "E-mails kept in the outbox", "outbox.read", { response: outboxSchema }),
};
