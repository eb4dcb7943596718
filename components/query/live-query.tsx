"use client";
import { QueryClientProvider, keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { makeQueryClient } from "./make-query-client";
import type { DashboardQuery, QueryResult } from "./queries";

// Loaded only in the browser, once charts are activated: one client for the tab, shared by every panel's query.
const client = makeQueryClient();

function ObserveQuery<T>({ query, onResult }: { query: DashboardQuery<T>; onResult: (r: QueryResult<T>) => void }) {
  // The previous answer stays on screen while another range's is fetched.
  const { data, isError, isFetching } = useQuery({ ...query, placeholderData: keepPreviousData });
  useEffect(() => onResult({ data, isError, isFetching }), [data, isError, isFetching, onResult]);
  return null;
}

/** Runs `query` through TanStack Query and reports each state of it to the panel that rendered it. */
export default function LiveQuery<T>(props: { query: DashboardQuery<T>; onResult: (r: QueryResult<T>) => void }) {
  return (
    <QueryClientProvider client={client}>
      <ObserveQuery {...props} />
    </QueryClientProvider>
  );
}
