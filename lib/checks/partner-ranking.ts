import { firstOfPeriod, seriesKey, type Dataset } from "../data/dataset";
import { wideSeriesFiles } from "../data/query-series";
import { isCountryCode, type Basis, type Observation, type Source } from "../data/schema";
import type { RankingRow } from "./schema";
import { chooseVintage } from "./vintage";
import { clean } from "./rounding";

export interface Ranking {
  period: string;
  basis: Basis;
  vintage: string;
  choice: "before_release" | "latest_after_release";
  source: Source | undefined;
  rows: RankingRow[];
}

/**
 * What is kept per dataset. A ranking depends on the month, the basis and the vintage chosen, not on the release date
 * that chose it, so the rows are kept once per vintage (at most a few per month, whatever the releases ask) and the
 * names once per partner. Months the all-partner files do not hold are not kept: any month can be asked for.
 */
interface RankingMemo {
  vintages: Map<string, readonly string[]>;
  rows: Map<string, RankingRow[]>;
  names: Map<string, RankingRow["name"]>;
}
const memos = new WeakMap<Dataset, RankingMemo>();

function memoOf(ds: Dataset): RankingMemo {
  let memo = memos.get(ds);
  if (!memo) memos.set(ds, (memo = { vintages: new Map(), rows: new Map(), names: new Map() }));
  return memo;
}

/**
 * Every official observation of the month in the basis's wide files, country by country: read at the month from each
 * partner's series (sorted by period), with no pass over every observation and no index by month beside the dataset.
 */
function eachOfMonth(ds: Dataset, period: string, basis: Basis, visit: (o: Observation) => void): void {
  const wide = new Set(wideSeriesFiles(ds, basis).map((f) => f.sourceId));
  for (const [partner] of ds.partners) {
    if (!isCountryCode(partner)) continue;
    for (const flow of ["exports", "imports"] as const) {
      const list = ds.byKey.get(seriesKey(partner, flow, basis)) ?? [];
      for (let i = firstOfPeriod(list, period), o = list[i]; o && o.period === period; o = list[++i])
        if (o.kind === "official" && wide.has(o.sourceId)) visit(o);
    }
  }
}

/** The vintages of the wide files that hold the month (an older file may lack it, and then cannot rank it). */
function monthVintages(ds: Dataset, memo: RankingMemo, period: string, basis: Basis): readonly string[] {
  const key = `${period}|${basis}`;
  const kept = memo.vintages.get(key);
  if (kept) return kept;
  const vintages = new Set<string>();
  eachOfMonth(ds, period, basis, (o) => vintages.add(o.vintage));
  const list = [...vintages];
  if (list.length > 0) memo.vintages.set(key, list);
  return list;
}

/** Every country of one vintage's wide file ranked by two-way trade that month (ties: by partner code). */
function rankedRows(ds: Dataset, memo: RankingMemo, period: string, basis: Basis, vintage: string): RankingRow[] {
  const key = `${period}|${basis}|${vintage}`;
  const kept = memo.rows.get(key);
  if (kept) return kept;
  const totals = new Map<string, { exports: number; imports: number }>();
  eachOfMonth(ds, period, basis, (o) => {
    if (o.vintage !== vintage) return;
    const t = totals.get(o.partner) ?? { exports: 0, imports: 0 };
    t[o.flow] += o.value;
    totals.set(o.partner, t);
  });
  const rows = [...totals.entries()]
    .map(([partner, t]) => ({ partner, exports: t.exports, imports: t.imports, total: clean(t.exports + t.imports) }))
    .sort((a, b) => b.total - a.total || a.partner.localeCompare(b.partner))
    .map((r, i) => ({ rank: i + 1, ...r, name: nameOf(ds, memo, r.partner) }));
  memo.rows.set(key, rows);
  return rows;
}

function nameOf(ds: Dataset, memo: RankingMemo, partner: string): RankingRow["name"] {
  let name = memo.names.get(partner);
  if (!name) {
    const p = ds.partners.get(partner);
    memo.names.set(partner, (name = { en: p?.name_en ?? partner, es: p?.name_es ?? p?.name_en ?? partner }));
  }
  return name;
}

/**
 * US partners (countries only, no aggregates) ranked by two-way trade (exports + imports) in one month,
 * from an official all-country file of that basis: the vintage published nearest before `asOf`, else the latest.
 */
export function partnerRanking(ds: Dataset, period: string, basis: Basis, asOf: string): Ranking | null {
  const memo = memoOf(ds);
  const chosen = chooseVintage(monthVintages(ds, memo, period, basis), asOf);
  if (!chosen) return null;
  const rows = rankedRows(ds, memo, period, basis, chosen.vintage);
  if (rows.length === 0) return null;
  const sourceId = wideSeriesFiles(ds, basis).find((f) => f.vintage === chosen.vintage)?.sourceId;
  return {
    period,
    basis,
    vintage: chosen.vintage,
    choice: chosen.choice,
    source: sourceId ? ds.sources.get(sourceId) : undefined,
    rows,
  };
}
