import { MEASURE_FLOWS } from "@/lib/data/vocabulary";
import type { SeriesWire } from "@/lib/http/responses";

/**
 * The series the server prefetches for the dashboard travel in its HTML (TanStack Query's dehydrated state, inside
 * Next's inline RSC payload): each point as an object repeats four key names and its vintage, about 80 bytes a
 * point, 216 points for the default view. Packed, a point is its period, flow, value (every digit kept) and an index
 * into the vintages: `[period, flow, value, vintage, period, flow, …]`. Anything else passes as it is.
 */
export interface PackedSeries {
  packed: "series/1";
  sources: SeriesWire["sources"];
  vintages: string[];
  points: Array<string | number>;
}

function isSeriesWire(data: unknown): data is SeriesWire {
  if (typeof data !== "object" || data === null) return false;
  const d = data as Partial<SeriesWire>;
  return Array.isArray(d.points) && Array.isArray(d.sources) && Object.keys(d).length === 2;
}

export function packSeries(data: unknown): unknown {
  if (!isSeriesWire(data)) return data;
  const vintages: string[] = [];
  const points: Array<string | number> = [];
  for (const p of data.points) {
    let v = vintages.indexOf(p.vintage);
    if (v < 0) v = vintages.push(p.vintage) - 1;
    points.push(p.period, MEASURE_FLOWS.indexOf(p.flow), p.value, v);
  }
  const packed: PackedSeries = { packed: "series/1", sources: data.sources, vintages, points };
  return packed;
}

export function unpackSeries(data: unknown): unknown {
  if (typeof data !== "object" || data === null || (data as Partial<PackedSeries>).packed !== "series/1") return data;
  const d = data as PackedSeries;
  const points: SeriesWire["points"] = [];
  for (let i = 0; i + 3 < d.points.length; i += 4) {
    points.push({
      period: d.points[i] as string,
      flow: MEASURE_FLOWS[d.points[i + 1] as number] as SeriesWire["points"][number]["flow"],
      value: d.points[i + 2] as number,
      vintage: d.vintages[d.points[i + 3] as number] as string,
    });
  }
  return { sources: d.sources, points } satisfies SeriesWire;
}
