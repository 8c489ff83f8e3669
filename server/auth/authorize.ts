/** The one way a route checks a permission: the shared ability table, a 403 problem otherwise. */
import { type Ability, can } from "../../shared/roles.js";
import { AppError } from "../http/problem.js";
import type { Membership } from "./session.js";

export function authorize(membership: Membership, ability: Ability): void {
  if (!can(membership.role, ability)) throw new AppError("forbidden", `Your role (${membership.role}) may not do this (${ability}).`);
}
