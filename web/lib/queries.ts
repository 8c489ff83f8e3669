/** Query keys and shared queries for the signed-in person. */
import { queryOptions, useQuery } from "@tanstack/react-query";
import { meContract } from "../../shared/contracts/me.js";
import type { Me } from "../../shared/schemas/me.js";
import { call } from "./api";

export const queryKeys = {
  me: ["me"] as const,
  organisations: ["organisations"] as const,
  organisation: (orgId: string) => ["organisations", orgId] as const,
  members: (orgId: string) => ["organisations", orgId, "members"] as const,
  invitations: (orgId: string) => ["organisations", orgId, "invitations"] as const,
  audit: (orgId: string) => ["organisations", orgId, "audit"] as const,
  outbox: (orgId: string) => ["organisations", orgId, "outbox"] as const,
  sso: (orgId: string) => ["organisations", orgId, "sso"] as const,
  guestGrants: ["me", "guest-grants"] as const,
  invitationPreview: (id: string) => ["invitation-preview", id] as const,
};

export const meQuery = queryOptions({
  queryKey: queryKeys.me,
  queryFn: () => call(meContract.get),
  staleTime: 30_000,
  retry: false,
});

/** The signed-in person (the app layout guarantees it is loaded). */
export function useMe(): Me {
  const { data } = useQuery(meQuery);
  if (!data) throw new Error("useMe used outside the signed-in layout");
  return data;
}

/** The membership of the active organisation, if any. */
export function activeMembership(me: Me) {
  return me.memberships.find((m) => m.organisationId === me.activeOrganisationId) ?? null;
}
