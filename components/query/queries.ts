import type { Basis, Perspective } from "@/lib/data/schema";

export interface SeriesParams {
  basis: Basis;
  perspective: Perspective;
  from: string;
  to: string;
}

/**
 * A dashboard query: its cache key and how to fetch and parse its answer. Plain data, not TanStack's queryOptions,
 * so that the panels can hold one without loading the library (components/query/use-deferred-query.tsx).
 */
export interface DashboardQuery<T> {
  queryKey: readonly unknown[];
  queryFn: () => Promise<T>;
}

/** What a panel reads of a query's state. */
export interface QueryResult<T> {
  data: T | undefined;
  isError: boolean;
  isFetching: boolean;
}

// The answers' zod/mini schemas load with the first request (charts activated): the page's first view is drawn by the
// server, so zod stays out of the scripts a page load runs.
const responses = () => import("@/lib/http/responses");

/**
 * GET `url` and parse its JSON with `schema`: an HTTP error, a body that is not JSON or an answer of another shape
 * rejects with a message naming the URL and what was wrong, which the panel shows as its load error.
 */
async function getParsed<T>(
  url: string,
  schema: { safeParse(data: unknown): { success: true; data: T } | { success: false; error: { message: string } } },
): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  const parsed = schema.safeParse(await res.json());
  if (!parsed.success) throw new Error(`${url}: unexpected answer: ${parsed.error.message}`);
  return parsed.data;
}

/** Mexico's series (GET /api/series), narrowed to the numbers the chart draws. */
export function seriesQuery(p: SeriesParams) {
  return {
    queryKey: ["series", "MX", p.basis, p.perspective, p.from, p.to] as const,
    queryFn: () => {
      const qs = new URLSearchParams({
        partner: "MX",
        basis: p.basis,
        perspective: p.perspective,
        from: p.from,
        to: p.to,
      });
      return responses().then((r) => getParsed(`/api/series?${qs}`, r.seriesWireSchema));
    },
  };
}

/** The release's rank history (GET /api/releases/{slug}/ranks). */
export function ranksQuery(slug: string, range: { from: string; to: string }) {
  return {
    queryKey: ["ranks", slug, range.from, range.to] as const,
    queryFn: async () =>
      (
        await getParsed(
          `/api/releases/${encodeURIComponent(slug)}/ranks?from=${range.from}&to=${range.to}`,
          (await responses()).ranksResponseSchema,
        )
      ).rows,
  };
}
