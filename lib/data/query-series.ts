import { joinSourceIds, splitSourceId } from "./source-ids";
import type { Dataset } from "./dataset";
import { seriesKey } from "./dataset";
import type { Basis, Flow, MeasureFlow, Observation, Perspective, Source } from "./schema";
import type { SeriesQuery } from "../http/series-query";
import { usFlowOf } from "./perspective";
import { clean } from "../checks/rounding";
import { compareVintageEnds } from "../checks/vintage";
import { bilingual } from "../i18n/messages";

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
  /** The vintage this value is from: the latest that has the month (for balance: the latest that has both flows). */
  vintage: string;
  sourceId: string;
  /** True for balance, which is computed from the two published flows of one vintage. */
  computed: boolean;
}

/** A run of consecutive months of one flow read from one vintage; where one run ends and the next begins is a seam. */
export interface VintageSpan {
  flow: MeasureFlow;
  vintage: string;
  sourceId: string;
  first: string;
  last: string;
  months: number;
}

/** Months of a flow that the series cannot give, and why (never filled, never mixed). */
export interface SeriesGap {
  flow: MeasureFlow;
  first: string;
  last: string;
  reason: { es: string; en: string };
}

export interface Series {
  query: SeriesQuery;
  /** The one vintage of every point (always so with `vintage=`); null when the series joins several. */
  vintage: string | null;
  /** The source of the latest vintage used (kept for one-source readers); `sources` lists every one. */
  source: Source | undefined;
  sources: Source[];
  spans: VintageSpan[];
  gaps: SeriesGap[];
  points: SeriesPoint[];
}

const FLOWS: MeasureFlow[] = ["exports", "imports", "balance"];

/** Later publication first: "2026-02-17" is before "2026-02" (which may stand for any day of February). */
export function compareVintages(a: string, b: string): number {
  // Plain code-unit order (ASCII dates): localeCompare is far slower and this runs for every pair of vintages.
  return compareVintageEnds(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * The official files of a basis with every partner (Census's wide files): the only ones that can rank partners, as a
 * FRED series or a country page holds one partner.
 */
export function wideSeriesFiles(ds: Pick<Dataset, "manifest">, basis: Basis) {
  return ds.manifest.series.filter((s) => s.basis === basis && s.layout === "census-wide");
}

/** The official file of a basis with every partner (Census's wide files), latest vintage. */
export function latestSeriesFile(ds: Dataset, basis: Basis) {
  return wideSeriesFiles(ds, basis)
    .sort((a, b) => compareVintages(a.vintage, b.vintage))
    .at(-1);
}

/** Official observations of one US flow by month, then by vintage. */
function byPeriodAndVintage(list: readonly Observation[], keep: (o: Observation) => boolean) {
  const out = new Map<string, Map<string, Observation>>();
  for (const o of list) {
    if (o.kind !== "official" || !keep(o)) continue;
    let m = out.get(o.period);
    if (!m) out.set(o.period, (m = new Map<string, Observation>()));
    m.set(o.vintage, o);
  }
  return out;
}

function latest<T>(byVintage: ReadonlyMap<string, T>, among?: (v: string) => boolean): [string, T] | undefined {
  let best: [string, T] | undefined;
  for (const entry of byVintage) {
    if (among && !among(entry[0])) continue;
    if (!best || compareVintages(entry[0], best[0]) > 0) best = entry;
  }
  return best;
}

/** Every vintage that has a month of this partner and basis (either flow), oldest publication first. */
export function seriesVintages(ds: Dataset, partner: string, basis: Basis): string[] {
  const set = new Set<string>();
  for (const flow of ["exports", "imports"] as Flow[])
    for (const o of ds.byKey.get(seriesKey(partner, flow, basis)) ?? []) if (o.kind === "official") set.add(o.vintage);
  return [...set].sort(compareVintages);
}

function spansOf(points: readonly SeriesPoint[]): VintageSpan[] {
  const spans: VintageSpan[] = [];
  const open = new Map<MeasureFlow, VintageSpan>();
  for (const p of points) {
    const cur = open.get(p.flow);
    if (cur && cur.vintage === p.vintage && cur.sourceId === p.sourceId) {
      cur.last = p.period;
      cur.months += 1;
    } else {
      const span = {
        flow: p.flow,
        vintage: p.vintage,
        sourceId: p.sourceId,
        first: p.period,
        last: p.period,
        months: 1,
      };
      spans.push(span);
      open.set(p.flow, span);
    }
  }
  return spans;
}

/** Consecutive months (in `periods`, sorted) of the same class, for the classed ones, as first..last runs. */
function runs<C extends string>(periods: readonly string[], classOf: (p: string) => C | undefined) {
  const out: Array<{ first: string; last: string; cls: C }> = [];
  let cur: { first: string; last: string; cls: C } | undefined;
  for (const p of periods) {
    const cls = classOf(p);
    if (cls && cur?.cls === cls) cur.last = p;
    else if (cls) out.push((cur = { first: p, last: p, cls }));
    else cur = undefined;
  }
  return out;
}

const GAP_REASONS = {
  split: bilingual((m) => m.gapSplit),
  exports: bilingual((m) => m.gapNoFlow("exports")),
  imports: bilingual((m) => m.gapNoFlow("imports")),
};

/**
 * Monthly values for one partner and basis, flows named from `perspective`, months from `from` to `to` (inclusive),
 * ordered by period then flow (exports, imports, balance). Each month of each flow comes from the latest vintage that
 * has it (or from `vintage` alone when asked), and says which. Balance is computed only from two flows of one
 * vintage: the latest that has both; a month where no vintage has both has no balance, and `gaps` says why.
 */
export function getSeries(ds: Dataset, query: SeriesQuery): Series {
  const inRange = (p: string) => (!query.from || p >= query.from) && (!query.to || p <= query.to);
  const keep = (o: Observation) => inRange(o.period) && (!query.vintage || o.vintage === query.vintage);
  const read = (usFlow: Flow) =>
    byPeriodAndVintage(ds.byKey.get(seriesKey(query.partner, usFlow, query.basis)) ?? [], keep);
  const ownExports = read(usFlowOf("exports", query.perspective));
  const ownImports = read(usFlowOf("imports", query.perspective));
  const periods = [...new Set([...ownExports.keys(), ...ownImports.keys()])].sort();
  const wanted = query.flow ? [query.flow] : FLOWS;
  const points: SeriesPoint[] = [];
  const base = { reporter: "US" as const, partner: query.partner, basis: query.basis, perspective: query.perspective };
  const noBalance = new Set<string>();
  for (const period of periods) {
    const e = ownExports.get(period);
    const i = ownImports.get(period);
    for (const flow of wanted) {
      if (flow === "balance") {
        const both = e && i ? latest(e, (v) => i.has(v)) : undefined;
        const imp = both ? i?.get(both[0]) : undefined;
        if (!both || !imp) {
          noBalance.add(period);
          continue;
        }
        const value = clean(both[1].value - imp.value, 9);
        const sourceId = joinSourceIds(both[1].sourceId, imp.sourceId);
        points.push({ period, ...base, flow, value, vintage: both[0], sourceId, computed: true });
        continue;
      }
      const found = latest((flow === "exports" ? e : i) ?? new Map<string, Observation>());
      if (!found) continue;
      points.push({
        period,
        ...base,
        flow,
        value: found[1].value,
        vintage: found[0],
        sourceId: found[1].sourceId,
        computed: false,
      });
    }
  }
  const gapClass = (p: string) =>
    !noBalance.has(p) ? undefined : !ownExports.has(p) ? "exports" : !ownImports.has(p) ? "imports" : "split";
  const gaps: SeriesGap[] = runs(periods, gapClass).map(({ first, last, cls }) => ({
    flow: "balance",
    first,
    last,
    reason: GAP_REASONS[cls],
  }));
  const spans = spansOf(points);
  const sourceIds = [...new Set(spans.flatMap((s) => splitSourceId(s.sourceId)))];
  const sources = sourceIds.map((id) => ds.sources.get(id)).filter((s): s is Source => Boolean(s));
  sources.sort((a, b) => compareVintages(a.vintage, b.vintage));
  const vintages = new Set(points.map((p) => p.vintage));
  return {
    query,
    vintage: vintages.size === 1 ? ([...vintages][0] ?? null) : null,
    source: sources.at(-1),
    sources,
    spans,
    gaps: query.flow && query.flow !== "balance" ? [] : gaps,
    points,
  };
}
