/** Data access of the workshops pages: query keys and queries, through the workshops contract. */
import { queryOptions } from "@tanstack/react-query";
import { endpointUrl } from "../../../shared/contracts/endpoint-url.js";
import { workshopsContract } from "../../../shared/contracts/workshops.js";
import { call } from "../../lib/api";

export { workshopsContract };

export type WorkshopView = "upcoming" | "past" | "archived";
/** `mine`: the signed-in member's own actions (`owner=me`), still to do unless a status is chosen. */
export type ActionFilters = { status?: string; owner?: string; overdue?: boolean; mine?: boolean };

/** The parameters of one workshop's endpoints. */
export const workshopParams = (orgId: string, workshopId: string) => ({ orgId, workshopId });

/** Where the calendar invitation is downloaded (a link, not a fetch). */
export const invitationUrl = (orgId: string, workshopId: string) => endpointUrl(workshopsContract.invitation, workshopParams(orgId, workshopId));

export const workshopKeys = {
  all: (orgId: string) => ["organisations", orgId, "workshops"] as const,
  list: (orgId: string, view: WorkshopView, q: string) => ["organisations", orgId, "workshops", "list", view, q] as const,
  one: (orgId: string, id: string) => ["organisations", orgId, "workshops", id] as const,
  part: (orgId: string, id: string, part: string) => ["organisations", orgId, "workshops", id, part] as const,
  actions: (orgId: string) => ["organisations", orgId, "improvement-actions"] as const,
};

export const workshopListQuery = (orgId: string, view: WorkshopView, q: string) =>
  queryOptions({
    queryKey: workshopKeys.list(orgId, view, q),
    queryFn: () => call(workshopsContract.list, { params: { orgId }, query: { view, q: q || undefined } }),
  });

export const workshopQuery = (orgId: string, id: string) =>
  queryOptions({ queryKey: workshopKeys.one(orgId, id), queryFn: () => call(workshopsContract.get, { params: workshopParams(orgId, id) }), retry: false });

export const factsQuery = (orgId: string, id: string) =>
  queryOptions({ queryKey: workshopKeys.part(orgId, id, "facts"), queryFn: () => call(workshopsContract.facts, { params: workshopParams(orgId, id) }) });

export const minutesQuery = (orgId: string, id: string) =>
  queryOptions({
    queryKey: workshopKeys.part(orgId, id, "minutes"),
    queryFn: () => call(workshopsContract.minutes, { params: workshopParams(orgId, id) }),
    retry: false,
  });

export const mergeQuery = (orgId: string, id: string) =>
  queryOptions({
    queryKey: workshopKeys.part(orgId, id, "merge"),
    queryFn: () => call(workshopsContract.mergeCandidates, { params: workshopParams(orgId, id) }),
  });

export const photosQuery = (orgId: string, id: string) =>
  queryOptions({ queryKey: workshopKeys.part(orgId, id, "photos"), queryFn: () => call(workshopsContract.photos, { params: workshopParams(orgId, id) }) });

export const actionsQuery = (orgId: string, filters: ActionFilters) =>
  queryOptions({
    queryKey: [...workshopKeys.actions(orgId), filters] as const,
    queryFn: () =>
      call(workshopsContract.listActions, {
        params: { orgId },
        query: {
          status: (filters.status || undefined) as "open" | "in_progress" | "done" | "dropped" | undefined,
          owner: filters.mine ? "me" : filters.owner || undefined,
          open: filters.mine && !filters.status ? "true" : undefined,
          overdue: filters.overdue ? "true" : undefined,
        },
      }),
  });
