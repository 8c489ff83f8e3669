/** The invitations feature's endpoints: an invitee sees an invitation addressed to them, then accepts it. */
import { acceptedInvitationSchema, invitationIdParamsSchema, invitationPreviewSchema } from "../schemas/members.js";
import { endpoint } from "./endpoint.js";

const tags = ["invitations"];

export const invitationsContract = {
  preview: endpoint({
    method: "GET",
    path: "/api/v1/invitations/:invitationId",
    summary: "An invitation addressed to me",
    tags,
    // The invitation id (random, e-mailed) is the capability; the service checks nothing more to show it.
    access: { signedIn: true },
    params: invitationIdParamsSchema,
    response: invitationPreviewSchema,
  }),
  accept: endpoint({
    method: "POST",
    path: "/api/v1/invitations/:invitationId/accept",
    summary: "Accept an invitation",
    tags,
    // Only the invited, verified address accepts: checked by the service.
    access: { signedIn: true },
    params: invitationIdParamsSchema,
    response: acceptedInvitationSchema,
  }),
};
