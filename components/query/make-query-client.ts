import { QueryClient, isServer } from "@tanstack/react-query";
import { packSeries, unpackSeries } from "./series-pack";

// Server-prefetched data never goes stale on its own: the dataset changes only with a new deploy.
// gcTime stays at TanStack's server default (Infinity: no timers, the client is dropped with the request);
// a finite gcTime on the server keeps a timer — and every request's data — alive for that long.
// The prefetched series cross into the page packed (series-pack.ts), and unpack as the browser hydrates them.
export function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        ...(isServer ? {} : { gcTime: 30 * 60_000 }),
        refetchOnWindowFocus: false,
        retry: 1,
      },
      dehydrate: { serializeData: packSeries },
      hydrate: { deserializeData: unpackSeries },
    },
  });
}
