/** The domino analysis from one cell (GET …/journeys/:id/domino): the cells put at risk and the learner steps ranked. */
import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import { journeyKeys, journeyPath } from "../journey-api";

export type DominoResult = {
  cells: { stepId: string; stakeholderTypeId: string; risk: number; depth: number; path: string[] }[];
  learnerSteps: { stepId: string; risk: number; via: string }[];
};

export type CellPair = { stepId: string; stakeholderTypeId: string };

export function useDomino(orgId: string, journeyId: string, start: CellPair | null, revision: number) {
  return useQuery({
    queryKey: [...journeyKeys.map(orgId, journeyId), "domino", start?.stepId, start?.stakeholderTypeId, revision],
    queryFn: () => {
      const query = new URLSearchParams({ stepId: start?.stepId ?? "", stakeholderTypeId: start?.stakeholderTypeId ?? "" });
      return api<DominoResult>(`${journeyPath(orgId, journeyId)}/domino?${query.toString()}`);
    },
    enabled: start !== null,
  });
}
