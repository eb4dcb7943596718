import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import { readDataset } from "@/lib/data/read-dataset";
import { getSeries } from "@/lib/data/query-series";
import { seriesQuerySchema } from "@/lib/http/series-query";
import { reconcileRelease } from "@/lib/checks/reconcile";
import { seriesFileName, seriesToCsv, SERIES_CSV_COLUMNS, fileSlug } from "@/lib/export/series-csv";
import { checksToCsv, CHECKS_CSV_COLUMNS, checksFileName } from "@/lib/export/checks-csv";
import { seriesCsvMetadata, checksCsvMetadata } from "@/lib/export/metadata";
import { readSeriesRequest } from "@/lib/http/downloads/series-request";
import { allDataDownloadUrl, checksCsvDownloadUrl, seriesCsvDownloadUrl } from "@/lib/http/download-url";
import { commonDownloads } from "@/lib/export/all-data";
import { makeDataDir, HEADER, wideRow } from "../helpers/data-dir";

const ds = readDataset(
  makeDataDir({
    "census/sa_vintage-2025-04.csv": [
      HEADER,
      wideRow(2023, "2010", [200, 201], [90, 91]),
      wideRow(2024, "2010", [211.4], [90.2]),
    ].join("\n"),
  }),
);
const q = (input: Record<string, string>) => seriesQuerySchema.parse(input);
const mexico = ds.partners.get("2010")!;
const rows = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;

describe("seriesToCsv", () => {
  it("writes the documented columns in order, numbers unformatted, and balance rows that say they are computed", () => {
    const csv = seriesToCsv(getSeries(ds, q({ from: "2024-01" })), { partner: mexico, lang: "en" });
    expect(csv.split("\r\n")[0]).toBe(SERIES_CSV_COLUMNS.join(","));
    expect(csv).toBe(
      "period,reporter,partner_code,partner_name,flow,basis,value_musd,vintage,source,source_title\r\n" +
        "2024-01,US,2010,Mexico,exports,SA,90.2,2025-04,sa,SA\r\n" +
        "2024-01,US,2010,Mexico,imports,SA,211.4,2025-04,sa,SA\r\n" +
        "2024-01,US,2010,Mexico,balance,SA,-121.2,2025-04,computed: exports − imports, from sa,SA\r\n".replace(
          "computed: exports − imports, from sa",
          '"computed: exports − imports, from sa"',
        ),
    );
  });

  it("names the partner in the language asked", () => {
    const series = getSeries(ds, q({ from: "2024-01" }));
    expect(rows(seriesToCsv(series, { partner: mexico, lang: "es" })).map((r) => r.partner_name)).toEqual([
      "México",
      "México",
      "México",
    ]);
  });

  it("names flows from Mexico's side with perspective mx (its exports are US imports)", () => {
    const parsed = rows(
      seriesToCsv(getSeries(ds, q({ from: "2024-01", perspective: "mx" })), { partner: mexico, lang: "en" }),
    );
    expect(parsed.map((r) => [r.flow, r.value_musd])).toEqual([
      ["exports", "211.4"],
      ["imports", "90.2"],
      ["balance", "121.2"],
    ]);
  });

  it("starts with a BOM only when asked", () => {
    const s = getSeries(ds, q({}));
    expect(seriesToCsv(s, { partner: mexico, lang: "en" }, { bom: true }).startsWith("\uFEFFperiod,")).toBe(true);
    expect(seriesToCsv(s, { partner: mexico, lang: "en" }).startsWith("period,")).toBe(true);
  });
});

describe("file names say what the file holds", () => {
  it.each([
    [{}, "balanza_us-mexico_2023-01_2024-01_sa.csv"],
    [{ perspective: "mx", flow: "exports", from: "2023-02" }, "balanza_mexico-us_exports_2023-02_2024-01_sa.csv"],
  ])("%j → %s", (query, name) => {
    expect(seriesFileName(getSeries(ds, q(query as Record<string, string>)), mexico)).toBe(name);
  });
  it("marks Spanish partner names and the workbook by their names", () => {
    expect(seriesFileName(getSeries(ds, q({})), mexico, "xlsx", "es")).toBe(
      "balanza_us-mexico_2023-01_2024-01_sa_es.xlsx",
    );
  });
  it("slugs names to ASCII", () => {
    expect(fileSlug("Korea, South")).toBe("korea-south");
    expect(fileSlug("Curaçao")).toBe("curacao");
  });
  it("names checks files by release and language", () => {
    expect(checksFileName("r1", "es")).toBe("balanza_checks_r1_es.csv");
    expect(checksFileName("r1", "en", "csv", "us")).toBe("balanza_checks_r1_en_us.csv");
  });
});

describe("checksToCsv", () => {
  const report = reconcileRelease(ds, ds.releases.get("r1")!);
  it(
    "has one row per claim and identity, in the documented " +
      "column order, with the explanation in the language asked",
    () => {
      const csv = checksToCsv(report, "en", ds.partners);
      expect(csv.split("\r\n")[0]).toBe(CHECKS_CSV_COLUMNS.join(","));
      const parsed = rows(csv);
      expect(parsed.map((r) => r.claim_id)).toEqual(report.results.map((r) => r.id));
      for (const [i, r] of report.results.entries()) {
        const row = parsed[i]!;
        expect(row.quoted_text).toBe(r.quote);
        expect(Number(row.reported_value)).toBe(r.reported);
        expect(row.official_or_computed_value).toBe(r.computed === null ? "" : String(r.computed));
        expect(row.delta).toBe(r.delta === null ? "" : String(r.delta));
        expect(row.status).toBe(r.status);
        expect(row.explanation).toBe(r.explanation.en);
        expect([row.release, row.release_name]).toEqual([
          "r1",
          `${report.release.issuerShort}, press release ${report.release.number} (${report.release.date})`,
        ]);
        expect([row.partner_code, row.partner_name]).toEqual([r.partner, ds.partners.get(r.partner)!.name_en]);
        expect(row.source_title).toBe(
          r.sources.length ? r.sources.map((s) => s.title).join("; ") : report.release.title,
        );
        expect(row.source).toBe(
          r.sources.length ? r.sources.map((s) => s.id).join("; ") : "release r1 (its own figures)",
        );
      }
      const es = rows(checksToCsv(report, "es", ds.partners))[0];
      expect(es?.explanation).toBe(report.results[0]?.explanation.es);
      expect(es?.partner_name).toBe(ds.partners.get(report.results[0]!.partner)!.name_es);
      expect(es?.release_name).toContain("comunicado");
    },
  );
});

describe("metadata", () => {
  it(
    "describes a series CSV: title, units, source and vintage, " +
      "citation, licence, query, last update, every column",
    () => {
      const m = seriesCsvMetadata(getSeries(ds, q({ perspective: "mx", from: "2024-01" })), mexico);
      expect(m.title).toContain("Mexico");
      expect(m.description).toContain("Mexico's side");
      expect(m.units).toMatch(/millions of US dollars/);
      expect(m.sources.map((s) => s.id)).toEqual(["sa"]);
      expect(m.vintage).toBe("2025-04");
      expect(m.lastUpdated).toBe("2025-04");
      expect(m.citation).toMatch(/^Balanza, ".*", from Census, "SA", vintage 2025-04, https:\/\/example.org\/sa\.$/);
      expect(m.license).toMatch(/public domain/);
      expect(m.query.csv).toBe("/api/series.csv?partner=MX&basis=SA&from=2024-01&perspective=mx");
      expect(Object.keys(m.columns)).toEqual([...SERIES_CSV_COLUMNS]);
      expect(m.fileName).toBe("balanza_mexico-us_2024-01_2024-01_sa.csv");
    },
  );
  it("describes a checks CSV with the sources its claims used", () => {
    const m = checksCsvMetadata(reconcileRelease(ds, ds.releases.get("r1")!), "es", ds.sources);
    expect(m.sources.map((s) => s.id).sort()).toEqual(["nsa", "sa"]);
    expect(Object.keys(m.columns)).toEqual([...CHECKS_CSV_COLUMNS]);
    expect(m.query).toMatchObject({
      csv: "/api/releases/r1/checks.csv?lang=es",
      parameters: { slug: "r1", lang: "es" },
    });
  });
});

describe("readSeriesRequest", () => {
  const read = (qs: string, outputs: Array<"format" | "bom"> = ["format", "bom"], csv = false) =>
    readSeriesRequest(ds, new URLSearchParams(qs), { outputs, csv });
  it.each([
    ["format=xml", 400, "format"],
    ["format=csv&format=json", 400, "format"],
    ["bom=1", 400, "bom"],
    ["format=csv&bom=yes", 400, "bom"],
    ["partner=9999", 400, "partner"],
    ["from=2030-01", 404, "from"],
    ["to=2001-01", 404, "to"],
    ["partner=CA", 404, "basis"],
  ])("%s → %i naming %s", (qs, status, parameter) => {
    const r = read(qs);
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.status, r.error.parameter]).toEqual([status, parameter]);
  });
  it("names the months there are when a range has none", () => {
    const r = read("from=2030-01");
    expect(!r.ok && r.error.allowed).toEqual(["a month from 2023-01 to 2024-01"]);
  });
  it("does not take format on the .csv endpoint", () => {
    const r = read("format=csv", ["bom"], true);
    expect(!r.ok && r.error.parameter).toBe("format");
  });
  it("reads format and bom", () => {
    const r = read("format=csv&bom=1&partner=mx");
    expect(r.ok && [r.format, r.bom, r.series.query.partner]).toEqual(["csv", true, "2010"]);
  });
});

describe("download URLs", () => {
  it("reproduce a chart's state, Excel-ready", () => {
    expect(
      seriesCsvDownloadUrl({
        partner: "2010",
        basis: "NSA",
        from: "2020-01",
        to: "2024-12",
        perspective: "mx",
        flow: "balance",
      }),
    ).toBe("/api/series.csv?partner=MX&flow=balance&basis=NSA&from=2020-01&to=2024-12&perspective=mx&bom=1");
    expect(allDataDownloadUrl()).toBe("/api/series.csv?partner=MX&basis=SA&perspective=us&bom=1");
    expect(checksCsvDownloadUrl("r1", "en")).toBe("/api/releases/r1/checks.csv?lang=en&bom=1");
  });
  it("parse back to the same query", () => {
    const url = new URL(
      seriesCsvDownloadUrl({ partner: "MX", flow: "imports", basis: "SA", from: "2023-02", perspective: "mx" }),
      "http://x",
    );
    const r = readSeriesRequest(ds, url.searchParams, { outputs: ["bom"], csv: true });
    expect(r.ok && r.bom).toBe(true);
    expect(r.ok && r.series.query).toEqual({
      partner: "2010",
      flow: "imports",
      basis: "SA",
      from: "2023-02",
      perspective: "mx",
    });
  });
});

describe("commonDownloads", () => {
  it(
    "builds the whole series on each basis and each release's " + "checks, with metadata, named as the API names them",
    () => {
      const files = commonDownloads(ds, [reconcileRelease(ds, ds.releases.get("r1")!)]);
      expect([...files.keys()].sort()).toEqual([
        "balanza_all-data.zip",
        "balanza_checks_r1_es.csv",
        "balanza_checks_r1_es.metadata.json",
        "balanza_us-mexico_2023-01_2024-01_sa.csv",
        "balanza_us-mexico_2023-01_2024-01_sa.metadata.json",
        "balanza_us-mexico_2024-01_2024-01_nsa.csv",
        "balanza_us-mexico_2024-01_2024-01_nsa.metadata.json",
      ]);
      expect(files.get("balanza_us-mexico_2023-01_2024-01_sa.csv")?.body).toBe(
        seriesToCsv(getSeries(ds, q({})), { partner: mexico, lang: "en" }, { bom: true }),
      );
    },
  );
});
