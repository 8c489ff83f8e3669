/** Members, invitations and guests of an organisation (administration): wiring only, from the contract. */
import type { FastifyInstance } from "fastify";
import { membersContract as contract } from "../../../shared/contracts/members.js";
import type { AppContext } from "../../context.js";
import { endpointsOf } from "../../platform/endpoint.js";
import { inviteGuest } from "./guest-invitations.service.js";
import { presentInvitation, presentMember } from "./members.presenter.js";
import { listMembers, listPendingInvitations } from "./members.queries.js";
import { cancelInvitation, changeRole, inviteMember, removeMember } from "./members.service.js";

export function registerMemberRoutes(app: FastifyInstance, ctx: AppContext): void {
  const on = endpointsOf(app, ctx);

  on(contract.list, async ({ caller }) => (await listMembers(ctx.db, caller.membership.organisationId)).map(presentMember));

  on(contract.changeRole, async ({ caller, params, body }) => changeRole(ctx, caller.session, caller.membership, params.memberId, body.role));

  on(contract.remove, async ({ caller, params }) => {
    await removeMember(ctx, caller.session, caller.membership, params.memberId);
  });

  on(contract.listInvitations, async ({ caller }) =>
    (await listPendingInvitations(ctx.db, caller.membership.organisationId, "members")).map((row) => presentInvitation(row.invitation, row.inviterName)),
  );

  on(contract.invite, async ({ caller, body }) => inviteMember(ctx, caller.session, caller.membership, body.email, body.role));

  on(contract.cancelInvitation, async ({ caller, params }) => {
    await cancelInvitation(ctx, caller.session, caller.membership, params.invitationId, "members");
  });

  on(contract.listGuestInvitations, async ({ caller }) =>
    (await listPendingInvitations(ctx.db, caller.membership.organisationId, "guests")).map((row) =>
      presentInvitation(row.invitation, row.inviterName, row.guest),
    ),
  );

  on(contract.withdrawGuestInvitation, async ({ caller, params }) => {
    await cancelInvitation(ctx, caller.session, caller.membership, params.invitationId, "guests");
  });

  on(contract.inviteGuest, async ({ caller, body }) => inviteGuest(ctx, caller.session, caller.membership, body), {
    config: { rateLimit: { max: 30, timeWindow: "1 minute" } },
  });
}
