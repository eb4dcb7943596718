import { parse } from "csv-parse/sync";
import type { Basis, Flow } from "../schema";
import { ImportError } from "./import-error";

/** A raw file whose rows become data/'s long layout (partner, period, flow, value_musd, note). */
export interface ImportedLong {
  kind: "long";
  layout: LongLayout;
  basis: Basis;
  /** official: a statistical agency's own file or page; reported: first-release figures as quoted in the press. */
  observationKind: "official" | "reported";
  /** Rows partner, period, flow, value_musd (as published), note; sorted by partner, period, flow. */
  rows: string[][];
  /** Rows of the raw file left out, and why (e.g. another source's row in a compilation). */
  skipped: string[];
  firstPeriod: string;
  lastPeriod: string;
}

export type LongLayout = "fred" | "chartbook-trade-partner" | "press-first-release" | "census-country-page";

const PLAIN = /^\d+(\.\d+)?$/;

/** FRED's series ids for US goods trade by partner (Census customs basis, NSA, $M). */
export const FRED_SERIES: Record<string, { partner: string; flow: Flow }> = {
  EXPMX: { partner: "2010", flow: "exports" },
  IMPMX: { partner: "2010", flow: "imports" },
  EXPCA: { partner: "1220", flow: "exports" },
  IMPCA: { partner: "1220", flow: "imports" },
  EXPCH: { partner: "5700", flow: "exports" },
  IMPCH: { partner: "5700", flow: "imports" },
};
const FRED_DATE_COLUMNS = ["DATE", "observation_date", "Date"];

export function describeLongLayouts(): string {
  return (
    `a FRED download ("DATE|observation_date|Date,SERIES" with SERIES one of ` +
    `${Object.keys(FRED_SERIES).join(", ")}), ` +
    'the US-chartbook trade_partner.csv ("CTYNAME,date,CTY_CODE,Imports,Exports"), ' +
    'the first-release compilation ("reporter,partner,period,flow,value_musd,source_url,adjustment") ' +
    'or a Census "Trade in Goods with …" page kept as Markdown ' +
    '("| Year | Month | Export (M USD) | Import (M USD) | Balance (M USD) | Type |")'
  );
}

export function sortLongRows(rows: string[][]): string[][] {
  return rows.sort(
    (a, b) =>
      (a[0] ?? "").localeCompare(b[0] ?? "") ||
      (a[1] ?? "").localeCompare(b[1] ?? "") ||
      (a[2] ?? "").localeCompare(b[2] ?? ""),
  );
}

function finish(
  layout: LongLayout,
  basis: Basis,
  observationKind: ImportedLong["observationKind"],
  rows: string[][],
  skipped: string[],
  file: string,
): ImportedLong {
  if (rows.length === 0) throw new ImportError(`${file}: no published value in the file`);
  const seen = new Set<string>();
  for (const r of rows) {
    const key = `${r[0]}|${r[1]}|${r[2]}`;
    if (seen.has(key)) throw new ImportError(`${file}: two values for partner ${r[0]}, ${r[1]}, ${r[2]}`);
    seen.add(key);
  }
  const sorted = sortLongRows(rows);
  const periods = sorted.map((r) => r[1] ?? "").sort();
  return {
    kind: "long",
    layout,
    basis,
    observationKind,
    rows: sorted,
    skipped,
    firstPeriod: periods[0] ?? "",
    lastPeriod: periods.at(-1) ?? "",
  };
}

function csvRecords(text: string, file: string): string[][] {
  try {
    return parse(text, { relax_column_count: true, skip_empty_lines: true, bom: true });
  } catch (error) {
    throw new ImportError(`${file}: not well-formed CSV: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Which long layout a CSV header is, or null. */
export function matchLongCsvLayout(header: readonly string[]): Exclude<LongLayout, "census-country-page"> | null {
  if (header.length === 2 && FRED_DATE_COLUMNS.includes(header[0] ?? "") && (header[1] ?? "") in FRED_SERIES)
    return "fred";
  if (header.join(",") === "CTYNAME,date,CTY_CODE,Imports,Exports") return "chartbook-trade-partner";
  if (header.join(",") === "reporter,partner,period,flow,value_musd,source_url,adjustment")
    return "press-first-release";
  return null;
}

/** FRED: one series per file, first-of-month dates; "." is FRED's mark for a missing month. */
export function importFred(text: string, file: string): ImportedLong {
  const [header, ...body] = csvRecords(text, file);
  const series = FRED_SERIES[header?.[1] ?? ""];
  if (!header || !series) throw new ImportError(`${file}: expected ${describeLongLayouts()}`);
  const rows: string[][] = [];
  const skipped: string[] = [];
  body.forEach((record, i) => {
    const line = i + 2;
    const [date = "", value = ""] = record.map((c) => c.trim());
    if (record.length !== 2) throw new ImportError(`${file}, line ${line}: expected 2 fields, got ${record.length}`);
    const m = /^(\d{4})-(0[1-9]|1[0-2])-01$/.exec(date);
    if (!m)
      throw new ImportError(`${file}, line ${line}, column ${header[0]}: expected a date YYYY-MM-01, got "${date}"`);
    if (value === ".") return void skipped.push(`line ${line} (${date}): "." (FRED: not available)`);
    if (!PLAIN.test(value))
      throw new ImportError(
        `${file}, line ${line}, column ${header[1]}: expected a plain non-negative number, got "${value}"`,
      );
    rows.push([series.partner, `${m[1]}-${m[2]}`, series.flow, value, ""]);
  });
  return finish("fred", "NSA", "official", rows, skipped, file);
}

/** US-chartbook's trade_partner.csv: a long dump of country.xlsx; a blank cell is a month not yet published. */
export function importChartbook(text: string, file: string): ImportedLong {
  const [, ...body] = csvRecords(text, file);
  const rows: string[][] = [];
  const skipped: string[] = [];
  body.forEach((record, i) => {
    const line = i + 2;
    if (record.length !== 5) throw new ImportError(`${file}, line ${line}: expected 5 fields, got ${record.length}`);
    const [, date = "", code = "", imports = "", exports = ""] = record.map((c) => c.trim());
    const m = /^(\d{4})-(0[1-9]|1[0-2])-01$/.exec(date);
    if (!m) throw new ImportError(`${file}, line ${line}, column date: expected a date YYYY-MM-01, got "${date}"`);
    if (!/^\d{1,4}$/.test(code))
      throw new ImportError(`${file}, line ${line}, column CTY_CODE: expected a Census country code, got "${code}"`);
    const period = `${m[1]}-${m[2]}`;
    for (const [flow, value] of [
      ["imports", imports],
      ["exports", exports],
    ] as const) {
      if (value === "") {
        skipped.push(`line ${line}: ${period} ${flow} blank (not yet published)`);
        continue;
      }
      if (!PLAIN.test(value))
        throw new ImportError(
          `${file}, line ${line}, column ${flow === "imports" ? "Imports" : "Exports"}: expected ` +
            `a plain non-negative number, got "${value}"`,
        );
      rows.push([code.padStart(4, "0"), period, flow, value, ""]);
    }
  });
  return finish("chartbook-trade-partner", "NSA", "official", rows, skipped, file);
}

/**
 * The first-release compilation: rows from several sources. Only the rows of `sourceUrl` (the source being imported)
 * with the US as reporter are kept; the others are named in `skipped` (a FRED copy is imported from its own file;
 * Mexico's INEGI totals are all-partner figures of another reporter). Partners are matched by their English name.
 */
export function importPressFirstRelease(
  text: string,
  file: string,
  sourceUrl: string,
  partnerByName: ReadonlyMap<string, string>,
): ImportedLong {
  const [, ...body] = csvRecords(text, file);
  const rows: string[][] = [];
  const skipped: string[] = [];
  let basis: Basis | undefined;
  body.forEach((record, i) => {
    const line = i + 2;
    if (record.length !== 7) throw new ImportError(`${file}, line ${line}: expected 7 fields, got ${record.length}`);
    const [reporter = "", partnerName = "", period = "", flow = "", value = "", url = "", adjustment = ""] = record.map(
      (c) => c.trim(),
    );
    if (url !== sourceUrl) return void skipped.push(`line ${line}: from ${url}, another source`);
    if (reporter !== "United States")
      return void skipped.push(`line ${line}: reported by ${reporter}, not the US (Census)`);
    const partner = partnerByName.get(partnerName);
    if (!partner)
      throw new ImportError(
        `${file}, line ${line}, column partner: expected a country named in data/partners.csv, got "${partnerName}"`,
      );
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(period))
      throw new ImportError(`${file}, line ${line}, column period: expected YYYY-MM, got "${period}"`);
    if (flow !== "exports" && flow !== "imports")
      throw new ImportError(`${file}, line ${line}, column flow: expected exports or imports, got "${flow}"`);
    if (!PLAIN.test(value))
      throw new ImportError(
        `${file}, line ${line}, column value_musd: expected a plain non-negative number, got "${value}"`,
      );
    if (adjustment !== "NSA" && adjustment !== "SA")
      throw new ImportError(`${file}, line ${line}, column adjustment: expected NSA or SA, got "${adjustment}"`);
    if (basis && basis !== adjustment)
      throw new ImportError(`${file}, line ${line}: mixes ${basis} and ${adjustment} rows of one source`);
    basis = adjustment;
    rows.push([partner, period, flow, value, `as reported, ${url}`]);
  });
  return finish("press-first-release", basis ?? "NSA", "reported", rows, skipped, file);
}

const MONTH_NAMES = [
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
const ONE_DECIMAL = /^-?\d+(\.\d)?$/;

/**
 * A Census "Trade in Goods with <country>" page (NSA, $M to one decimal) kept as Markdown: a header block naming
 * the partner ("**Partner**: China (5700)") and a table of months in any order. Months the table lacks stay absent;
 * each row must satisfy exports − imports = balance to 0.1, as the page does, or the file is refused.
 */
export function importCensusCountryPage(text: string, file: string): ImportedLong {
  const partner = /\*\*Partner\*\*:\s*[^(\n]*\((\d{4})\)/.exec(text)?.[1];
  if (!partner || !text.includes("| Year | Month | Export (M USD) | Import (M USD) | Balance (M USD) |"))
    throw new ImportError(`${file}: unrecognised layout. Expected ${describeLongLayouts()}`);
  const rows: string[][] = [];
  text.split(/\r?\n/).forEach((lineText, i) => {
    const line = i + 1;
    if (!/^\|\s*\d{4}\s*\|/.test(lineText)) return;
    const cells = lineText
      .split("|")
      .slice(1, -1)
      .map((c) => c.trim());
    const [year = "", monthName = "", exports = "", imports = "", balance = ""] = cells;
    const month = MONTH_NAMES.indexOf(monthName);
    if (cells.length !== 6 || month < 0)
      throw new ImportError(
        `${file}, line ${line}: expected "| YYYY | Month name | export | import | balance | type |", got "${lineText}"`,
      );
    for (const [name, v] of [
      ["Export", exports],
      ["Import", imports],
      ["Balance", balance],
    ] as const) {
      if (!ONE_DECIMAL.test(v) || (name !== "Balance" && v.startsWith("-")))
        throw new ImportError(`${file}, line ${line}, column ${name}: expected millions to one decimal, got "${v}"`);
    }
    if (Math.abs(Number(exports) - Number(imports) - Number(balance)) > 0.1 + 1e-9)
      throw new ImportError(
        `${file}, line ${line}: exports ${exports} − imports ${imports} is not the balance ${balance} (to 0.1)`,
      );
    const period = `${year}-${String(month + 1).padStart(2, "0")}`;
    rows.push([partner, period, "exports", exports, ""], [partner, period, "imports", imports, ""]);
  });
  return finish("census-country-page", "NSA", "official", rows, [], file);
}
