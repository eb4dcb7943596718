import { describe, expect, it } from "vitest";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { parse } from "csv-parse/sync";
import { z } from "zod";
import { importRawFile } from "@/lib/data/import/raw-file";
import { convertedFileText } from "@/lib/data/import/converted-text";
import { manifestDraftSchema, sourceSchema } from "@/lib/data/schema";
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
  it(
    "keeps countries and aggregates (codes padded), sorts them, writes scientific notation out " +
      "and leaves unpublished months empty",
    () => {
      const raw = [
        NSA_HEADER,
        nsaRow(2025, 2010, "Mexico", ["40000.5", "9.6e-05"], ["1"]),
        nsaRow(2025, 15, "World, Not Seasonally Adjusted", ["9"], ["9"]),
        nsaRow(2024, 2010, "Mexico", ["38042.320835"], ["26481.484626"]),
      ].join("\n");
      const out = importCensus(raw, "raw.csv");
      expect(out.basis).toBe("NSA");
      expect(out.rows.map((r) => r.slice(0, 2))).toEqual([
        ["2025", "0015"],
        ["2024", "2010"],
        ["2025", "2010"],
      ]);
      const row2025 = out.rows[2] ?? [];
      const cell = (name: string) => row2025[WIDE_COLUMNS.indexOf(name)];
      expect(cell("IJAN")).toBe("40000.5");
      expect(cell("IFEB")).toBe("0.000096");
      expect(cell("IMAR")).toBe(""); // after the last published month (2025-02)
      expect(out.rows[1]?.[WIDE_COLUMNS.indexOf("IDEC")]).toBe("0"); // a published zero stays a zero
      expect(out.lastPeriod).toBe("2025-02");
      expect([...out.partners.keys()].sort()).toEqual(["0015", "2010"]);
    },
  );

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

  it("reads the 2016 ctyseasonal layout: thousands separators, imports before exports, rows ending in CR", () => {
    const header = [
      "year",
      "CTY_CODE",
      "CTYNAME",
      ...["B", "I", "E"].flatMap((p) => [...MONTHS, "Q1", "Q2", "Q3", "Q4"].map((m) => `${p}${m}`)),
    ];
    const cells = Array.from({ length: 48 }, () => "0");
    cells[16] = '"22,692"'; // I JAN
    cells[32] = '"18,001"'; // E JAN
    const raw = [header.join(","), ["2013", "2010", "Mexico", ...cells].join(",")].join("\r") + "\r";
    const out = importCensus(raw, "cty2016.csv");
    expect(out.layout).toBe("census-ctyseasonal-sa-2016");
    expect(out.basis).toBe("SA");
    expect(out.rows[0]?.[WIDE_COLUMNS.indexOf("IJAN")]).toBe("22692");
    expect(out.rows[0]?.[WIDE_COLUMNS.indexOf("EJAN")]).toBe("18001");
    expect(() => importCensus(raw.replace('"22,692"', '"22.692"'), "cty2016.csv")).toThrow(
      /cty2016\.csv, line 2, column IJAN: expected whole millions/,
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
// the repo (there a missing shared/ fails the test); a clone without shared/ beside it skips these.
const RAW = path.resolve(__dirname, "../../../shared/data/raw");
const DATA = path.resolve(__dirname, "../../data");
const manifest = manifestDraftSchema.parse(JSON.parse(readFileSync(path.join(DATA, "manifest.json"), "utf8")));
const sources = z.array(sourceSchema).parse(JSON.parse(readFileSync(path.join(DATA, "sources.json"), "utf8")));
const entries = [...manifest.series, ...manifest.reported];

describe.runIf(existsSync(RAW) || process.env.CI === "true")("data/ is reproducible from shared/data/raw", () => {
  it("names the raw file of every series it holds", () => {
    expect(entries.filter((e) => !e.raw).map((e) => e.file)).toEqual([]);
  });

  it.each(entries.map((e) => [e.raw ?? "", e.file, e.sourceId] as const))(
    "%s → data/%s",
    async (raw, file, sourceId) => {
      const partners: string[][] = parse(readFileSync(path.join(DATA, "partners.csv"), "utf8"), { from_line: 2 });
      const imported = await importRawFile(readFileSync(path.join(RAW, raw)), raw, {
        sourceUrl: sources.find((s) => s.id === sourceId)?.url ?? "",
        partnerByName: new Map(partners.map((r) => [r[1] ?? "", r[0] ?? ""])),
      });
      expect(convertedFileText(imported)).toBe(readFileSync(path.join(DATA, file), "utf8"));
    },
    30_000,
  );

  it("npm run data:import -- --all rewrites data/ byte for byte", () => {
    const copy = mkdtempSync(path.join(tmpdir(), "balanza-reimport-"));
    cpSync(DATA, copy, { recursive: true });
    execFileSync(
      process.execPath,
      [
        "--import",
        "tsx",
        path.resolve(__dirname, "../../lib/cli/import-census.ts"),
        "--all",
        "--raw",
        RAW,
        "--data",
        copy,
      ],
      { stdio: "pipe", timeout: 120_000 },
    );
    const files = (dir: string) =>
      (readdirSync(dir, { recursive: true }) as string[]).filter((f) => statSync(path.join(dir, f)).isFile()).sort();
    expect(files(copy)).toEqual(files(DATA));
    for (const f of files(DATA))
      expect(readFileSync(path.join(copy, f), "utf8"), f).toBe(readFileSync(path.join(DATA, f), "utf8"));
  }, 180_000);
});
