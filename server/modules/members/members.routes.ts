/** Members, invitations and guests of an organisation (administration). */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { orgParamsSchema } from "../../../shared/schemas/common.js";
import {
  changeRoleSchema,
  invitationParamsSchema,
  invitationSchema,
  inviteGuestSchema,
  inviteMemberSchema,
  memberParamsSchema,
  memberSchema,
} from "../../../shared/schemas/members.js";
import { authorize } from "../../auth/authorize.js";
import { requireMembership, requireSession } from "../../auth/session.js";
import type { AppContext } from "../../context.js";
import { presentInvitation, presentMember } from "./members.presenter.js";
import { listMembers, listPendingInvitations } from "./members.queries.js";
import { inviteGuest } from "./guest-invitations.service.js";
import { cancelInvitation, changeRole, inviteMember, removeMember } from "./members.service.js";

export function registerMemberRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["members"];
  const load = async (request: Parameters<typeof requireSession>[1], orgId: string) => {
    const session = await requireSession(ctx.auth, request);
    return { session, membership: await requireMembership(ctx.db, session.user.id, orgId) };
  };

  r.get(
    "/organisations/:orgId/members",
    { schema: { tags, summary: "Members", params: orgParamsSchema, response: { 200: z.array(memberSchema) } } },
    async (request) => {
      const { membership } = await load(request, request.params.orgId);
      authorize(membership, "member.read");
      return (await listMembers(ctx.db, membership.organisationId)).map(presentMember);
    },
  );

  r.patch(
    "/organisations/:orgId/members/:memberId",
    { schema: { tags, summary: "Change a member's role", params: memberParamsSchema, body: changeRoleSchema, response: { 200: memberSchema } } },
    async (request) => {
      const { session, membership } = await load(request, request.params.orgId);
      authorize(membership, "member.changeRole");
      return changeRole(ctx, session, membership, request.params.memberId, request.body.role);
    },
  );

  r.delete(
    "/organisations/:orgId/members/:memberId",
    { schema: { tags, summary: "Remove a member", params: memberParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      const { session, membership } = await load(request, request.params.orgId);
      authorize(membership, "member.remove");
      await removeMember(ctx, session, membership, request.params.memberId);
      return reply.status(204).send(null);
    },
  );

  r.get(
    "/organisations/:orgId/invitations",
    { schema: { tags, summary: "Pending invitations", params: orgParamsSchema, response: { 200: z.array(invitationSchema) } } },
    async (request) => {
      const { membership } = await load(request, request.params.orgId);
      authorize(membership, "member.invite");
      return (await listPendingInvitations(ctx.db, membership.organisationId, "members")).map((row) => presentInvitation(row.invitation, row.inviterName));
    },
  );

  r.post(
    "/organisations/:orgId/invitations",
    { schema: { tags, summary: "Invite a member by e-mail", params: orgParamsSchema, body: inviteMemberSchema, response: { 201: invitationSchema } } },
    async (request, reply) => {
      const { session, membership } = await load(request, request.params.orgId);
      authorize(membership, "member.invite");
      return reply.status(201).send(await inviteMember(ctx, session, membership, request.body.email, request.body.role));
    },
  );

  r.delete(
    "/organisations/:orgId/invitations/:invitationId",
    { schema: { tags, summary: "Cancel an invitation", params: invitationParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      const { session, membership } = await load(request, request.params.orgId);
      authorize(membership, "member.invite");
      await cancelInvitation(ctx, session, membership, request.params.invitationId, "members");
      return reply.status(204).send(null);
    },
  );

  r.get(
    "/organisations/:orgId/guest-invitations",
    { schema: { tags, summary: "Pending invitations of outside guests", params: orgParamsSchema, response: { 200: z.array(invitationSchema) } } },
    async (request) => {
      const { membership } = await load(request, request.params.orgId);
      authorize(membership, "guest.invite");
      return (await listPendingInvitations(ctx.db, membership.organisationId, "guests")).map((row) =>
        presentInvitation(row.invitation, row.inviterName, row.guest),
      );
    },
  );

  r.delete(
    "/organisations/:orgId/guest-invitations/:invitationId",
    { schema: { tags, summary: "Withdraw an outside guest's invitation", params: invitationParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      const { session, membership } = await load(request, request.params.orgId);
      authorize(membership, "guest.invite");
      await cancelInvitation(ctx, session, membership, request.params.invitationId, "guests");
      return reply.status(204).send(null);
    },
  );

  r.post(
    "/organisations/:orgId/guests",
    {
      schema: {
        tags,
        summary: "Invite an outside guest (magic link, no password): pending until they accept",
        params: orgParamsSchema,
        body: inviteGuestSchema,
        response: { 201: invitationSchema },
      },
      config: { rateLimit: { max: 30, timeWindow: "1 minute" } },
    },
    async (request, reply) => {
      const { session, membership } = await load(request, request.params.orgId);
      authorize(membership, "guest.invite");
      return reply.status(201).send(await inviteGuest(ctx, session, membership, request.body));
    },
  );
}
