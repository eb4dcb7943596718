import path from "node:path";
import { describe, expect, it } from "vitest";
import { readDataset } from "@/lib/data/read-dataset";
import { reconcileRelease } from "@/lib/checks/reconcile";
import { partnerRanking } from "@/lib/checks/partner-ranking";
import {
  bridgeView,
  checkRowView,
  rangeMissesData,
  rankHistory,
  rankView,
  releaseMonthView,
  resolveRange,
  readRangeParam,
  seriesView,
  seriesViewFromDataset,
  addMonths,
  monthsBetween,
} from "@/lib/views";
import { HEADER, makeDataDir, wideRow } from "../helpers/data-dir";
import { tableText } from "@/lib/render/data-table";
import { rankMonthSvg } from "@/lib/render/rank-svg";

// The real dataset: release 539 against the 2025-04 vintage.
const ds = readDataset(path.join(process.cwd(), "data"));
const release = ds.releases.get("2024-03-22-index-usa-539")!;
const report = reconcileRelease(ds, release);
const r1 = (x: number | null | undefined) => (x == null ? x : Math.round(x * 10) / 10);

describe("releaseMonthView (release 539, January 2024)", () => {
  it("puts the release's figures beside official SA, NSA and the NSA first release, from Mexico's side", () => {
    const v = releaseMonthView(ds, release, report, "mx");
    expect(v.period).toBe("2024-01");
    expect(v.series.map((s) => s.key)).toEqual(["stated", "officialSA", "officialNSA", "reportedNSA"]);
    const byFlow = Object.fromEntries(v.rows.map((r) => [r.flow, r]));
    expect(byFlow.exports?.values.stated).toBe(39874);
    expect(r1(byFlow.exports?.values.officialSA)).toBe(39656.8);
    expect(r1(byFlow.exports?.values.officialNSA)).toBe(38042.3);
    expect(byFlow.exports?.values.reportedNSA).toBe(38042);
    expect(byFlow.imports?.values.stated).toBe(27210);
    expect(r1(byFlow.imports?.values.officialSA)).toBe(26908.6);
    expect(byFlow.balance?.values.stated).toBe(12700);
    expect(byFlow.balance?.values.reportedNSA).toBe(38042 - 26481);
    expect(byFlow.exports).toMatchObject({ claimId: "exports", status: "revised", checkIds: ["claim-exports"] });
    expect(byFlow.balance?.checkIds.sort()).toEqual(["claim-balance", "identity-balance"]);
  });

  it("restates every value from the US side: flows swap, the balance changes sign", () => {
    const mx = releaseMonthView(ds, release, report, "mx");
    const us = releaseMonthView(ds, release, report, "us");
    const get = (v: typeof mx, flow: string) => v.rows.find((r) => r.flow === flow)!;
    expect(get(us, "exports").values).toEqual(get(mx, "imports").values);
    expect(get(us, "balance").values.stated).toBe(-12700);
    expect(get(us, "balance").values.officialSA).toBeCloseTo(-(get(mx, "balance").values.officialSA ?? 0), 6);
    expect(get(us, "exports").label.en).toBe("US exports to Mexico");
    expect(get(us, "exports").claimId).toBe("imports");
  });

  it("carries title, unit, sources with vintage and basis, and the inference notes", () => {
    const v = releaseMonthView(ds, release, report, "mx");
    expect(v.sources.map((s) => [s.basis, s.vintage])).toEqual([
      ["SA", "2025-04"],
      ["NSA", "2025-04"],
      ["NSA", "2024-03-07"],
    ]);
    expect(v.sourceLine.es).toMatch(/edición 2025-04/);
    expect(v.notes[0]?.en).toMatch(/first release, as quoted/);
    expect(v.notes.some((n) => /names no period/.test(n.en))).toBe(true);
  });
});

describe("bridgeView", () => {
  it("gives 39,874 − 27,210 = 12,664 beside the printed 12,700 (delta 36, tolerance 50)", () => {
    const v = bridgeView(ds, release, report, "mx")!;
    expect(v).toMatchObject({
      exports: 39874,
      imports: 27210,
      computed: 12664,
      printed: 12700,
      delta: 36,
      tolerance: 50,
      status: "within_rounding",
      checkId: "identity-balance",
    });
    expect(v.steps.map((s) => [s.key, s.start, s.end])).toEqual([
      ["exports", 0, 39874],
      ["imports", 39874, 12664],
      ["computed", 0, 12664],
      ["printed", 0, 12700],
    ]);
  });

  it("from the US side the balance is a deficit and the delta changes sign", () => {
    const v = bridgeView(ds, release, report, "us")!;
    expect(v).toMatchObject({
      exports: 27210,
      imports: 39874,
      computed: -12664,
      printed: -12700,
      delta: -36,
      tolerance: 50,
    });
  });
});

describe("seriesView", () => {
  const small = readDataset(
    makeDataDir({
      "census/sa_vintage-2025-04.csv": [
        HEADER,
        wideRow(2023, "2010", [200, 100], [90, 120]),
        wideRow(2024, "2010", [210, 90], [99, 60]),
      ].join("\n"),
    }),
  );

  it("gives each month its year-on-year change and marks the release month", () => {
    const v = seriesViewFromDataset(small, {
      partner: "2010",
      basis: "SA",
      perspective: "us",
      range: { preset: "custom", from: "2024-01", to: "2024-02" },
      release: small.releases.get("r1")!,
    });
    expect(v.rows.map((r) => [r.period, r.exports, r.imports, r.balance, r.isReleaseMonth])).toEqual([
      ["2024-01", 99, 210, -111, true],
      ["2024-02", 60, 90, -30, false],
    ]);
    expect(v.rows[0]?.yoy.exports).toEqual({ change: 9, percent: 10 });
    expect(v.rows[0]?.yoy.balance).toEqual({ change: -1, percent: -0.9 });
    // balance 2023-02 was +20, 2024-02 is −30: a sign flip has no meaningful percent
    expect(v.rows[1]?.yoy.balance).toEqual({ change: -50, percent: null });
  });

  it("leaves year-on-year empty where the year-earlier month is outside the data", () => {
    const v = seriesView({
      points: [{ period: "2024-01", flow: "exports", value: 5 }],
      partner: "2010",
      partnerName: { es: "México", en: "Mexico" },
      basis: "NSA",
      perspective: "mx",
      from: "2024-01",
      to: "2024-01",
      releasePeriod: null,
      sources: [],
    });
    expect(v.rows[0]).toMatchObject({ exports: 5, imports: null, yoy: { exports: null } });
    expect(v.flows.map((f) => f.label.en)).toEqual([
      "Mexico's exports to the US",
      "Mexico's imports from the US",
      "Mexico's balance with the US (surplus +)",
    ]);
  });

  it("reads NSA since 1985 and SA since 2009 for the whole range", () => {
    const nsa = seriesViewFromDataset(ds, {
      partner: "2010",
      basis: "NSA",
      perspective: "mx",
      range: { preset: "all" },
    });
    const sa = seriesViewFromDataset(ds, { partner: "2010", basis: "SA", perspective: "mx", range: { preset: "all" } });
    // NSA imports from Mexico (Mexico's exports, seen from Mexico) run to 2026-07 in FRED; its exports end in 2025-02.
    expect([nsa.from, nsa.to, sa.from, sa.to]).toEqual(["1985-01", "2026-07", "2009-01", "2025-02"]);
    expect(nsa.rows).toHaveLength(monthsBetween("1985-01", "2026-07").length);
    const jun25 = nsa.rows.find((r) => r.period === "2025-06");
    expect(jun25).toMatchObject({ imports: null, balance: null, vintage: { exports: "2026-09", imports: null } });
    expect(nsa.rows.find((r) => r.period === "2025-02")?.vintage).toEqual({
      exports: "2026-09",
      imports: "2025-04",
      balance: "2025-04",
    });
    expect(nsa.seams).toEqual([]); // each flow is one vintage end to end
    expect(nsa.sources.map((s) => s.vintage)).toEqual(["2025-04", "2026-09"]);
    expect(nsa.notes.map((n) => n.en).join(" ")).toMatch(/latest vintage that has it/);
  });

  it("marks a seam where a flow's vintage changes: China, NSA, the Census page after the 2025-04 file", () => {
    const cn = seriesViewFromDataset(ds, {
      partner: "5700",
      basis: "NSA",
      perspective: "us",
      range: { preset: "all" },
    });
    expect(cn.to).toBe("2026-04");
    expect(cn.seams.filter((s) => s.flow === "exports").slice(0, 2)).toEqual([
      { period: "2023-09", flow: "exports", from: "2025-04", to: "2026-02-17" },
      { period: "2023-10", flow: "exports", from: "2026-02-17", to: "2025-04" },
    ]);
    expect(cn.rows.at(-1)?.vintage).toEqual({ exports: "2026-06-17", imports: "2026-06-17", balance: "2026-06-17" });
  });
});

describe("ranges", () => {
  const bounds = { first: "2009-01", last: "2025-02" };
  it.each([
    ["12m", "2024-03", "2025-02"],
    ["5y", "2020-03", "2025-02"],
    ["all", "2009-01", "2025-02"],
    ["2000-01..2010-06", "2009-01", "2010-06"],
    // a custom range that misses the data altogether gives the default five years, not one clamped month
    ["1995-01..1995-12", "2020-03", "2025-02"],
    ["2030-01..2031-12", "2020-03", "2025-02"],
    ["2025-02..2026-01", "2025-02", "2025-02"],
  ])("%s covers %s..%s", (param, from, to) => {
    const spec = readRangeParam(param);
    expect(spec).not.toBeNull();
    expect(resolveRange(spec!, bounds)).toEqual({ from, to });
  });
  it.each(["13m", "2024-05..2024-01", "2024-13..2025-01", ""])("rejects %j", (param) =>
    expect(readRangeParam(param)).toBeNull(),
  );
  it("tells a range that misses the data from one that overlaps it", () => {
    expect(rangeMissesData(readRangeParam("1995-01..1995-12")!, bounds)).toBe(true);
    expect(rangeMissesData(readRangeParam("2000-01..2009-01")!, bounds)).toBe(false);
    expect(rangeMissesData(readRangeParam("12m")!, bounds)).toBe(false);
  });
  it("adds months across years", () =>
    expect([addMonths("2024-01", -1), addMonths("2024-12", 1), addMonths("2024-01", -25)]).toEqual([
      "2023-12",
      "2025-01",
      "2021-12",
    ]));
});

describe("rankView and rankHistory", () => {
  it("ranks Mexico first in January 2024 among every partner, with Canada and China, as partnerRanking does", () => {
    const v = rankView(ds, release, report, { from: "2023-01", to: "2024-12" });
    const direct = partnerRanking(ds, "2024-01", "NSA", "2024-03-22")!;
    expect(v.month.map((m) => m.partner)).toEqual(["2010", "1220", "5700"]);
    expect(v.month.map((m) => m.rank)).toEqual(
      ["2010", "1220", "5700"].map((p) => direct.rows.find((r) => r.partner === p)?.rank),
    );
    expect(v.month[0]?.rank).toBe(1);
    expect(v.partnersRanked).toBe(direct.rows.length);
    expect(v).toMatchObject({ claimId: "rank", status: "exact", basis: "NSA", vintage: "2025-04" });
    expect(v.history).toHaveLength(24);
    expect(v.history.find((h) => h.isReleaseMonth)?.period).toBe("2024-01");
  });

  it("a rank claimed for a month the all-partner files do not hold says so: no partner count of 0, no empty vintage", () => {
    const slug = "2025-09-se-monitor-t-mec-julio-2025";
    const other = ds.releases.get(slug)!;
    const v = rankView(ds, other, reconcileRelease(ds, other), { from: "2024-01", to: "2025-02" });
    expect(v.partnersRanked).toBe(0);
    expect(v.vintage).toBeNull();
    const es = tableText(v.table.caption, "es");
    expect(es).toBe("Lugar, julio de 2025 (sin datos del conjunto de socios)");
    expect(tableText(v.table.caption, "en")).toBe("Rank, July 2025 (no all-partner data)");
    expect(v.sourceLine).toEqual({
      es: "Fuente: ninguna; no hay datos oficiales que mostrar.",
      en: "Source: none; there are no official data to show.",
    });
    // the drawing's labels name no rank "of 0" and no total of 0 where none is held
    const drawn = rankMonthSvg(v, "es").value;
    expect(drawn).toContain("México: lugar —, —");
    expect(drawn).not.toMatch(/lugar [^"]* de 0\b|lugar [^"]*, 0\.0/);
  });

  it("agrees with partnerRanking month by month and ranks 40 years fast once memoised", () => {
    const rows = rankHistory(ds, { from: "2015-01", to: "2015-03", basis: "NSA", asOf: "2024-03-22" });
    for (const row of rows) {
      const direct = partnerRanking(ds, row.period, "NSA", "2024-03-22")!;
      expect(row.ranks["1220"]).toBe(direct.rows.find((r) => r.partner === "1220")?.rank);
    }
    rankHistory(ds, { from: "1985-01", to: "2025-02", basis: "NSA", asOf: "2024-03-22" });
    const t = performance.now();
    const all = rankHistory(ds, { from: "1985-01", to: "2025-02", basis: "NSA", asOf: "2024-03-22" });
    expect(performance.now() - t).toBeLessThan(50);
    expect(all).toHaveLength(monthsBetween("1985-01", "2025-02").length);
  });
});

describe("checkRowView (the checks table from either side)", () => {
  const byId = (id: string) => report.results.find((r) => r.id === id)!;
  const mexico = { es: "México", en: "Mexico" };

  it("leaves every check as the release states it from the release's own side (Mexico's)", () => {
    for (const r of report.results) {
      expect(checkRowView(r, "mx", mexico)).toEqual({
        label: r.label,
        measure: r.measure,
        releaseLabel: null,
        reported: r.reported,
        computed: r.computed,
        delta: r.delta,
        formula: r.formula,
        explanation: r.explanation,
      });
    }
  });

  it("from the US side renames exports and imports, and turns the surplus, its delta and its arithmetic around", () => {
    const exports = checkRowView(byId("claim-exports"), "us", mexico);
    expect(exports.label.en).toBe("US imports from Mexico");
    expect(exports.measure).toBe("imports");
    expect(exports.releaseLabel).toEqual(byId("claim-exports").label);
    expect([exports.reported, r1(exports.computed), r1(exports.delta)]).toEqual([39874, 39656.8, 217.2]);
    expect(checkRowView(byId("claim-imports"), "us", mexico).label.es).toBe("Exportaciones de EUA a México");

    const balance = checkRowView(byId("identity-balance"), "us", mexico);
    expect(balance.label.en).toBe("US balance with Mexico (surplus +)");
    expect([balance.reported, balance.computed, balance.delta]).toEqual([-12700, -12664, -36]);
    expect(balance.formula).toBe("27,210 − 39,874");
    expect(balance.explanation.en).toBe(
      "27,210 − 39,874 = -12,664, which the release prints as -12,700: consistent once rounded " +
        "to hundreds (delta -36, tolerance ±50).",
    );
    const official = checkRowView(byId("claim-balance"), "us", mexico);
    expect(r1(official.computed)).toBe(-12748.2);
    expect(r1(official.delta)).toBe(48.2);
    expect(official.explanation.es).toBe(
      "El valor oficial -12,748.2 (SA, edición 2025-04) redondea a la cifra del comunicado, " +
        "-12,700 (diferencia +48.2, tolerancia ±50).",
    );
    // a renamed flow keeps its numbers, and so its sentence
    expect(exports.explanation).toEqual(byId("claim-exports").explanation);
  });

  it("keeps the total and the rank as they are from either side", () => {
    for (const id of ["identity-total", "claim-total", "claim-rank"]) {
      const r = byId(id);
      expect(checkRowView(r, "us", mexico)).toMatchObject({
        label: r.label,
        releaseLabel: null,
        reported: r.reported,
        delta: r.delta,
      });
    }
  });
});

describe("the drawn series marks seams (SVG)", () => {
  it(
    "draws a dotted seam line with a title at each change " + "of vintage, and restarts the flow's line with a ring",
    async () => {
      const { seriesChartSvg } = await import("@/lib/render/series-svg");
      const cn = seriesViewFromDataset(ds, {
        partner: "5700",
        basis: "NSA",
        perspective: "us",
        range: { preset: "custom", from: "2023-06", to: "2024-06" },
      });
      const svg = String(seriesChartSvg(cn, "en", 200));
      const seamPeriods = [...new Set(cn.seams.map((s) => s.period))];
      expect(seamPeriods.length).toBeGreaterThan(3);
      expect((svg.match(/<g class="seam"/g) ?? []).length).toBe(seamPeriods.length);
      expect(svg).toContain("<title>2023-09: from the 2025-04 vintage to the 2026-02-17</title");
      expect((svg.match(/class="seam-ring/g) ?? []).length).toBe(cn.seams.length);
      // the exports line starts a new subpath at the seam: one "M" per run of one vintage
      const exportsPath = /data-flow="exports"/.exec(svg)
        ? (/<path class="ln f-exports" fill="none" d="([^"]+)"/.exec(svg)?.[1] ?? "")
        : "";
      expect((exportsPath.match(/M/g) ?? []).length).toBe(cn.seams.filter((s) => s.flow === "exports").length + 1);
    },
  );
});
