/** Organisation kinds, in the order shown in forms. */
export { organisationKinds } from "../../../shared/schemas/organisations.js";
