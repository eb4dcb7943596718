import type { Dataset } from "../data/dataset";
import { isCountryCode, type Basis, type Source } from "../data/schema";
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

const cache = new WeakMap<Dataset, Map<string, Ranking | null>>();

/**
 * US partners (countries only, no aggregates) ranked by two-way trade (exports + imports) in one month,
 * from an official all-country file of that basis: the vintage published nearest before `asOf`, else the latest.
 */
export function partnerRanking(ds: Dataset, period: string, basis: Basis, asOf: string): Ranking | null {
  const key = `${period}|${basis}|${asOf}`;
  let byKey = cache.get(ds);
  if (!byKey) cache.set(ds, (byKey = new Map<string, Ranking | null>()));
  if (byKey.has(key)) return byKey.get(key) ?? null;

  // Only files of every partner (Census's wide files) can rank; a FRED series or a country page holds one partner.
  const files = ds.manifest.series.filter((s) => s.basis === basis && s.layout === "census-wide");
  const wide = new Set(files.map((f) => f.sourceId));
  // Totals by vintage in one pass; a vintage that lacks the month (an older file) cannot rank it.
  const byVintage = new Map<string, Map<string, { exports: number; imports: number }>>();
  for (const o of ds.observations) {
    if (o.period !== period || o.basis !== basis || o.kind !== "official" || !wide.has(o.sourceId)) continue;
    if (!isCountryCode(o.partner)) continue;
    let totals = byVintage.get(o.vintage);
    if (!totals) byVintage.set(o.vintage, (totals = new Map<string, { exports: number; imports: number }>()));
    const t = totals.get(o.partner) ?? { exports: 0, imports: 0 };
    t[o.flow] += o.value;
    totals.set(o.partner, t);
  }
  const chosen = chooseVintage([...byVintage.keys()], asOf);
  let ranking: Ranking | null = null;
  const totals = chosen ? byVintage.get(chosen.vintage) : undefined;
  if (chosen && totals) {
    const rows = [...totals.entries()]
      .map(([partner, t]) => ({ partner, exports: t.exports, imports: t.imports, total: clean(t.exports + t.imports) }))
      .sort((a, b) => b.total - a.total || a.partner.localeCompare(b.partner))
      .map((r, i) => {
        const p = ds.partners.get(r.partner);
        return { rank: i + 1, ...r, name: { en: p?.name_en ?? r.partner, es: p?.name_es ?? p?.name_en ?? r.partner } };
      });
    const sourceId = files.find((f) => f.vintage === chosen.vintage)?.sourceId;
    if (rows.length > 0)
      ranking = {
        period,
        basis,
        vintage: chosen.vintage,
        choice: chosen.choice,
        source: sourceId ? ds.sources.get(sourceId) : undefined,
        rows,
      };
  }
  byKey.set(key, ranking);
  return ranking;
}
