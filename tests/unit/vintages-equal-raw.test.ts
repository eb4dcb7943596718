import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import ExcelJS from "exceljs";
import { readDataset } from "@/lib/data/read-dataset";

// Each vintage in data/ against its raw file, value for value, read here with papaparse, exceljs and a regular
// expression (none of the importer's code): the set of (partner, month, flow) must be the same and every value equal.
const RAW = path.resolve(__dirname, "../../../shared/data/raw");
const ds = readDataset(path.resolve(__dirname, "../../data"));
const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
type Values = Map<string, number>;

function loaded(sourceId: string): Values {
  return new Map(
    ds.observations.filter((o) => o.sourceId === sourceId).map((o) => [`${o.partner}|${o.period}|${o.flow}`, o.value]),
  );
}

function csvRows(file: string): Record<string, string>[] {
  const text = readFileSync(path.join(RAW, file), "utf8").replace(/^\uFEFF/, "");
  const result = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

/** Census wide rows: a month is published if any partner has a non-zero value in it (Census writes 0 for the rest). */
function wideValues(rows: Record<string, string | number>[], code: string, scale: number): Values {
  const out: Values = new Map();
  const published = new Set<string>();
  const cells: [string, number][] = [];
  for (const row of rows) {
    const partner = String(row[code]).padStart(4, "0");
    for (const [prefix, flow] of [
      ["I", "imports"],
      ["E", "exports"],
    ]) {
      MONTHS.forEach((m, i) => {
        const raw = String(row[`${prefix}${m}`] ?? "").replace(/,/g, "");
        if (raw === "") return;
        const period = `${row.year}-${String(i + 1).padStart(2, "0")}`;
        const value = Number(raw) / scale;
        if (value !== 0) published.add(period);
        cells.push([`${partner}|${period}|${flow}`, value]);
      });
    }
  }
  for (const [key, value] of cells) if (published.has(key.split("|")[1] ?? "")) out.set(key, value);
  return out;
}

function expectSame(actual: Values, expected: Values) {
  expect(actual.size).toBeGreaterThan(0);
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  const off = [...expected].filter(([k, v]) => Math.abs((actual.get(k) ?? NaN) - v) > 1e-9 * Math.max(1, Math.abs(v)));
  expect(off).toEqual([]);
}

const FRED: [string, string, string, string][] = [
  ["FRED_IMPMX__via_ClaudiaToto30_supply-chain-forecasting.csv", "fred-impmx-2026-09", "2010", "imports"],
  ["FRED_IMPMX__vintage_2017-03__via_agjaeger_fred-viz.csv", "fred-impmx-2017-03", "2010", "imports"],
  ["FRED_EXPMX__vintage_2017-03__via_agjaeger_fred-viz.csv", "fred-expmx-2017-03", "2010", "exports"],
  ["FRED_IMPCH__vintage_2026-02__via_kwang101-cb_Timeseries-FinalProject.csv", "fred-impch-2026-02", "5700", "imports"],
  ["FRED_EXPCA__vintage_2023-12__via_open-datahub_canada.csv", "fred-expca-2023-12-06", "1220", "exports"],
  ["FRED_IMPCA__vintage_2023-12__via_open-datahub_canada.csv", "fred-impca-2023-12-06", "1220", "imports"],
];
const PAGES: [string, string][] = [
  [
    "census_c5700_China_NSA__commit-2026-02-18_5171074__via_weiqi-kids_agent" +
      ".cross-border-trade__us-balance-5700-2026.md",
    "census-c5700-2026-02-17",
  ],
  [
    "census_c5700_China_NSA__commit-2026-03-23_4c5de49__via_weiqi-kids_agent" +
      ".cross-border-trade__us-balance-5700-2026.md",
    "census-c5700-2026-03-23",
  ],
  [
    "census_c5700_China_NSA__commit-2026-06-17_beaf698__via_weiqi-kids_agent" +
      ".cross-border-trade__us-balance-5700-2026.md",
    "census-c5700-2026-06-17",
  ],
];

describe.runIf(existsSync(RAW) || process.env.CI === "true")("every vintage equals its raw file", () => {
  it("country.xlsx 2023-03 (file 1, the .xlsx, every country and aggregate), read with exceljs", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(RAW, "census_country_xlsx__vintage_2023-03__via_JJamesRoy_ECN3950.xlsx"));
    const sheet = wb.worksheets[0];
    const header = (sheet?.getRow(1).values as unknown[]).slice(1).map(String);
    const rows: Record<string, string | number>[] = [];
    sheet?.eachRow((row, n) => {
      if (n === 1) return;
      const values = (row.values as unknown[]).slice(1);
      rows.push(Object.fromEntries(header.map((h, i) => [h, values[i] as string | number])));
    });
    const expected = wideValues(rows, "CTY_CODE", 1);
    expect(new Set([...expected.keys()].map((k) => k.split("|")[0])).size).toBe(263);
    expectSame(loaded("census-country-nsa-2023-03"), expected);
    // SOURCES.md's check: January 2023, Mexico: exports 26,948.4 + imports 36,987.6 = 63,936.
    expect(expected.get("2010|2023-01|exports")).toBeCloseTo(26948.4, 1);
    expect(expected.get("2010|2023-01|imports")).toBeCloseTo(36987.6, 1);
  }, 60_000);

  it("the CSV excerpt of the same file (file 2: Mexico, Canada, China, World) agrees with it", () => {
    const expected = wideValues(
      csvRows("census_country_xlsx__vintage_2023-03__MX_CA_CN_World_wide.csv"),
      "CTY_CODE",
      1,
    );
    const all = loaded("census-country-nsa-2023-03");
    const mine = new Map([...all].filter(([k]) => ["2010", "1220", "5700", "0015"].includes(k.split("|")[0] ?? "")));
    expectSame(mine, expected);
  }, 30_000);

  it.each([
    [
      "census_country_xlsx_NSA__vintage_2025-04__via_wongri62121111_pyTariffML__raw_census_data.csv",
      "census-country-nsa-2025-04",
      "CTY_CODE",
      1,
    ],
    [
      "census_ctyseasonal_xlsx_SA__vintage_2025-04__via_wongri62121111_pyTariffML__raw_seasonal_data.csv",
      "census-ctyseasonal-sa-2025-04",
      "cty_code",
      1e6,
    ],
    [
      "census_ctyseasonal_SA__vintage_2016-02__via_cyadusha_countries__ctyseasonal.csv",
      "census-ctyseasonal-sa-2016-02",
      "CTY_CODE",
      1,
    ],
  ] as const)(
    "%s (Census wide) → %s",
    (file, sourceId, code, scale) => {
      expectSame(loaded(sourceId), wideValues(csvRows(file), code, scale));
    },
    30_000,
  );

  it.each(FRED)("%s → %s", (file, sourceId, partner, flow) => {
    const rows = csvRows(file);
    const expected: Values = new Map(
      rows.map((r) => {
        const [date, value] = Object.values(r);
        return [`${partner}|${String(date).slice(0, 7)}|${flow}`, Number(value)];
      }),
    );
    expectSame(loaded(sourceId), expected);
  });

  it("the US-chartbook excerpt (file 3) → census-country-nsa-2024-01-chartbook, blanks left out", () => {
    const expected: Values = new Map();
    for (const r of csvRows("bdecon_US-chartbook_trade_partner_csv__vintage_2023-11__excerpt_2019-2023.csv")) {
      const period = (r.date ?? "").slice(0, 7);
      if (r.Imports) expected.set(`${r.CTY_CODE}|${period}|imports`, Number(r.Imports));
      if (r.Exports) expected.set(`${r.CTY_CODE}|${period}|exports`, Number(r.Exports));
    }
    expect(expected.size).toBe(354);
    expectSame(loaded("census-country-nsa-2024-01-chartbook"), expected);
  });

  it.each(PAGES)("the Census China page %s → %s, months as present", (file, sourceId) => {
    const names = [
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December",
    ];
    const expected: Values = new Map();
    for (const m of readFileSync(path.join(RAW, file), "utf8").matchAll(
      /^\| (\d{4}) \| (\w+) \| ([\d.]+) \| ([\d.]+) \|/gm,
    )) {
      const period = `${m[1]}-${String(names.indexOf(m[2] ?? "") + 1).padStart(2, "0")}`;
      expected.set(`5700|${period}|exports`, Number(m[3]));
      expected.set(`5700|${period}|imports`, Number(m[4]));
    }
    expect(expected.size).toBe(48);
    expectSame(loaded(sourceId), expected);
  });

  it("the first-release figures (file 7): the US rows of the press source, not the FRED or INEGI rows", () => {
    const expected: Values = new Map(
      csvRows("jan2024_reported_values__clean.csv")
        .filter((r) => r.reporter === "United States" && (r.source_url ?? "").includes("pledgetimes"))
        .map((r) => [`${r.partner === "Mexico" ? "2010" : "5700"}|${r.period}|${r.flow}`, Number(r.value_musd)]),
    );
    expectSame(loaded("census-first-release-2024-03-07-press"), expected);
  });

  it("holds SOURCES.md's example of one month in several vintages: Mexico imports, January 2022", () => {
    const values = ds.observations
      .filter((o) => o.partner === "2010" && o.flow === "imports" && o.basis === "NSA" && o.period === "2022-01")
      .map((o) => [o.vintage, Math.round(o.value * 10) / 10]);
    expect(values).toEqual(
      expect.arrayContaining([
        ["2023-03", 33257.3],
        ["2024-01", 33274],
        ["2026-09", 33154.7],
      ]),
    );
  });
});
