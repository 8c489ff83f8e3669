/**
 * Organisation roles and what each may do. Pure data shared by the server (policies) and the
 * web app (abilities decide which controls are shown; the server decides what is allowed).
 */
import { z } from "zod";

/** Roles, from most to least powerful. `guest` is an outsider who signs in by magic link. */
export const roles = ["owner", "admin", "manager", "staff", "viewer", "guest"] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** Roles a member can be invited with (owner is given by transfer, guest by a guest invitation). */
export const invitableRoles = ["admin", "manager", "staff", "viewer"] as const satisfies readonly Role[];
export const invitableRoleSchema = z.enum(invitableRoles);

/** What an outside guest is, for the people who invite them. */
export const guestKinds = ["teacher", "company_tutor", "funder", "learner", "other"] as const;
export const guestKindSchema = z.enum(guestKinds);
export type GuestKind = z.infer<typeof guestKindSchema>;

/** Every action a policy can allow. */
export const abilities = [
  "organisation.read",
  "organisation.update",
  "member.read",
  "member.invite",
  "member.changeRole",
  "member.remove",
  "guest.invite",
  "audit.read",
  "outbox.read",
  "sso.manage",
  "webhook.manage",
  "journey.read",
  "journey.edit",
  "survey.read",
  "survey.manage",
  "workshop.read",
  "workshop.manage",
] as const;
export type Ability = (typeof abilities)[number];

const staffReadable: Ability[] = ["organisation.read", "member.read", "journey.read", "survey.read", "workshop.read"];
/** Owners and admins may do every action a policy can allow: the administration is the whole list. */
const administration: readonly Ability[] = abilities;

/** The ability table: one line per role. */
export const roleAbilities: Record<Role, readonly Ability[]> = {
  owner: administration,
  admin: administration,
  manager: [...staffReadable, "guest.invite", "journey.edit", "survey.manage", "workshop.manage"],
  staff: staffReadable,
  viewer: ["organisation.read", "journey.read", "survey.read", "workshop.read"],
  guest: ["organisation.read"],
};

/** True when `role` may do `ability`. */
export function can(role: Role | null | undefined, ability: Ability): boolean {
  return role ? roleAbilities[role].includes(ability) : false;
}

/** Rank used to stop an admin from touching an owner: lower is more powerful. */
export function roleRank(role: Role): number {
  return roles.indexOf(role);
}
