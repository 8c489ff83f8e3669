/**
 * What a page shows for one query: a loader while it runs, the translated error if it failed, an empty-state
 * message when it returned an empty list (if one is given), else what `children` makes of the data.
 */
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { EmptyState } from "./empty-state";
import { ErrorAlert } from "./error-alert";
import { Loading } from "./loading";

export interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  /** Shown instead of `children` when the data is an empty list. */
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}

export function QueryState<T>({ query, empty, children }: QueryStateProps<T>) {
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  if (empty !== undefined && Array.isArray(query.data) && query.data.length === 0) return <EmptyState>{empty}</EmptyState>;
  return children(query.data);
}
