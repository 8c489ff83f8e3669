/**
 * Rules for changing other people's membership, beyond the ability table:
 * only an owner touches an owner or makes one; nobody changes their own role here;
 * an organisation always keeps at least one owner.
 */
import type { Role } from "../../../shared/roles.js";
import { AppError } from "../../platform/problem.js";
import type { Membership } from "../../auth/session.js";

export function assertMayChangeRole(actor: Membership, target: { id: string; role: Role }, newRole: Role, ownerCount: number): void {
  if (actor.memberId === target.id) throw new AppError("forbidden", "You cannot change your own role; ask another owner.");
  if ((target.role === "owner" || newRole === "owner") && actor.role !== "owner") {
    throw new AppError("forbidden", "Only an owner can change an owner or make someone owner.");
  }
  if (target.role === "owner" && newRole !== "owner" && ownerCount <= 1) throw new AppError("last_owner", "An organisation keeps at least one owner.");
}

export function assertMayRemove(actor: Membership, target: { id: string; role: Role }, ownerCount: number): void {
  if (target.role === "owner" && actor.role !== "owner") throw new AppError("forbidden", "Only an owner can remove an owner.");
  if (target.role === "owner" && ownerCount <= 1) throw new AppError("last_owner", "An organisation keeps at least one owner.");
}
