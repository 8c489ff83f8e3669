/**
 * The journey map's edit commands. Every structural edit answers the whole updated map, which
 * replaces the cached one; an optional optimistic version is shown while the request runs and
 * rolled back on failure. Errors become a translated notification.
 */
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { EndpointBody, EndpointParams } from "../../../../shared/contracts/endpoint.js";
import type { journeysContract } from "../../../../shared/contracts/journeys.js";
import type { JourneyMap } from "../../../../shared/schemas/journeys.js";
import { notifyError } from "../../../components/ui/notify";
import { call } from "../../../lib/api";
import { errorMessage } from "../../../lib/error-message";
import { journeyKeys } from "../journey-api";

type Contract = typeof journeysContract;
/** The edits of a journey that answer its whole map. */
export type MapEdit = Contract[
  | "update"
  | "setLanes"
  | "addStage"
  | "renameStage"
  | "moveStage"
  | "removeStage"
  | "addStep"
  | "updateStep"
  | "moveStep"
  | "removeStep"
  | "addLink"
  | "updateLink"
  | "removeLink"];

/** What an edit takes beyond the organisation and journey, which the map already knows. */
export type MapEditInput<E extends MapEdit> = { params?: Omit<EndpointParams<E>, "orgId" | "journeyId">; body?: EndpointBody<E> };

export interface MapActions {
  /** Sends an edit; resolves to the new map, or null when it failed (already notified). */
  send: <E extends MapEdit>(endpoint: E, input: MapEditInput<E>, optimistic?: (map: JourneyMap) => JourneyMap) => Promise<JourneyMap | null>;
  /** Refetches the map (e.g. after a cell edit, to refresh moments of truth). */
  refresh: () => void;
  /** The journey's path parameters, for the calls that are not map edits (a cell, the domino analysis). */
  ids: { orgId: string; journeyId: string };
}

export function useMapActions(orgId: string, journeyId: string): MapActions {
  const queryClient = useQueryClient();
  const { t: tApp } = useTranslation();
  const ids = useMemo(() => ({ orgId, journeyId }), [orgId, journeyId]);
  const key = useMemo(() => journeyKeys.map(orgId, journeyId), [orgId, journeyId]);

  const send = useCallback<MapActions["send"]>(
    async (endpoint, input, optimistic) => {
      const before = queryClient.getQueryData<JourneyMap>(key);
      if (optimistic && before) {
        await queryClient.cancelQueries({ queryKey: key, exact: true });
        queryClient.setQueryData<JourneyMap>(key, optimistic(before));
      }
      try {
        // Every MapEdit answers journeyMapSchema; TypeScript cannot resolve call's conditional input and result for a generic E.
        const map = (await call(endpoint as MapEdit, { params: { ...input.params, ...ids }, body: input.body } as never)) as JourneyMap;
        queryClient.setQueryData<JourneyMap>(key, map);
        return map;
      } catch (error) {
        if (optimistic && before) queryClient.setQueryData<JourneyMap>(key, before);
        notifyError(errorMessage(tApp, error));
        return null;
      }
    },
    [queryClient, key, ids, tApp],
  );

  const refresh = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: key, exact: true });
  }, [queryClient, key]);

  return useMemo(() => ({ send, refresh, ids }), [send, refresh, ids]);
}
