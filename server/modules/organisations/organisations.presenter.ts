/** The fields of an organisation that leave the server. */
import type { Organisation } from "../../../shared/schemas/organisations.js";
import { organisationKindSchema } from "../../../shared/schemas/organisations.js";
import type { Role } from "../../../shared/roles.js";
import type { organisationSettings, organization } from "../../db/schema.js";

type OrgRow = typeof organization.$inferSelect;
type SettingsRow = typeof organisationSettings.$inferSelect | null;

export function presentOrganisation(org: OrgRow, settings: SettingsRow, myRole: Role): Organisation {
  return {
    id: org.id,
    name: org.name,
    slug: org.slug,
    kind: organisationKindSchema.catch("training_provider").parse(settings?.kind),
    defaultLocale: settings?.defaultLocale === "en" ? "en" : "fr",
    description: settings?.description ?? "",
    ssoDefaultRole: settings?.ssoDefaultRole === "manager" || settings?.ssoDefaultRole === "viewer" ? settings.ssoDefaultRole : "staff",
    createdAt: org.createdAt.toISOString(),
    myRole,
  };
}
