import type { Dataset } from "../data/dataset";
import type { Basis, Source } from "../data/schema";
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

  const files = ds.manifest.series.filter((s) => s.basis === basis);
  const chosen = chooseVintage(
    files.map((f) => f.vintage),
    asOf,
  );
  let ranking: Ranking | null = null;
  if (chosen) {
    const totals = new Map<string, { exports: number; imports: number }>();
    for (const o of ds.observations) {
      if (o.period !== period || o.basis !== basis || o.vintage !== chosen.vintage || o.kind !== "official") continue;
      const t = totals.get(o.partner) ?? { exports: 0, imports: 0 };
      t[o.flow] += o.value;
      totals.set(o.partner, t);
    }
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
