/** Shows a surveys page only to members who may read survey results in an active organisation. */
import type { ReactNode } from "react";
import { AbilityGuard } from "../../components/ui/ability-guard";

export function SurveysGuard({ children }: { children: (orgId: string, canManage: boolean) => ReactNode }) {
  return (
    <AbilityGuard read="survey.read" act="survey.manage">
      {children}
    </AbilityGuard>
  );
}
