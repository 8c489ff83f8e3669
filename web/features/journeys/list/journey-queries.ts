/** Queries used by the journeys list and creation: programmes (to file a journey) and built-in templates. */
import { useQuery } from "@tanstack/react-query";
import type { Programme } from "../../../../shared/schemas/ecosystem.js";
import { api } from "../../../lib/api";
import { journeyKeys } from "../journey-api";

/** A built-in template as listed by GET /journey-templates. */
export type JourneyTemplateSummary = { key: string; title: string; description: string; stageCount: number; stepCount: number };

export const orgApi = (orgId: string) => `/api/v1/organisations/${encodeURIComponent(orgId)}`;

/** The organisation's programmes (same cache entry as the ecosystem pages). */
export function useProgrammes(orgId: string) {
  return useQuery({ queryKey: ["organisations", orgId, "programmes"], queryFn: () => api<Programme[]>(`${orgApi(orgId)}/programmes`) });
}

/** The five built-in templates, titled and described in the interface language. */
export function useJourneyTemplates(orgId: string, locale: string) {
  const lang = locale === "en" ? "en" : "fr";
  return useQuery({
    queryKey: journeyKeys.templates(orgId, lang),
    queryFn: () => api<JourneyTemplateSummary[]>(`${orgApi(orgId)}/journey-templates?locale=${lang}`),
    staleTime: 10 * 60_000,
  });
}
