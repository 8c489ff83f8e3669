import type { ReactNode } from "react";
import type { Ability } from "../../../shared/roles.js";
import { Forbidden } from "../../components/ui/ability-guard";
import { useMe } from "../../lib/queries";

/** Shows the page only with one of the given abilities in the active organisation (the server still decides). */
export function RequireAbility({ anyOf, children }: { anyOf: Ability[]; children: ReactNode }) {
  const me = useMe();
  if (!me.activeOrganisationId || !anyOf.some((a) => me.abilities.includes(a))) return <Forbidden hasOrganisation={Boolean(me.activeOrganisationId)} />;
  return <>{children}</>;
}

/** The active organisation id (only call under RequireAbility). */
export function useActiveOrgId(): string {
  const me = useMe();
  if (!me.activeOrganisationId) throw new Error("No active organisation");
  return me.activeOrganisationId;
}
