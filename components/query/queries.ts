import { queryOptions } from "@tanstack/react-query";
import type { RankHistoryRow } from "@/lib/views/rank";
import { toSeriesWire, type SeriesWire } from "@/lib/views/series";
import type { Basis, Perspective } from "@/lib/data/schema";

export interface SeriesParams {
  basis: Basis;
  perspective: Perspective;
  from: string;
  to: string;
}

async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json();
}

/** Mexico's series (GET /api/series), narrowed to the numbers the chart draws. The server fills the same key. */
export function seriesQuery(p: SeriesParams) {
  return queryOptions({
    queryKey: ["series", "MX", p.basis, p.perspective, p.from, p.to] as const,
    queryFn: async (): Promise<SeriesWire> => {
      const qs = new URLSearchParams({
        partner: "MX",
        basis: p.basis,
        perspective: p.perspective,
        from: p.from,
        to: p.to,
      });
      return toSeriesWire((await getJson(`/api/series?${qs}`)) as Parameters<typeof toSeriesWire>[0]);
    },
  });
}

/** The release's rank history (GET /api/releases/{slug}/ranks). */
export function ranksQuery(slug: string, range: { from: string; to: string }) {
  return queryOptions({
    queryKey: ["ranks", slug, range.from, range.to] as const,
    queryFn: async () =>
      (
        (await getJson(`/api/releases/${encodeURIComponent(slug)}/ranks?from=${range.from}&to=${range.to}`)) as {
          rows: RankHistoryRow[];
        }
      ).rows,
  });
}
