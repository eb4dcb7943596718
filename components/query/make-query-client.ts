import { QueryClient } from "@tanstack/react-query";

// Server-prefetched data never goes stale on its own: the dataset changes only with a new deploy.
export function makeQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, gcTime: 30 * 60_000, refetchOnWindowFocus: false, retry: 1 } } });
}
