/** Queries used by the journeys list and creation: programmes (to file a journey) and built-in templates. */
import { useQuery } from "@tanstack/react-query";
import { journeysContract } from "../../../../shared/contracts/journeys.js";
import { programmesContract } from "../../../../shared/contracts/programmes.js";
import { call } from "../../../lib/api";
import { journeyKeys } from "../journey-api";

/** The organisation's programmes (same cache entry as the ecosystem pages). */
export function useProgrammes(orgId: string) {
  return useQuery({ queryKey: ["organisations", orgId, "programmes"], queryFn: () => call(programmesContract.list, { params: { orgId } }) });
}

/** The five built-in templates, titled and described in the interface language. */
export function useJourneyTemplates(orgId: string, locale: string) {
  const lang = locale === "en" ? "en" : "fr";
  return useQuery({
    queryKey: journeyKeys.templates(orgId, lang),
    queryFn: () => call(journeysContract.templates, { params: { orgId }, query: { locale: lang } }),
    staleTime: 10 * 60_000,
  });
}
