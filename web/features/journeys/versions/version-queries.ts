/** Queries of the versions page: the named versions, a version's document, the current document, and a diff. */
import { useQuery } from "@tanstack/react-query";
import type { DiffSummary, JourneyDiff } from "../../../../shared/journeys/diff.js";
import type { JourneyDocument } from "../../../../shared/journeys/document.js";
import { api } from "../../../lib/api";
import { fetchJourneyDocument, journeyKeys, journeyPath } from "../journey-api";

export type JourneyVersion = { id: string; name: string; createdAt: string; createdBy: string | null };
/** A side of a comparison: a version id, or "current" for the journey as it is now. */
export type Side = string;
export const CURRENT = "current";

export function useVersions(orgId: string, journeyId: string) {
  return useQuery({ queryKey: journeyKeys.versions(orgId, journeyId), queryFn: () => api<JourneyVersion[]>(`${journeyPath(orgId, journeyId)}/versions`) });
}

/** The document of a version (immutable, so cached for good) or of the journey as it is now. */
export function useSideDocument(orgId: string, journeyId: string, side: Side | null) {
  return useQuery({
    queryKey: side === CURRENT ? [...journeyKeys.map(orgId, journeyId), "document"] : [...journeyKeys.versions(orgId, journeyId), side],
    queryFn: () =>
      side === CURRENT ? fetchJourneyDocument(orgId, journeyId) : api<JourneyDocument>(`${journeyPath(orgId, journeyId)}/versions/${encodeURIComponent(side ?? "")}`),
    enabled: side !== null,
    staleTime: side === CURRENT ? 0 : Number.POSITIVE_INFINITY,
  });
}

export function useDiff(orgId: string, journeyId: string, from: Side | null, to: Side | null) {
  return useQuery({
    queryKey: [...journeyKeys.map(orgId, journeyId), "diff", from, to],
    queryFn: () =>
      api<{ summary: DiffSummary; diff: JourneyDiff }>(
        `${journeyPath(orgId, journeyId)}/diff?from=${encodeURIComponent(from ?? "")}&to=${encodeURIComponent(to ?? "")}`,
      ),
    enabled: from !== null && to !== null && from !== to,
  });
}
