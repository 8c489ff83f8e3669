/**
 * Data access shared by the journeys pages: query keys, the journey map query, and live updates
 * (Server-Sent Events from the server: when someone else edits, the map is fetched again).
 */
import { queryOptions, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { endpointUrl } from "../../../shared/contracts/endpoint-url.js";
import { journeysContract as contract } from "../../../shared/contracts/journeys.js";
import type { JourneyDocument } from "../../../shared/journeys/document.js";
import type { JourneyMap } from "../../../shared/schemas/journeys.js";
import { call } from "../../lib/api";

export const journeyKeys = {
  all: (orgId: string) => ["organisations", orgId, "journeys"] as const,
  map: (orgId: string, journeyId: string) => ["organisations", orgId, "journeys", journeyId] as const,
  versions: (orgId: string, journeyId: string) => ["organisations", orgId, "journeys", journeyId, "versions"] as const,
  templates: (orgId: string, locale: string) => ["organisations", orgId, "journey-templates", locale] as const,
};

/** The journey's API path, for measures.ts until the measures endpoint has its contract (shared/contracts/surveys.ts). */
export const journeyPath = (orgId: string, journeyId: string) => `/api/v1/organisations/${orgId}/journeys/${journeyId}`;

export const journeyMapQuery = (orgId: string, journeyId: string) =>
  queryOptions({ queryKey: journeyKeys.map(orgId, journeyId), queryFn: () => call(contract.map, { params: { orgId, journeyId } }) });

export const journeyListQuery = (orgId: string) =>
  queryOptions({ queryKey: journeyKeys.all(orgId), queryFn: () => call(contract.list, { params: { orgId } }) });

export function useJourneyMap(orgId: string, journeyId: string) {
  return useQuery(journeyMapQuery(orgId, journeyId));
}

export function fetchJourneyDocument(orgId: string, journeyId: string): Promise<JourneyDocument> {
  return call(contract.document, { params: { orgId, journeyId } });
}

export type LiveChange = { revision: number; actorId: string; actorName: string; kind: string };

/**
 * Subscribes to a journey's changes. Each change made by someone else refetches the map;
 * returns the last such change (to say "Laura just edited") and whether the stream is connected.
 */
export function useJourneyLiveUpdates(orgId: string, journeyId: string, myUserId: string) {
  const queryClient = useQueryClient();
  const [lastChange, setLastChange] = useState<LiveChange | null>(null);
  const [isConnected, setIsConnected] = useState(false);
  useEffect(() => {
    const source = new EventSource(endpointUrl(contract.events, { orgId, journeyId }), { withCredentials: true });
    source.addEventListener("ready", () => setIsConnected(true));
    source.addEventListener("change", (event) => {
      const change = JSON.parse((event as MessageEvent<string>).data) as LiveChange;
      const current = queryClient.getQueryData<JourneyMap>(journeyKeys.map(orgId, journeyId));
      if (current && current.journey.revision >= change.revision) return;
      if (change.actorId !== myUserId) setLastChange(change);
      void queryClient.invalidateQueries({ queryKey: journeyKeys.map(orgId, journeyId), exact: true });
    });
    source.onerror = () => setIsConnected(false);
    return () => source.close();
  }, [orgId, journeyId, myUserId, queryClient]);
  return { lastChange, isConnected };
}
