import type { Dataset } from "./dataset";
import { seriesKey } from "./dataset";
import type { Basis, MeasureFlow, Perspective, Source } from "./schema";
import type { SeriesQuery } from "../http/series-query";
import { usFlowOf } from "./perspective";
import { clean } from "../checks/rounding";

export interface SeriesPoint {
  period: string;
  reporter: "US";
  partner: string;
  /** The flow named from `perspective`. */
  flow: MeasureFlow;
  basis: Basis;
  perspective: Perspective;
  /** Millions of US dollars, full precision as published; balance = exports − imports from `perspective`. */
  value: number;
  vintage: string;
  sourceId: string;
  /** True for balance, which is computed from the two published flows. */
  computed: boolean;
}

export interface Series {
  query: SeriesQuery;
  vintage: string | null;
  source: Source | undefined;
  points: SeriesPoint[];
}

const FLOWS: MeasureFlow[] = ["exports", "imports", "balance"];

/** The official file of a basis to read series from: the latest vintage, so one series never mixes vintages. */
export function latestSeriesFile(ds: Dataset, basis: Basis) {
  return ds.manifest.series.filter((s) => s.basis === basis && s.layout === "census-wide").sort((a, b) => a.vintage.localeCompare(b.vintage)).at(-1);
}

/**
 * Monthly values for one partner and basis, from the latest official vintage of that basis, flows named from
 * `perspective`, months from `from` to `to` (inclusive), ordered by period then flow (exports, imports, balance).
 */
export function getSeries(ds: Dataset, query: SeriesQuery): Series {
  const file = latestSeriesFile(ds, query.basis);
  if (!file) return { query, vintage: null, source: undefined, points: [] };
  const inRange = (p: string) => (!query.from || p >= query.from) && (!query.to || p <= query.to);
  const read = (usFlow: "exports" | "imports") =>
    new Map((ds.byKey.get(seriesKey(query.partner, usFlow, query.basis)) ?? []).filter((o) => o.vintage === file.vintage && o.kind === "official" && inRange(o.period)).map((o) => [o.period, o.value]));
  const ownExports = read(usFlowOf("exports", query.perspective));
  const ownImports = read(usFlowOf("imports", query.perspective));
  const periods = [...new Set([...ownExports.keys(), ...ownImports.keys()])].sort();
  const wanted = query.flow ? [query.flow] : FLOWS;
  const points: SeriesPoint[] = [];
  for (const period of periods) {
    const e = ownExports.get(period);
    const i = ownImports.get(period);
    for (const flow of wanted) {
      const value = flow === "exports" ? e : flow === "imports" ? i : e !== undefined && i !== undefined ? clean(e - i, 9) : undefined;
      if (value === undefined) continue;
      points.push({ period, reporter: "US", partner: query.partner, flow, basis: query.basis, perspective: query.perspective, value, vintage: file.vintage, sourceId: file.sourceId, computed: flow === "balance" });
    }
  }
  return { query, vintage: file.vintage, source: ds.sources.get(file.sourceId), points };
}
