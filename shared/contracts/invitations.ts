/** The invitations feature's endpoints: an invitee sees an invitation addressed to them, then accepts it. */
import { acceptedInvitationSchema, invitationIdParamsSchema, invitationPreviewSchema } from "../schemas/members.js";
import { contractsFor } from "./endpoint.js";

const api = contractsFor({ tag: "invitations", base: "/api/v1/invitations/:invitationId" });

export const invitationsContract = {
  // The invitation id (random, e-mailed) is the capability; the service checks nothing more to show it.
  preview: api.get("", "An invitation addressed to me", { signedIn: true }, { params: invitationIdParamsSchema, response: invitationPreviewSchema }),
  // Only the invited, verified address accepts: checked by the service.
  accept: api.post("/accept", "Accept an invitation", { signedIn: true }, { params: invitationIdParamsSchema, response: acceptedInvitationSchema }),
};
