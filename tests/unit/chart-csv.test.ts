import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import { readDataset } from "@/lib/data/read-dataset";
import { reconcileRelease } from "@/lib/checks/reconcile";
import { releaseMonthView } from "@/lib/views/release-month";
import { bridgeView } from "@/lib/views/bridge";
import { rankView } from "@/lib/views/rank";
import { partnerRanking } from "@/lib/checks/partner-ranking";
import { bridgeTable, chartCsvMetadata, chartTableToCsv, ranksTable, releaseMonthTable } from "@/lib/export/chart-csv";
import { readChartRequest } from "@/lib/http/downloads/chart-request";
import { chartCsvDownloadUrl } from "@/lib/http/download-url";
import { makeDataDir } from "../helpers/data-dir";

const ds = readDataset(makeDataDir());
const release = ds.releases.get("r1")!;
const report = reconcileRelease(ds, release);
const rows = (csv: string) =>
  Papa.parse<Record<string, string>>(csv.slice(0, -2), { header: true, newline: "\r\n" }).data;
const cell = (v: number | string | null) => (v === null ? "" : String(v));
const names = (lang: "es" | "en" = "en") => ({
  lang,
  partners: ds.partners,
  sources: ds.sources,
  release: release.meta,
});

describe("chart CSVs hold exactly the numbers each chart draws", () => {
  it.each(["mx", "us"] as const)("release month (%s): one row per flow and series", (perspective) => {
    const view = releaseMonthView(ds, release, report, perspective);
    const parsed = rows(chartTableToCsv(releaseMonthTable(view, names())));
    expect(parsed).toHaveLength(view.rows.length * view.series.length);
    for (const r of view.rows)
      for (const s of view.series) {
        const row = parsed.find((p) => p.flow === r.flow && p.series === s.key);
        expect(row).toEqual({
          period: view.period,
          partner_code: view.partner,
          partner_name: ds.partners.get(view.partner)!.name_en,
          perspective,
          flow: r.flow,
          series: s.key,
          kind: s.kind,
          basis: s.basis,
          vintage: cell(s.vintage),
          source: s.kind === "release" ? "release r1 (its own figures)" : expect.any(String),
          source_title: s.kind === "release" ? release.meta.title : ds.sources.get(row!.source!)?.title,
          value_musd: cell(r.values[s.key]),
        });
      }
  });

  it("bridge: each step with its value, start and end; imports negative and still a number", () => {
    const view = bridgeView(ds, release, report, "mx")!;
    const parsed = rows(chartTableToCsv(bridgeTable(view, names("es"), "2010")));
    expect(new Set(parsed.map((r) => r.partner_name))).toEqual(new Set([ds.partners.get("2010")!.name_es]));
    expect(
      parsed.map((r) => [r.step, Number(r.value_musd), Number(r.start_musd), Number(r.end_musd), r.status]),
    ).toEqual(view.steps.map((s) => [s.key, s.value, s.start, s.end, s.status ?? ""]));
    expect(parsed.find((r) => r.step === "imports")?.value_musd).toMatch(/^-\d/);
  });

  const totals = (period: string, partner: string) =>
    partnerRanking(ds, period, "NSA", release.meta.date)?.rows.find((r) => r.partner === partner) ?? null;
  it("ranks: one row per month and followed partner, with the totals ranked", () => {
    const view = rankView(ds, release, report, { from: "2024-01", to: "2024-01" });
    const parsed = rows(chartTableToCsv(ranksTable(view, totals, names())));
    expect(parsed.map((r) => [r.period, r.partner_code, r.rank])).toEqual(
      view.history.flatMap((h) => view.partners.map((p) => [h.period, p.partner, cell(h.ranks[p.partner] ?? null)])),
    );
    expect(parsed[0]).toMatchObject({
      partner_code: "2010",
      partner_name: ds.partners.get("2010")!.name_en,
      rank: "1",
      total_musd: "285",
      us_exports_musd: "95",
      us_imports_musd: "190",
      release_month: "yes",
      basis: "NSA",
    });
  });

  it("ranks: adds the release month (the panel's bar chart) when the range leaves it out", () => {
    const view = rankView(ds, release, report, { from: "2023-01", to: "2023-12" });
    const parsed = rows(chartTableToCsv(ranksTable(view, totals, names())));
    expect(parsed.filter((r) => r.release_month === "yes").map((r) => [r.period, r.partner_code, r.rank])).toEqual(
      view.month.map((m) => ["2024-01", m.partner, cell(m.rank)]),
    );
  });

  it("metadata describes every column and names the sources by id", () => {
    const view = releaseMonthView(ds, release, report, "mx");
    const table = releaseMonthTable(view, names());
    const m = chartCsvMetadata(
      view,
      table,
      { fileName: "f.csv", csv: "/x.csv", parameters: { perspective: "mx" } },
      ds.sources,
    );
    expect(Object.keys(m.columns)).toEqual([...table.columns]);
    expect(m.sources.map((s) => s.id).sort()).toEqual(["nsa", "sa"]);
    expect(m.title).toBe(view.title.en);
  });
});

describe("readChartRequest", () => {
  const read = (file: string, qs = "") => readChartRequest(ds, release, report, file, new URLSearchParams(qs));
  it.each([
    ["pie.csv", "", 404, "file"],
    ["bridge.csv", "perspective=ca", 400, "perspective"],
    ["bridge.csv", "from=2024-01", 400, "from"],
    ["ranks.csv", "perspective=mx", 400, "perspective"],
    ["ranks.csv", "from=2024-05&to=2024-01", 400, "from"],
    ["ranks.csv", "from=2030-01&to=2030-02", 404, "from"],
    ["ranks.metadata.json", "bom=1", 400, "bom"],
  ])("%s?%s → %i naming %s", (file, qs, status, parameter) => {
    const r = read(file, qs);
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.status, r.error.parameter]).toEqual([status, parameter]);
  });
  it("defaults the perspective to the release's own and names the file after the chart and state", () => {
    const r = read("bridge.csv");
    expect(r.ok && [r.parameters, r.fileName]).toEqual([{ perspective: "mx" }, "balanza_r1_bridge_mx.csv"]);
  });
  it("reads back the download URL of a chart's state", () => {
    const url = new URL(
      chartCsvDownloadUrl("r1", "ranks", { from: "2024-01", to: "2024-01", perspective: "us" }),
      "http://x",
    );
    expect(url.pathname).toBe("/api/releases/r1/charts/ranks.csv");
    const r = read("ranks.csv", url.searchParams.toString());
    expect(r.ok && [r.parameters, r.bom, r.fileName]).toEqual([
      { from: "2024-01", to: "2024-01" },
      true,
      "balanza_r1_ranks_2024-01_2024-01.csv",
    ]);
  });
});
