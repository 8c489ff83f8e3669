/** Data access of the workshops pages: query keys, queries, and the paths of the API. */
import { queryOptions } from "@tanstack/react-query";
import type { ImprovementAction, Workshop, WorkshopFacts, WorkshopMinutes, WorkshopSummary } from "../../../shared/schemas/workshops.js";
import { api } from "../../lib/api";

export const workshopsPath = (orgId: string) => `/api/v1/organisations/${orgId}/workshops`;
export const workshopPath = (orgId: string, workshopId: string) => `${workshopsPath(orgId)}/${workshopId}`;
export const actionsPath = (orgId: string) => `/api/v1/organisations/${orgId}/improvement-actions`;

export type WorkshopView = "upcoming" | "past" | "archived";
export type MergeCandidates = {
  mergedAt: string | null;
  items: {
    itemId: string;
    itemType: "note" | "cluster";
    text: string;
    attachment: {
      stepId: string;
      stepTitle: string | null;
      stakeholderTypeId: string;
      stakeholderTypeName: string | null;
      kind: "pain" | "opportunity" | "emotion";
      emotion: number | null;
    };
    isMerged: boolean;
    problem: "unknown_step" | "not_a_lane" | "no_journey" | null;
  }[];
};
export type Photo = { id: string; caption: string; contentType: string; byteSize: number; url: string; createdAt: string };
export type ActionFilters = { status?: string; owner?: string; overdue?: boolean };

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
    queryFn: () => api<WorkshopSummary[]>(`${workshopsPath(orgId)}?view=${view}${q ? `&q=${encodeURIComponent(q)}` : ""}`),
  });

export const workshopQuery = (orgId: string, id: string) =>
  queryOptions({ queryKey: workshopKeys.one(orgId, id), queryFn: () => api<Workshop>(workshopPath(orgId, id)), retry: false });

export const factsQuery = (orgId: string, id: string) =>
  queryOptions({ queryKey: workshopKeys.part(orgId, id, "facts"), queryFn: () => api<WorkshopFacts>(`${workshopPath(orgId, id)}/facts`) });

export const minutesQuery = (orgId: string, id: string) =>
  queryOptions({ queryKey: workshopKeys.part(orgId, id, "minutes"), queryFn: () => api<WorkshopMinutes>(`${workshopPath(orgId, id)}/minutes`), retry: false });

export const mergeQuery = (orgId: string, id: string) =>
  queryOptions({ queryKey: workshopKeys.part(orgId, id, "merge"), queryFn: () => api<MergeCandidates>(`${workshopPath(orgId, id)}/merge`) });

export const photosQuery = (orgId: string, id: string) =>
  queryOptions({ queryKey: workshopKeys.part(orgId, id, "photos"), queryFn: () => api<Photo[]>(`${workshopPath(orgId, id)}/photos`) });

export const actionsQuery = (orgId: string, filters: ActionFilters) =>
  queryOptions({
    queryKey: [...workshopKeys.actions(orgId), filters] as const,
    queryFn: () => {
      const params = new URLSearchParams();
      if (filters.status) params.set("status", filters.status);
      if (filters.owner) params.set("owner", filters.owner);
      if (filters.overdue) params.set("overdue", "true");
      const query = params.toString();
      return api<ImprovementAction[]>(`${actionsPath(orgId)}${query ? `?${query}` : ""}`);
    },
  });
