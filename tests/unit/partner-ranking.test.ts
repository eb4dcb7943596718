import path from "node:path";
import { describe, expect, it } from "vitest";
import { readDataset } from "@/lib/data/read-dataset";
import { partnerRanking } from "@/lib/checks/partner-ranking";
import { chooseVintage } from "@/lib/checks/vintage";
import { clean } from "@/lib/checks/rounding";
import { isCountryCode, type Basis, type Observation } from "@/lib/data/schema";

const ds = readDataset(path.join(process.cwd(), "data"));
const observationsOf = new Map<string, Observation[]>();
for (const o of ds.observations) {
  const month = observationsOf.get(o.period) ?? [];
  observationsOf.set(o.period, month);
  month.push(o);
}

/**
 * What partnerRanking must find, the plain way: every observation of the month (grouped here by month, not read
 * from the dataset's per-series index), no bisection.
 * Two-way totals of every country in the month, per vintage of the basis's all-partner (census-wide) files, with the
 * float noise rounded away (equal totals are then ranked by partner code).
 */
function rankedByFullScan(period: string, basis: Basis, asOf: string) {
  const wide = new Set(
    ds.manifest.series.filter((s) => s.basis === basis && s.layout === "census-wide").map((s) => s.sourceId),
  );
  const byVintage = new Map<string, Map<string, number>>();
  for (const o of observationsOf.get(period) ?? []) {
    if (o.basis !== basis || o.kind !== "official" || !wide.has(o.sourceId)) continue;
    if (!isCountryCode(o.partner)) continue;
    const totals = byVintage.get(o.vintage) ?? new Map<string, number>();
    byVintage.set(o.vintage, totals);
    totals.set(o.partner, (totals.get(o.partner) ?? 0) + o.value);
  }
  const chosen = chooseVintage([...byVintage.keys()], asOf);
  if (!chosen) return null;
  const totals = [...(byVintage.get(chosen.vintage) ?? [])]
    .map(([p, t]) => [p, clean(t)] as const)
    .sort(([pa, a], [pb, b]) => b - a || pa.localeCompare(pb));
  return { vintage: chosen.vintage, order: totals.map(([p]) => p), totals: totals.map(([, t]) => t) };
}

describe("partnerRanking (read at the month from each partner's series)", () => {
  const periods = [...new Set(ds.observations.map((o) => o.period))].sort();
  // Every 7th month of the dataset, its first and last, both bases, release dates before, inside and after the vintages.
  const sample = periods.filter((_, i) => i % 7 === 0 || i === periods.length - 1);
  const asOfs = ["2010-06-01", "2024-03-22", "2026-03-13"];

  it("ranks every sampled month as a pass over every observation does: same vintage, same order, same totals", () => {
    let ranked = 0;
    for (const basis of ["NSA", "SA"] as const)
      for (const asOf of asOfs)
        for (const period of sample) {
          const got = partnerRanking(ds, period, basis, asOf);
          const want = rankedByFullScan(period, basis, asOf);
          if (!want) {
            expect(got, `${period} ${basis} ${asOf}`).toBeNull();
            continue;
          }
          ranked++;
          expect(got?.vintage, `${period} ${basis} ${asOf}`).toBe(want.vintage);
          expect(got?.rows.map((r) => r.partner)).toEqual(want.order);
          got?.rows.forEach((r, i) => {
            expect(r.rank).toBe(i + 1);
            expect(r.total).toBeCloseTo(want.totals[i] ?? NaN, 6);
            expect(r.exports + r.imports).toBeCloseTo(r.total, 6);
          });
        }
    // The sample must reach months both bases can rank, or the comparison above proves nothing.
    expect(ranked).toBeGreaterThan(sample.length);
  });

  it("ranks no month the all-partner files do not hold, and no month outside the data", () => {
    expect(partnerRanking(ds, "1970-01", "NSA", "2024-03-22")).toBeNull();
    expect(partnerRanking(ds, "2099-12", "SA", "2024-03-22")).toBeNull();
  });
});
