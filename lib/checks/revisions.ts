import { joinSourceIds } from "../data/source-ids";
import type { Dataset } from "../data/dataset";
import { seriesKey } from "../data/dataset";
import type { Basis, MeasureFlow, Observation } from "../data/schema";
import { compareVintages } from "../data/query-series";
import { clean } from "./rounding";

export interface RevisionQuery {
  partner: string;
  /** US side; total = exports + imports (like balance, only within one vintage). */
  flow: MeasureFlow | "total";
  basis: Basis;
  period: string;
}

export interface RevisionEntry {
  vintage: string;
  sourceId: string;
  /** official: a Census (or FRED) file or page; reported: a first release as quoted in the press (rounded). */
  kind: Observation["kind"];
  /** Millions of US dollars as published (balance: exports − imports of this vintage). */
  value: number;
  /** Change from the entry before (the previous publication); null for the first. */
  change: number | null;
  /** That change in percent of the previous value; null for the first or where the previous value is 0. */
  changePercent: number | null;
  computed: boolean;
}

export interface RevisionHistory {
  query: RevisionQuery;
  entries: RevisionEntry[];
}

function values(ds: Dataset, q: RevisionQuery, flow: "exports" | "imports"): Map<string, Observation> {
  const out = new Map<string, Observation>();
  for (const o of ds.byKey.get(seriesKey(q.partner, flow, q.basis)) ?? [])
    if (o.period === q.period) out.set(`${o.kind}|${o.vintage}`, o);
  return out;
}

/**
 * Every value we hold for one month of one series, oldest publication first, each with the change from the one
 * before. A balance is listed for each vintage that has both flows (never from two vintages).
 */
export function revisionHistory(ds: Dataset, q: RevisionQuery): RevisionHistory {
  let rows: Array<Omit<RevisionEntry, "change" | "changePercent">>;
  if (q.flow === "balance" || q.flow === "total") {
    const sign = q.flow === "balance" ? -1 : 1;
    const e = values(ds, q, "exports");
    const i = values(ds, q, "imports");
    rows = [...e].flatMap(([key, ex]) => {
      const im = i.get(key);
      if (!im) return [];
      const sourceId = joinSourceIds(ex.sourceId, im.sourceId);
      return [
        { vintage: ex.vintage, sourceId, kind: ex.kind, value: clean(ex.value + sign * im.value, 9), computed: true },
      ];
    });
  } else {
    rows = [...values(ds, q, q.flow).values()].map((o) => ({
      vintage: o.vintage,
      sourceId: o.sourceId,
      kind: o.kind,
      value: o.value,
      computed: false,
    }));
  }
  rows.sort((a, b) => compareVintages(a.vintage, b.vintage));
  const entries = rows.map((r, n): RevisionEntry => {
    const prev = rows[n - 1];
    const change = prev ? clean(r.value - prev.value, 9) : null;
    const changePercent =
      prev && change !== null && prev.value !== 0 ? clean((100 * change) / Math.abs(prev.value), 6) : null;
    return { ...r, change, changePercent };
  });
  return { query: q, entries };
}
