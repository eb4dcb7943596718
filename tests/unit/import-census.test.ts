import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { importCensus, ImportError } from "@/lib/data/import/census";
import { shiftDecimal } from "@/lib/data/import/decimal";
import { MONTHS, WIDE_COLUMNS } from "@/lib/data/census-layout";

const NSA_HEADER = [
  "year",
  "CTY_CODE",
  "CTYNAME",
  ...MONTHS.map((m) => `I${m}`),
  "IYR",
  ...MONTHS.map((m) => `E${m}`),
  "EYR",
].join(",");
const SA_HEADER = [
  "year",
  "cty_code",
  "cty_desc",
  ...["B", "E", "I"].flatMap((p) =>
    [...MONTHS.map((m) => `${p}${m}`), "Q1", "Q2", "Q3", "Q4"].map((c) => (c.startsWith("Q") ? `${p}${c}` : c)),
  ),
].join(",");

function nsaRow(year: number, code: number, name: string, imports: string[], exports: string[]): string {
  const fill = (xs: string[]) => Array.from({ length: 12 }, (_, i) => xs[i] ?? "0.0");
  return [year, code, `"${name}"`, ...fill(imports), "0", ...fill(exports), "0"].join(",");
}

describe("importCensus", () => {
  it("keeps countries only, sorts them, writes scientific notation out and leaves unpublished months empty", () => {
    const raw = [
      NSA_HEADER,
      nsaRow(2025, 2010, "Mexico", ["40000.5", "9.6e-05"], ["1"]),
      nsaRow(2025, 15, "World, Not Seasonally Adjusted", ["9"], ["9"]),
      nsaRow(2024, 2010, "Mexico", ["38042.320835"], ["26481.484626"]),
    ].join("\n");
    const out = importCensus(raw, "raw.csv");
    expect(out.basis).toBe("NSA");
    expect(out.rows.map((r) => r.slice(0, 2))).toEqual([
      ["2024", "2010"],
      ["2025", "2010"],
    ]);
    const row2025 = out.rows[1] ?? [];
    const cell = (name: string) => row2025[WIDE_COLUMNS.indexOf(name)];
    expect(cell("IJAN")).toBe("40000.5");
    expect(cell("IFEB")).toBe("0.000096");
    expect(cell("IMAR")).toBe(""); // after the last published month (2025-02)
    expect(out.rows[0]?.[WIDE_COLUMNS.indexOf("IDEC")]).toBe("0"); // a published zero stays a zero
    expect(out.lastPeriod).toBe("2025-02");
    expect([...out.partners.keys()]).toEqual(["2010"]);
  });

  it("moves SA dollars to millions exactly, without floating point", () => {
    const cells = Array.from({ length: 48 }, () => "");
    cells[16] = "39656817263.99633"; // E JAN (after 12 B months and 4 B quarters)
    cells[32] = "26908630461.255325"; // I JAN
    const raw = [SA_HEADER, ["2024", "2010", "Mexico", ...cells].join(",")].join("\n");
    const out = importCensus(raw, "sa.csv");
    expect(out.basis).toBe("SA");
    expect(out.rows[0]?.[WIDE_COLUMNS.indexOf("EJAN")]).toBe("39656.81726399633");
    expect(out.rows[0]?.[WIDE_COLUMNS.indexOf("IJAN")]).toBe("26908.630461255325");
  });

  it("refuses a file whose layout it does not recognise, saying what it expected", () => {
    const raw = "reporter,partner,period,flow,value_musd\nUnited States,Mexico,2024-01,exports,26481\n";
    expect(() => importCensus(raw, "long.csv")).toThrow(ImportError);
    expect(() => importCensus(raw, "long.csv")).toThrow(
      /long\.csv: unrecognised layout\. Expected the header of Census country\.xlsx/,
    );
  });

  it("refuses a value that is not a plain number, naming line and column", () => {
    const raw = [NSA_HEADER, nsaRow(2024, 2010, "Mexico", ["1,234"], ["1"])].join("\n");
    expect(() => importCensus(raw.replace("1,234", '"1,234"'), "raw.csv")).toThrow(
      /raw\.csv, line 2, column IJAN: expected a plain non-negative number, got "1,234"/,
    );
  });

  it.each([
    ["39656817263.99633", -6, "39656.81726399633"],
    ["5", -6, "0.000005"],
    ["9.6e-05", 0, "0.000096"],
    ["1.5e3", 0, "1500"],
    ["0.0", 0, "0"],
    ["120", 2, "12000"],
  ])("shiftDecimal(%s, %i) = %s", (value, places, expected) => {
    expect(shiftDecimal(value, places)).toBe(expected);
  });
});

// The committed data/ must be exactly what the importer makes of the raw files in shared/. CI always has them beside
// the repo (there a missing shared/ fails the test); a clone without shared/ beside it skips these two.
const RAW = path.resolve(__dirname, "../../../shared/data/raw");
describe.runIf(existsSync(RAW) || process.env.CI === "true")("data/census is reproducible from shared/data/raw", () => {
  it.each([
    [
      "census_country_xlsx_NSA__vintage_2025-04__via_wongri62121111_pyTariffML__raw_census_data.csv",
      "nsa_vintage-2025-04.csv",
    ],
    [
      "census_ctyseasonal_xlsx_SA__vintage_2025-04__via_wongri62121111_pyTariffML__raw_seasonal_data.csv",
      "sa_vintage-2025-04.csv",
    ],
  ])("%s → data/census/%s", (raw, converted) => {
    const out = importCensus(readFileSync(path.join(RAW, raw), "utf8"), raw);
    const committed = readFileSync(path.resolve(__dirname, "../../data/census", converted), "utf8")
      .trimEnd()
      .split("\n");
    expect(committed[0]).toBe(WIDE_COLUMNS.join(","));
    expect(committed.slice(1)).toEqual(out.rows.map((r) => r.join(",")));
  });
});
