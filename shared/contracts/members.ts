/** The members feature's endpoints: members, their invitations, and outside guests' invitations. */
import { z } from "zod";
import {
  changeRoleSchema,
  invitationParamsSchema,
  invitationSchema,
  inviteGuestSchema,
  inviteMemberSchema,
  memberParamsSchema,
  memberSchema,
} from "../schemas/members.js";
import { contractsFor } from "./endpoint.js";

const api = contractsFor({ tag: "members", base: "/api/v1/organisations/:orgId" });

export const membersContract = {
  list: api.get("/members", "Members", "member.read", { response: z.array(memberSchema) }),
  changeRole: api.patch("/members/:memberId", "Change a member's role", "member.changeRole", {
    params: memberParamsSchema,
    body: changeRoleSchema,
    response: memberSchema,
  }),
  remove: api.delete("/members/:memberId", "Remove a member", "member.remove", { params: memberParamsSchema, response: null }),
  listInvitations: api.get("/invitations", "Pending invitations", "member.invite", { response: z.array(invitationSchema) }),
  invite: api.post("/invitations", "Invite a member by e-mail", "member.invite", { body: inviteMemberSchema, response: invitationSchema, status: 201 }),
  cancelInvitation: api.delete("/invitations/:invitationId", "Cancel an invitation", "member.invite", { params: invitationParamsSchema, response: null }),
  listGuestInvitations: api.get("/guest-invitations", "Pending invitations of outside guests", "guest.invite", { response: z.array(invitationSchema) }),
  withdrawGuestInvitation: api.delete("/guest-invitations/:invitationId", "Withdraw an outside guest's invitation", "guest.invite", {
    params: invitationParamsSchema,
    response: null,
  }),
  inviteGuest: api.post("/guests", "Invite an outside guest (magic link, no password): pending until they accept", "guest.invite", {
    body: inviteGuestSchema,
    response: invitationSchema,
    status: 201,
  }),
};
