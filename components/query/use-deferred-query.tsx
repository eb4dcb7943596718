"use client";
import { Suspense, lazy, useEffect, useState, type ComponentType, type ReactNode } from "react";
import type { DashboardQuery, QueryResult } from "./queries";

type LiveQueryProps = { query: DashboardQuery<unknown>; onResult: (r: QueryResult<unknown>) => void };

/** Stands in for LiveQuery when its code could not be fetched: the panel shows its load error. */
function QueryCodeFailed({ onResult }: LiveQueryProps) {
  useEffect(() => onResult({ data: undefined, isError: true, isFetching: false }), [onResult]);
  return null;
}

// TanStack Query is fetched with the first query, not with the page: until charts are activated the server's drawings
// and tables stand for the data, so the library has nothing to do in a page load.
const LazyLiveQuery = lazy((): Promise<{ default: ComponentType<LiveQueryProps> }> =>
  import("./live-query").then(
    (m) => ({ default: m.default as ComponentType<LiveQueryProps> }),
    () => ({ default: QueryCodeFailed }),
  ),
);

const IDLE: QueryResult<never> = { data: undefined, isError: false, isFetching: false };

/**
 * `query`'s state, fetched once `enabled`: the element returned must be rendered by the caller (it runs the query,
 * rendering nothing). Until then the result is idle: no data, no error.
 */
export function useDeferredQuery<T>(query: DashboardQuery<T>, enabled: boolean): [QueryResult<T>, ReactNode] {
  const [result, setResult] = useState<QueryResult<T>>(IDLE);
  const element = enabled ? (
    <Suspense fallback={null}>
      <LazyLiveQuery query={query} onResult={setResult as (r: QueryResult<unknown>) => void} />
    </Suspense>
  ) : null;
  return [enabled ? result : IDLE, element];
}
