import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data/get-dataset";
import { getChecksReport, getRelease, listReleaseSlugs } from "@/lib/checks/release-checks";
import { claimedFiguresView, restatedResult } from "@/lib/views/claimed-figures";
import { claimedTable } from "@/lib/export/chart-csv";
import type { CheckResult } from "@/lib/checks/schema";
import { hasSideOfItsOwn } from "@/lib/data/perspective";

const ds = getDataset();
const ECONOMISTA = "2025-09-04-eleconomista-julio-2025";

const flowOf = (r: CheckResult) =>
  r.measure === "change" || r.measure === "growth" || r.measure === "share" ? r.flow : r.measure;

describe("the charts of a release's other figures, seen from either side", () => {
  it.each(listReleaseSlugs().flatMap((slug) => (["mx", "us"] as const).map((p) => [slug, p] as const)))(
    "%s from %s: a balance or its change changes sign, flows and ratios keep their values, verdicts stay",
    (slug, perspective) => {
      const release = getRelease(slug)!;
      const report = getChecksReport(slug)!;
      const original = new Map(report.results.map((r) => [r.claimId, r]));
      for (const view of claimedFiguresView(ds, release, report, perspective)) {
        view.results.forEach((r, i) => {
          const o = original.get(r.claimId)!;
          const bar = view.bars[i]!;
          const sided = hasSideOfItsOwn(o.partner);
          const turned = sided && o.perspective !== perspective && flowOf(o) === "balance" && o.unit !== "percent";
          const sign = turned ? -1 : 1;
          expect(bar.stated).toBe(o.reported * sign || 0);
          expect(bar.official).toBe(o.computed === null ? null : o.computed * sign || 0);
          expect(bar.status).toBe(o.status);
          // A flow of exports or imports is named from the side it is seen from.
          // A figure of the World (no side of its own) is shown as stated.
          if (flowOf(o) === "exports" || flowOf(o) === "imports")
            expect(r.perspective).toBe(sided ? perspective : o.perspective);
          if (!sided) expect(r).toEqual(o);
          const row = view.table.rows[i]!;
          const restated =
            sided && o.perspective !== perspective && ["exports", "imports", "balance"].includes(flowOf(o) ?? "");
          expect(JSON.stringify(row.head).includes("in the release")).toBe(restated);
        });
        expect(view.notes.length > 0).toBe(
          view.results.some((r) => {
            const o = original.get(r.claimId)!;
            const sided = hasSideOfItsOwn(o.partner);
            return (
              sided && o.perspective !== perspective && ["exports", "imports", "balance"].includes(flowOf(o) ?? "")
            );
          }),
        );
      }
    },
  );

  it("names a release's figures from both sides alike, the release's own words kept where restated", () => {
    const release = getRelease(ECONOMISTA)!;
    const report = getChecksReport(ECONOMISTA)!;
    const label = (p: "mx" | "us") =>
      claimedFiguresView(ds, release, report, p)
        .find((v) => v.id === "claimed-levels")!
        .bars.map((b) => [b.label.en, b.stated]);
    // Canada's July exports to the US (US imports from Canada) are the same dollars from either side.
    expect(label("us")).toContainEqual(["US imports from Canada · Jul 2025", 32172]);
    expect(label("mx")).toContainEqual(["Canada's exports to the US · Jul 2025", 32172]);
    expect(label("us")).toContainEqual(["US exports to Canada · Jul 2025", 26097]);
    expect(label("mx")).toContainEqual(["Canada's imports from the US · Jul 2025", 26097]);
  });

  it("without a side, shows the figures as the release states them (the CSV's default)", () => {
    const release = getRelease(ECONOMISTA)!;
    const report = getChecksReport(ECONOMISTA)!;
    const stated = claimedFiguresView(ds, release, report).find((v) => v.id === "claimed-levels")!;
    const ids = new Set(stated.results.map((r) => r.claimId));
    expect(stated.results).toEqual(report.results.filter((r) => ids.has(r.claimId)));
    expect(stated.notes).toEqual([]);
    // Seen from the US, the CSV names each figure from there, with its perspective column to say so.
    const us = claimedFiguresView(ds, release, report, "us").find((v) => v.id === "claimed-levels")!;
    const table = claimedTable(us, { lang: "en", partners: ds.partners, sources: ds.sources, release: release.meta });
    const col = (name: string) => table.columns.indexOf(name);
    for (const row of table.rows) expect(row[col("perspective")]).toBe("us");
    expect(table.rows.map((row) => row[col("figure")])).toContain("US imports from Canada");
  });

  it("turns a balance, and a change of one, to the other side's sign; a growth rate of a balance keeps its value", () => {
    const r539 = getChecksReport("2024-03-22-index-usa-539")!.results;
    const balance = r539.find((r) => r.kind === "claim" && r.measure === "balance")!;
    const other = balance.perspective === "mx" ? "us" : "mx";
    const seen = restatedResult(ds, balance, other);
    expect(seen.r.reported).toBe(-balance.reported);
    expect(seen.r.computed).toBe(-balance.computed!);
    expect(seen.r.status).toBe(balance.status);
    expect(seen.releaseLabel).toEqual(balance.label);
    const levels = { now: 100, then: 80 };
    const change = { ...balance, measure: "change" as const, flow: "balance" as const, levels, reported: 20 };
    expect(restatedResult(ds, change, other).r).toMatchObject({ reported: -20, levels: { now: -100, then: -80 } });
    const growth = { ...change, measure: "growth" as const, unit: "percent" as const, reported: 25 };
    expect(restatedResult(ds, growth, other).r).toMatchObject({ reported: 25, levels: { now: -100, then: -80 } });
    expect(restatedResult(ds, growth, balance.perspective)).toMatchObject({ r: { reported: 25 }, releaseLabel: null });
  });
});
