/** The domino analysis from one cell (GET …/journeys/:id/domino): the cells put at risk and the learner steps ranked. */
import { useQuery } from "@tanstack/react-query";
import { journeysContract } from "../../../../shared/contracts/journeys.js";
import { call } from "../../../lib/api";
import { journeyKeys } from "../journey-api";

export type CellPair = { stepId: string; stakeholderTypeId: string };

export function useDomino(orgId: string, journeyId: string, start: CellPair | null, revision: number) {
  return useQuery({
    queryKey: [...journeyKeys.map(orgId, journeyId), "domino", start?.stepId, start?.stakeholderTypeId, revision],
    queryFn: () =>
      call(journeysContract.domino, {
        params: { orgId, journeyId },
        query: { stepId: start?.stepId ?? "", stakeholderTypeId: start?.stakeholderTypeId ?? "" },
      }),
    enabled: start !== null,
  });
}
