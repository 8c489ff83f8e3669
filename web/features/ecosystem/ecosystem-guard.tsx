/** Shows an ecosystem page only to members who can read journeys in an active organisation. */
import type { ReactNode } from "react";
import { AbilityGuard } from "../../components/ui/ability-guard";

export function EcosystemGuard({ children }: { children: (orgId: string, canEdit: boolean) => ReactNode }) {
  return (
    <AbilityGuard read="journey.read" act="journey.edit">
      {children}
    </AbilityGuard>
  );
}
