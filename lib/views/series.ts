import type { Basis, MeasureFlow, Perspective } from "../data/schema";
import { clientBilingual } from "../i18n/client-messages";
import type { SeriesPoint } from "../data/query-series";
import type { Bilingual, ChartMeta, ChartSource } from "./types";
import { FLOW_SHORT, flowLabel } from "./flow-labels";
import { MUSD_UNIT, sourceLine } from "./sources";
import { addMonths } from "./periods";
import { text, word, type DataTable } from "./table";
import type { SeriesWire } from "../http/responses";

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
  /** The vintage of each value (null where there is none). */
  vintage: Record<MeasureFlow, string | null>;
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
  /** The spans of months the release sums (first and last month), within the chart's months: marked as bands. */
  claimedSpans: Array<{ first: string; last: string }>;
  flows: Array<{ flow: MeasureFlow; label: Bilingual; short: Bilingual }>;
  rows: SeriesRow[];
  /** Months where a flow's vintage differs from the month before's: where the chart marks a seam. */
  seams: SeriesSeam[];
  /** Its data table: a row per month, each flow's value and year-on-year change, and the vintage of its values. */
  table: DataTable;
}

export interface SeriesSeam {
  period: string;
  flow: MeasureFlow;
  from: string;
  to: string;
}

function seriesTable(v: Omit<SeriesView, "table">): DataTable {
  return {
    caption: [
      text(v.title),
      ", ",
      { kind: "month", period: v.from, style: "short" },
      "–",
      { kind: "month", period: v.to, style: "short" },
    ],
    head: [
      { text: [word("month")] },
      ...v.flows.map((f) => ({ text: [text(f.label)], span: 2 })),
      { text: [word("vintageColumn")] },
    ],
    rows: v.rows.map((r) => ({
      key: r.period,
      head: [r.period],
      releaseMonth: r.isReleaseMonth,
      cells: [
        ...v.flows.flatMap((f) => [
          { kind: "number" as const, value: r[f.flow] },
          { kind: "yoy" as const, value: r.yoy[f.flow] },
        ]),
        {
          kind: "text" as const,
          value: clientBilingual((m, lang) => rowVintageText(v, r, lang, m.noValue)),
          vintage: true,
        },
      ],
    })),
  };
}

export interface SeriesViewInput {
  /**
   * Points of `getSeries` (or GET /api/series), for months from 12 before `from` to `to`, so every row has its
   * year-on-year change.
   */
  points: readonly (Pick<SeriesPoint, "period" | "flow" | "value"> & { vintage?: string })[];
  partner: string;
  partnerName: Bilingual;
  basis: Basis;
  perspective: Perspective;
  from: string;
  to: string;
  releasePeriod: string | null;
  /** The spans of months the release's figures sum ("de enero a julio"). */
  claimedSpans?: ReadonlyArray<{ first: string; last: string }>;
  /** Every source the points come from, oldest vintage first. */
  sources: readonly ChartSource[];
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
  const vintageOf = new Map<string, Record<MeasureFlow, string | null>>();
  for (const p of input.points) {
    let row = byPeriod.get(p.period);
    if (!row) byPeriod.set(p.period, (row = { exports: null, imports: null, balance: null }));
    row[p.flow] = p.value;
    let v = vintageOf.get(p.period);
    if (!v) vintageOf.set(p.period, (v = { exports: null, imports: null, balance: null }));
    v[p.flow] = p.vintage ?? null;
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
        vintage: vintageOf.get(period) ?? { exports: null, imports: null, balance: null },
        isReleaseMonth: period === input.releasePeriod,
      };
    });
  const seams: SeriesSeam[] = [];
  for (const flow of FLOWS) {
    let prev: string | null = null;
    for (const r of rows) {
      const v = r.vintage[flow];
      if (v && prev && v !== prev) seams.push({ period: r.period, flow, from: prev, to: v });
      if (v) prev = v;
    }
  }
  const shown = [...new Set(rows.flatMap((r) => FLOWS.map((f) => r.vintage[f]).filter((v): v is string => !!v)))];
  const sources = input.sources.filter((s) => shown.length === 0 || shown.includes(s.vintage));
  const view: Omit<SeriesView, "table"> = {
    id: "series",
    title: clientBilingual((m, lang) => m.seriesTitle(m.basisLong[input.basis], input.partnerName[lang])),
    unit: MUSD_UNIT,
    valueUnit: "musd",
    sources,
    sourceLine: sourceLine(sources),
    notes: [
      clientBilingual((m) => m.seriesYoyNote),
      ...(shown.length > 1 ? [vintagesNote(rows)] : []),
      ...(input.periodNote && input.releasePeriod ? [input.periodNote] : []),
    ],
    partner: input.partner,
    basis: input.basis,
    perspective: input.perspective,
    from: input.from,
    to: input.to,
    releasePeriod: input.releasePeriod,
    claimedSpans: (input.claimedSpans ?? [])
      .filter((s) => s.last >= input.from && s.first <= input.to)
      .map((s) => ({
        first: s.first < input.from ? input.from : s.first,
        last: s.last > input.to ? input.to : s.last,
      })),
    flows: FLOWS.map((flow) => ({
      flow,
      label: flowLabel(flow, input.perspective, input.partnerName),
      short: FLOW_SHORT[flow],
    })),
    rows,
    seams,
  };
  return { ...view, table: seriesTable(view) };
}

/**
 * "Each month from the latest vintage that has it: exports 2025-04 (…–2025-02); imports 2026-09 (…–2026-07)."
 */
function vintagesNote(rows: readonly SeriesRow[]): Bilingual {
  const parts = (["exports", "imports", "balance"] as const).map((flow) => {
    const runs: string[] = [];
    let cur: { v: string; first: string; last: string } | undefined;
    for (const r of rows) {
      const v = r.vintage[flow];
      if (!v) continue;
      if (cur?.v === v) cur.last = r.period;
      else {
        if (cur) runs.push(`${cur.v} (${cur.first}–${cur.last})`);
        cur = { v, first: r.period, last: r.period };
      }
    }
    if (cur) runs.push(`${cur.v} (${cur.first}–${cur.last})`);
    const shown = runs.length > 4 ? [...runs.slice(0, 2), "…", ...runs.slice(-2)] : runs;
    return { flow, text: shown.join(", ") };
  });
  return clientBilingual((m) =>
    m.seriesVintagesNote(parts.map((p) => `${m.flowWords[p.flow]} ${p.text || m.noValue}`).join("; ")),
  );
}

/**
 * What the browser keeps of a series answer (getSeries or GET /api/series): the numbers the chart draws, each value's
 * vintage, and the sources.
 */
export type { SeriesWire };

type WireSource = { publisher: string; title: string; url: string; vintage: string; basis: Basis };

export function toSeriesWire(series: {
  sources?: readonly WireSource[] | null;
  points: readonly Pick<SeriesPoint, "period" | "flow" | "value" | "vintage">[];
}): SeriesWire {
  return {
    sources: (series.sources ?? []).map((s) => ({
      publisher: s.publisher,
      title: s.title,
      url: s.url,
      vintage: s.vintage,
      basis: s.basis,
    })),
    points: series.points.map((p) => ({ period: p.period, flow: p.flow, value: p.value, vintage: p.vintage })),
  };
}

/**
 * A row's vintage for its table: the one vintage of all its values, or each flow's ("Exp. 2025-04 · Imp. 2026-09").
 */
export function rowVintageText(
  view: Pick<SeriesView, "flows">,
  row: Pick<SeriesRow, "vintage">,
  lang: "es" | "en",
  none: string,
): string {
  const shown = view.flows.map((f) => ({ f, v: row.vintage[f.flow] })).filter((x) => x.v !== null);
  const distinct = new Set(shown.map((x) => x.v));
  if (distinct.size === 0) return none;
  if (distinct.size === 1) return shown[0]?.v ?? none;
  return shown.map((x) => `${x.f.short[lang]} ${x.v ?? none}`).join(" · ");
}
