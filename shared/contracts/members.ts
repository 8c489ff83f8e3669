/** The members feature's endpoints: members, their invitations, and outside guests' invitations. */
import { z } from "zod";
import { orgParamsSchema } from "../schemas/common.js";
import {
  changeRoleSchema,
  invitationParamsSchema,
  invitationSchema,
  inviteGuestSchema,
  inviteMemberSchema,
  memberParamsSchema,
  memberSchema,
} from "../schemas/members.js";
import { endpoint } from "./endpoint.js";

const tags = ["members"];
const base = "/api/v1/organisations/:orgId";

export const membersContract = {
  list: endpoint({
    method: "GET",
    path: `${base}/members`,
    summary: "Members",
    tags,
    access: { ability: "member.read" },
    params: orgParamsSchema,
    response: z.array(memberSchema),
  }),
  changeRole: endpoint({
    method: "PATCH",
    path: `${base}/members/:memberId`,
    summary: "Change a member's role",
    tags,
    access: { ability: "member.changeRole" },
    params: memberParamsSchema,
    body: changeRoleSchema,
    response: memberSchema,
  }),
  remove: endpoint({
    method: "DELETE",
    path: `${base}/members/:memberId`,
    summary: "Remove a member",
    tags,
    access: { ability: "member.remove" },
    params: memberParamsSchema,
    response: null,
  }),
  listInvitations: endpoint({
    method: "GET",
    path: `${base}/invitations`,
    summary: "Pending invitations",
    tags,
    access: { ability: "member.invite" },
    params: orgParamsSchema,
    response: z.array(invitationSchema),
  }),
  invite: endpoint({
    method: "POST",
    path: `${base}/invitations`,
    summary: "Invite a member by e-mail",
    tags,
    access: { ability: "member.invite" },
    params: orgParamsSchema,
    body: inviteMemberSchema,
    response: invitationSchema,
    status: 201,
  }),
  cancelInvitation: endpoint({
    method: "DELETE",
    path: `${base}/invitations/:invitationId`,
    summary: "Cancel an invitation",
    tags,
    access: { ability: "member.invite" },
    params: invitationParamsSchema,
    response: null,
  }),
  listGuestInvitations: endpoint({
    method: "GET",
    path: `${base}/guest-invitations`,
    summary: "Pending invitations of outside guests",
    tags,
    access: { ability: "guest.invite" },
    params: orgParamsSchema,
    response: z.array(invitationSchema),
  }),
  withdrawGuestInvitation: endpoint({
    method: "DELETE",
    path: `${base}/guest-invitations/:invitationId`,
    summary: "Withdraw an outside guest's invitation",
    tags,
    access: { ability: "guest.invite" },
    params: invitationParamsSchema,
    response: null,
  }),
  inviteGuest: endpoint({
    method: "POST",
    path: `${base}/guests`,
    summary: "Invite an outside guest (magic link, no password): pending until they accept",
    tags,
    access: { ability: "guest.invite" },
    params: orgParamsSchema,
    body: inviteGuestSchema,
    response: invitationSchema,
    status: 201,
  }),
};
