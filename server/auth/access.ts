/**
 * better-auth access control built from shared/roles.ts, so better-auth's own checks on its
 * organisation endpoints agree with our policies.
 */
import { createAccessControl } from "better-auth/plugins/access";
import { adminAc, defaultStatements, memberAc, ownerAc } from "better-auth/plugins/organization/access";

export const accessControl = createAccessControl(defaultStatements);

export const authRoles = {
  owner: accessControl.newRole(ownerAc.statements),
  admin: accessControl.newRole(adminAc.statements),
  manager: accessControl.newRole(memberAc.statements),
  staff: accessControl.newRole(memberAc.statements),
  viewer: accessControl.newRole(memberAc.statements),
  guest: accessControl.newRole(memberAc.statements),
};
