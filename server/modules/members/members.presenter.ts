/** The fields of members and invitations that leave the server. */
import type { Invitation, Member } from "../../../shared/schemas/members.js";
import { guestKindSchema, roleSchema } from "../../../shared/roles.js";
import type { guestInvitations, invitation, member } from "../../db/schema.js";

type MemberRow = {
  member: typeof member.$inferSelect;
  user: { id: string; name: string; email: string };
  guest?: { kind: string | null; purpose: string | null } | null;
};

export function presentMember(row: MemberRow): Member {
  return {
    id: row.member.id,
    userId: row.user.id,
    name: row.user.name,
    email: row.user.email,
    role: roleSchema.catch("viewer").parse(row.member.role),
    joinedAt: row.member.createdAt.toISOString(),
    guest: row.guest?.kind ? { kind: guestKindSchema.catch("other").parse(row.guest.kind), purpose: row.guest.purpose ?? "" } : null,
  };
}

/**
 * An invitation as its organisation sees it. For a guest, the name is the one the inviter typed:
 * never the name of an account, so the answer tells nothing of whether the address has one.
 */
export function presentInvitation(
  row: typeof invitation.$inferSelect,
  inviterName: string | null,
  guest: Pick<typeof guestInvitations.$inferSelect, "displayName" | "guestKind" | "purpose"> | null = null,
): Invitation {
  const status = row.status === "accepted" || row.status === "rejected" || row.status === "canceled" ? row.status : "pending";
  return {
    id: row.id,
    email: row.email,
    role: roleSchema.catch("viewer").parse(row.role),
    status,
    expiresAt: row.expiresAt.toISOString(),
    inviterName,
    name: guest?.displayName ?? null,
    guest: guest ? { kind: guestKindSchema.catch("other").parse(guest.guestKind), purpose: guest.purpose } : null,
  };
}
