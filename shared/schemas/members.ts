/** Members, invitations and outside guests of an organisation. */
import { z } from "zod";
import { guestKindSchema, invitableRoleSchema, roleSchema } from "../roles.js";
import { emailSchema, idParam, localeSchema, personNameSchema } from "./common.js";

export const memberSchema = z
  .object({
    id: z.string(),
    userId: z.string(),
    name: z.string(),
    email: z.string(),
    role: roleSchema,
    joinedAt: z.string(),
    guest: z.object({ kind: guestKindSchema, purpose: z.string() }).nullable(),
  })
  .meta({ id: "Member" });
export type Member = z.infer<typeof memberSchema>;

export const invitationSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    role: roleSchema,
    status: z.enum(["pending", "accepted", "rejected", "canceled"]),
    expiresAt: z.string(),
    inviterName: z.string().nullable(),
    /** For an outside guest: the name the inviter typed (never the name of an account), and what they are invited for. */
    name: z.string().nullable(),
    guest: z.object({ kind: guestKindSchema, purpose: z.string() }).nullable(),
  })
  .meta({ id: "Invitation" });
export type Invitation = z.infer<typeof invitationSchema>;

export const memberParamsSchema = z.object({ orgId: idParam, memberId: idParam });
export const invitationParamsSchema = z.object({ orgId: idParam, invitationId: idParam });
/** Invitations to join an organisation expire after 14 days, for members and guests alike. */
export const invitationLifetimeDays = 14;

export const inviteMemberSchema = z.object({ email: emailSchema, role: invitableRoleSchema });
export const changeRoleSchema = z.object({ role: z.enum(["owner", "admin", "manager", "staff", "viewer"]) });

export const inviteGuestSchema = z.object({
  email: emailSchema,
  name: personNameSchema,
  guestKind: guestKindSchema,
  purpose: z.string().trim().min(3).max(500),
  locale: localeSchema.default("fr"),
});

/** What an invitee sees before accepting. */
export const invitationPreviewSchema = z
  .object({
    id: z.string(),
    organisationName: z.string(),
    email: z.string(),
    role: roleSchema,
    status: z.enum(["pending", "accepted", "rejected", "canceled"]),
    isExpired: z.boolean(),
    inviterName: z.string().nullable(),
    /** For an outside guest: what they are invited for. */
    guest: z.object({ kind: guestKindSchema, purpose: z.string() }).nullable(),
  })
  .meta({ id: "InvitationPreview" });
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

/** The organisation an accepted invitation made the person a member (or guest) of. */
export const acceptedInvitationSchema = z.object({ organisationId: z.string() }).meta({ id: "AcceptedInvitation" });

export const invitationIdParamsSchema = z.object({ invitationId: idParam });
