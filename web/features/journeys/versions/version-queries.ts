/** Queries of the versions page: the named versions, a version's document, the current document, and a diff. */
import { useQuery } from "@tanstack/react-query";
import { journeysContract as contract } from "../../../../shared/contracts/journeys.js";
import { call } from "../../../lib/api";
import { fetchJourneyDocument, journeyKeys } from "../journey-api";

export type { JourneyVersion } from "../../../../shared/schemas/journeys-versions.js";
/** A side of a comparison: a version id, or "current" for the journey as it is now. */
export type Side = string;
export const CURRENT = "current";

export function useVersions(orgId: string, journeyId: string) {
  return useQuery({ queryKey: journeyKeys.versions(orgId, journeyId), queryFn: () => call(contract.versions, { params: { orgId, journeyId } }) });
}

/** The document of a version (immutable, so cached for good) or of the journey as it is now. */
export function useSideDocument(orgId: string, journeyId: string, side: Side | null) {
  return useQuery({
    queryKey: side === CURRENT ? [...journeyKeys.map(orgId, journeyId), "document"] : [...journeyKeys.versions(orgId, journeyId), side],
    queryFn: () =>
      side === CURRENT ? fetchJourneyDocument(orgId, journeyId) : call(contract.version, { params: { orgId, journeyId, versionId: side ?? "" } }),
    enabled: side !== null,
    staleTime: side === CURRENT ? 0 : Number.POSITIVE_INFINITY,
  });
}

export function useDiff(orgId: string, journeyId: string, from: Side | null, to: Side | null) {
  return useQuery({
    queryKey: [...journeyKeys.map(orgId, journeyId), "diff", from, to],
    queryFn: () => call(contract.diff, { params: { orgId, journeyId }, query: { from: from ?? "", to: to ?? "" } }),
    enabled: from !== null && to !== null && from !== to,
  });
}
