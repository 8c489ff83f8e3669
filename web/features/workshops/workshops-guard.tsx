/**
 * Workshops pages need an active organisation. Members read every workshop; an outside guest
 * reads only the workshops they take part in — the server decides, the page shows what it gets.
 */
import type { ReactNode } from "react";
import { AbilityGuard } from "../../components/ui/ability-guard";

export function WorkshopsGuard({ children }: { children: (orgId: string, canManage: boolean) => ReactNode }) {
  return (
    <AbilityGuard read={null} act="workshop.manage">
      {children}
    </AbilityGuard>
  );
}
