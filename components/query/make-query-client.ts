import { QueryClient, isServer } from "@tanstack/react-query";

// Data never goes stale on its own: the dataset changes only with a new deploy.
// gcTime stays at TanStack's server default (Infinity: no timers, the client is dropped with the request);
// a finite gcTime on the server keeps a timer — and every request's data — alive for that long.
export function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        ...(isServer ? {} : { gcTime: 30 * 60_000 }),
        refetchOnWindowFocus: false,
        retry: 1,
      },
    },
  });
}
