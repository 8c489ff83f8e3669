/**
 * The journey map's edit commands. Every structural edit answers the whole updated map, which
 * replaces the cached one; an optional optimistic version is shown while the request runs and
 * rolled back on failure. Errors become a translated notification.
 */
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { JourneyMap } from "../../../../shared/schemas/journeys.js";
import { notifyError } from "../../../components/ui/notify";
import { api } from "../../../lib/api";
import { errorMessage } from "../../../lib/error-message";
import { journeyKeys, journeyPath } from "../journey-api";

type Method = "POST" | "PATCH" | "PUT" | "DELETE";

export interface MapActions {
  /** Sends an edit; resolves to the new map, or null when it failed (already notified). */
  send: (method: Method, subPath: string, body?: unknown, optimistic?: (map: JourneyMap) => JourneyMap) => Promise<JourneyMap | null>;
  /** Refetches the map (e.g. after a cell edit, to refresh moments of truth). */
  refresh: () => void;
  path: string;
}

export function useMapActions(orgId: string, journeyId: string): MapActions {
  const queryClient = useQueryClient();
  const { t: tApp } = useTranslation();
  const path = journeyPath(orgId, journeyId);
  const key = useMemo(() => journeyKeys.map(orgId, journeyId), [orgId, journeyId]);

  const send = useCallback<MapActions["send"]>(
    async (method, subPath, body, optimistic) => {
      const before = queryClient.getQueryData<JourneyMap>(key);
      if (optimistic && before) {
        await queryClient.cancelQueries({ queryKey: key, exact: true });
        queryClient.setQueryData<JourneyMap>(key, optimistic(before));
      }
      try {
        const map = await api<JourneyMap>(`${path}${subPath}`, { method, body });
        queryClient.setQueryData<JourneyMap>(key, map);
        return map;
      } catch (error) {
        if (optimistic && before) queryClient.setQueryData<JourneyMap>(key, before);
        notifyError(errorMessage(tApp, error));
        return null;
      }
    },
    [queryClient, key, path, tApp],
  );

  const refresh = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: key, exact: true });
  }, [queryClient, key]);

  return useMemo(() => ({ send, refresh, path }), [send, refresh, path]);
}
