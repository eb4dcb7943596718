import { describe, expect, it } from "vitest";
import { checkStatus } from "@/lib/checks/rounding";
import {
  MIN_PAIRS,
  publishedRounding,
  revisionBound,
  revisionPairs,
  revisionStats,
  statsFor,
} from "@/lib/checks/revision-stats";
import { revisionHistory } from "@/lib/checks/revisions";
import { reconcileRelease } from "@/lib/checks/reconcile";
import { readDataset } from "@/lib/data/read-dataset";
import { indexObservations } from "@/lib/data/dataset";
import type { Observation } from "@/lib/data/schema";
import { HEADER, makeDataDir, release, validFiles, wideRow } from "../helpers/data-dir";

describe("checkStatus with what revisions can explain", () => {
  it.each<[string, number | null, number, boolean, number | undefined, string]>([
    ["no comparison value", null, 0.5, true, 10, "unverified"],
    ["equal", 0, 0.5, true, 10, "exact"],
    ["within rounding", 0.4, 0.5, false, undefined, "within_rounding"],
    ["later vintage, within rounding + bound", 10.5, 0.5, true, 10, "revised"],
    ["later vintage, beyond rounding + bound", 10.6, 0.5, true, 10, "mismatch"],
    ["vintage before the text: a difference is a mismatch however small the bound", 1, 0.5, false, 10, "mismatch"],
    ["later vintage, nothing measured: revised as before", 1000, 0.5, true, undefined, "revised"],
  ])("%s → %s", (_name, delta, tolerance, after, bound, expected) => {
    expect(checkStatus(delta, tolerance, after, bound)).toBe(expected);
  });
});

const obs = (
  partner: string,
  period: string,
  vintage: string,
  value: number,
  flow: "exports" | "imports" = "imports",
): Observation => ({
  reporter: "US",
  partner,
  period,
  flow,
  basis: "NSA",
  vintage,
  value,
  sourceId: `s-${vintage}`,
  kind: "official",
});

describe("revisionStats", () => {
  it("pairs every earlier vintage with every later one, in publication order, and rounding is no revision", () => {
    const { byKey } = indexObservations([
      obs("2010", "2024-01", "2026-09", 1020.25),
      obs("2010", "2024-01", "2024-03", 1000.25),
      obs("2010", "2024-01", "2025-04", 1010.25),
      obs("2010", "2015-01", "2016-02", 22692), // whole millions
      obs("2010", "2015-01", "2025-04", 22692.3),
    ]);
    const pairs = revisionPairs(byKey.values());
    const round2 = (x: number) => Math.round(x * 100) / 100;
    expect(pairs.map((p) => [p.period, p.earlier.vintage, p.later.vintage, round2(p.percent), p.lagMonths])).toEqual([
      ["2015-01", "2016-02", "2025-04", 0, 110], // 22,692 (whole millions) vs 22,692.3: the same figure
      ["2024-01", "2024-03", "2025-04", 1, 13],
      ["2024-01", "2024-03", "2026-09", 2, 30],
      ["2024-01", "2025-04", "2026-09", 0.99, 17],
    ]);
  });

  it("pairs a vintage known to the day as earlier than one known only to its month", () => {
    const { byKey } = indexObservations([
      obs("2010", "2024-01", "2024-03", 1010),
      obs("2010", "2024-01", "2024-03-10", 1000),
    ]);
    expect(revisionPairs(byKey.values()).map((p) => [p.earlier.vintage, p.later.vintage, p.percent])).toEqual([
      ["2024-03-10", "2024-03", 1],
    ]);
  });

  it.each([
    [22692, 0.5],
    [19122.5, 0.05],
    [38042.320835, 0],
    [-2.5, 0.05],
    [0.1 + 0.2, 0], // 0.30000000000000004
    [1e-7, 0.5], // written "1e-7": no digits after a point
    [4503599627370495.5, 0.05], // tenths beyond a double's precision
  ])("publishedRounding(%d) = %d", (value, expected) => {
    expect(publishedRounding(value)).toBe(expected);
  });

  it(
    "gives median, 95th percentile and largest with the pairs " +
      "counted; a partner with few pairs uses all partners'",
    () => {
      // Mexico: MIN_PAIRS months revised by 0, 1, 2 … percent (base 1000 → later 1000 + 10·k).
      const many = Array.from({ length: MIN_PAIRS }, (_, k) => {
        const period = `20${String(10 + Math.floor(k / 12)).padStart(2, "0")}-${String((k % 12) + 1).padStart(2, "0")}`;
        return [obs("2010", period, "2023-03", 1000), obs("2010", period, "2025-04", 1000 + 10 * k)];
      }).flat();
      const few = [obs("1220", "2020-01", "2023-03", 500), obs("1220", "2020-01", "2025-04", 600)];
      const stats = revisionStats(indexObservations([...many, ...few]).byKey.values());
      const mx = statsFor(stats, "NSA", "imports", "2010");
      expect(mx).toMatchObject({
        partner: "2010",
        pairs: MIN_PAIRS,
        revised: MIN_PAIRS - 1,
        maxPercent: MIN_PAIRS - 1,
      });
      expect(mx?.medianPercent).toBe((MIN_PAIRS - 1) / 2);
      expect(mx?.p95Percent).toBe(Math.ceil(0.95 * MIN_PAIRS) - 1);
      expect(mx?.largest).toMatchObject({
        period: "2012-06",
        earlier: { vintage: "2023-03" },
        later: { vintage: "2025-04" },
      });
      const ca = statsFor(stats, "NSA", "imports", "1220");
      expect(ca?.partner).toBe("all");
      expect(ca?.pairs).toBe(MIN_PAIRS + 1);
      expect(ca?.maxPercent).toBe(29);
      // Balance uses both flows' bounds: none for exports here, so no bound at all.
      expect(revisionBound(stats, "NSA", "2010", [{ flow: "imports", value: 2000 }])?.musd).toBe(580);
      expect(revisionBound(stats, "NSA", "2010", [{ flow: "exports", value: 1 }])).toBeNull();
    },
  );
});

// A release whose SA figures are compared with a later vintage only, and NSA with one published before it.
function datasetWith(revisedImports: number) {
  const files = validFiles();
  const manifest = JSON.parse(files["manifest.json"]) as { series: Array<Record<string, string>> };
  manifest.series.push({
    file: "census/nsa_vintage-2023-03.csv",
    sourceId: "old",
    reporter: "US",
    basis: "SA",
    vintage: "2016-02",
    unit: "musd",
    layout: "census-wide",
  });
  const sources = JSON.parse(files["sources.json"]) as Array<Record<string, string>>;
  sources.push({
    id: "old",
    publisher: "Census",
    title: "SA old",
    url: "https://example.org/old",
    vintage: "2016-02",
    basis: "SA",
  });
  // 40 months of Mexico SA imports revised by 1 % between 2016-02 and 2025-04: the largest seen is 1 %.
  const years = [2012, 2013, 2014, 2015];
  const oldRows = years.map((y) => wideRow(y, "2010", Array(12).fill(1000), Array(12).fill(500)));
  const newRows = years.map((y) => wideRow(y, "2010", Array(12).fill(1010), Array(12).fill(505)));
  return readDataset(
    makeDataDir({
      "manifest.json": JSON.stringify(manifest),
      "sources.json": JSON.stringify(sources),
      "census/nsa_vintage-2023-03.csv": [HEADER, ...oldRows].join("\n") + "\n",
      "census/sa_vintage-2025-04.csv":
        [HEADER, ...newRows, wideRow(2024, "2010", [revisedImports], [90.2])].join("\n") + "\n",
    }),
  );
}

describe("reconcile: revised means within what revisions have been seen to do", () => {
  const claimOf = (ds: ReturnType<typeof datasetWith>, id: string) =>
    reconcileRelease(ds, ds.releases.get("r1") ?? (release() as never)).results.find((r) => r.id === `claim-${id}`);

  it.each<[string, number, string, RegExp]>([
    // The release (Mexico's exports = US imports) says 211; the later SA value 210.5: 0.5 off, ≤ 0.5 rounding.
    ["within rounding", 210.6, "within_rounding", /rounds to the release/],
    // 213 − 211 = 2 ≤ 0.5 + 1 % of 213 (2.13): a revision of the size seen explains it.
    [
      "within the largest revision seen",
      213,
      "revised",
      /revisions of US imports \(Mexico\) moved figures by at most 1 % \(largest of 48 pairs of vintages, 48 revised/,
    ],
    // 220: 9 off, more than 0.5 + 2.2.
    ["beyond it", 220, "mismatch", /more than rounding .* plus what revisions have moved such figures .*at most 1 %/],
  ])("%s: US imports %d → %s", (_name, value, status, explanation) => {
    const r = claimOf(datasetWith(value), "exports");
    expect(r?.status).toBe(status);
    expect(r?.explanation.en).toMatch(explanation);
    if (status !== "within_rounding")
      expect(r?.revision).toMatchObject({
        measure: "largest",
        groups: [{ flow: "imports", partner: "2010", maxPercent: 1 }],
      });
  });

  it("checks against the vintage published before the text first (as published at the time)", () => {
    const ds = readDataset(makeDataDir());
    const report = reconcileRelease(ds, ds.releases.get("r1") ?? (release() as never));
    const rank = report.results.find((r) => r.id === "claim-rank");
    expect(rank?.vintageChoice).toBe("latest_after_release");
    const history = revisionHistory(ds, { partner: "2010", flow: "imports", basis: "NSA", period: "2024-01" });
    expect(history.entries.map((e) => [e.vintage, e.kind, e.value, e.change])).toEqual([
      ["2024-03-07", "reported", 190, null],
      ["2025-04", "official", 190, 0],
    ]);
  });
});
