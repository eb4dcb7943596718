import type { Basis, MeasureFlow, Perspective } from "../data/schema";
import { bilingual } from "../i18n/messages";
import type { SeriesPoint } from "../data/query-series";
import type { Bilingual, ChartMeta, ChartSource } from "./types";
import { FLOW_SHORT, flowLabel } from "./flow-labels";
import { MUSD_UNIT, sourceLine } from "./sources";
import { addMonths } from "./periods";

/** Year-on-year change of one flow: against the same month a year before. */
export interface YoyChange {
  /** Millions of dollars. */
  change: number;
  /** Percent; null where the year-earlier value is zero or of the other sign (a balance that flips). */
  percent: number | null;
}

export interface SeriesRow {
  period: string;
  exports: number | null;
  imports: number | null;
  balance: number | null;
  yoy: Record<MeasureFlow, YoyChange | null>;
  /** True for the month the release speaks of. */
  isReleaseMonth: boolean;
}

export interface SeriesView extends ChartMeta {
  id: "series";
  partner: string;
  basis: Basis;
  perspective: Perspective;
  from: string;
  to: string;
  releasePeriod: string | null;
  flows: Array<{ flow: MeasureFlow; label: Bilingual; short: Bilingual }>;
  rows: SeriesRow[];
}

export interface SeriesViewInput {
  /** Points of `getSeries` (or GET /api/series), for months from 12 before `from` to `to`, so every row has its year-on-year change. */
  points: readonly Pick<SeriesPoint, "period" | "flow" | "value">[];
  partner: string;
  partnerName: Bilingual;
  basis: Basis;
  perspective: Perspective;
  from: string;
  to: string;
  releasePeriod: string | null;
  source: ChartSource | null;
  /** Where the release month's period is an inference. */
  periodNote?: Bilingual;
}

/** The months to ask the series for, so that `from` has its year-earlier month. */
export function seriesFetchRange(range: { from: string; to: string }): { from: string; to: string } {
  return { from: addMonths(range.from, -12), to: range.to };
}

const FLOWS: MeasureFlow[] = ["exports", "imports", "balance"];

function yoy(now: number | null, before: number | null | undefined): YoyChange | null {
  if (now === null || before === null || before === undefined) return null;
  const change = Math.round((now - before) * 1e6) / 1e6;
  const percent =
    before === 0 || (Math.sign(before) !== Math.sign(now) && now !== 0)
      ? null
      : Math.round((change / Math.abs(before)) * 1000) / 10;
  return { change, percent };
}

/**
 * The monthly series of exports, imports and balance (millions of dollars, named from `perspective`) from `from`
 * to `to`, each month with its year-on-year change, and the release month marked. Pure: it takes the points.
 */
export function seriesView(input: SeriesViewInput): SeriesView {
  const byPeriod = new Map<string, Record<MeasureFlow, number | null>>();
  for (const p of input.points) {
    let row = byPeriod.get(p.period);
    if (!row) byPeriod.set(p.period, (row = { exports: null, imports: null, balance: null }));
    row[p.flow] = p.value;
  }
  const rows: SeriesRow[] = [...byPeriod.keys()]
    .filter((p) => p >= input.from && p <= input.to)
    .sort()
    .map((period) => {
      const now = byPeriod.get(period) ?? { exports: null, imports: null, balance: null };
      const before = byPeriod.get(addMonths(period, -12));
      return {
        period,
        ...now,
        yoy: {
          exports: yoy(now.exports, before?.exports),
          imports: yoy(now.imports, before?.imports),
          balance: yoy(now.balance, before?.balance),
        },
        isReleaseMonth: period === input.releasePeriod,
      };
    });
  const sources = input.source ? [input.source] : [];
  return {
    id: "series",
    title: bilingual((m, lang) => m.seriesTitle(m.basisLong[input.basis], input.partnerName[lang])),
    unit: MUSD_UNIT,
    valueUnit: "musd",
    sources,
    sourceLine: sourceLine(sources),
    notes: [
      bilingual((m) => m.seriesYoyNote),
      ...(input.periodNote && input.releasePeriod ? [input.periodNote] : []),
    ],
    partner: input.partner,
    basis: input.basis,
    perspective: input.perspective,
    from: input.from,
    to: input.to,
    releasePeriod: input.releasePeriod,
    flows: FLOWS.map((flow) => ({
      flow,
      label: flowLabel(flow, input.perspective, input.partnerName),
      short: FLOW_SHORT[flow],
    })),
    rows,
  };
}

/** What the browser keeps of a series answer (getSeries or GET /api/series): only the numbers the chart draws, and its source. */
export interface SeriesWire {
  source: ChartSource | null;
  points: Array<{ period: string; flow: MeasureFlow; value: number }>;
}

export function toSeriesWire(series: {
  source?: { publisher: string; title: string; url: string; vintage: string; basis: Basis } | null;
  points: readonly Pick<SeriesPoint, "period" | "flow" | "value">[];
}): SeriesWire {
  const s = series.source;
  return {
    source: s ? { publisher: s.publisher, title: s.title, url: s.url, vintage: s.vintage, basis: s.basis } : null,
    points: series.points.map((p) => ({ period: p.period, flow: p.flow, value: p.value })),
  };
}
