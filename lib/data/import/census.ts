import { parse } from "csv-parse/sync";
import { MONTHS, WIDE_COLUMNS, monthPeriod } from "../census-layout";
import type { Basis } from "../schema";
import { shiftDecimal } from "./decimal";
import { ImportError } from "./import-error";

export { ImportError } from "./import-error";

const PLAIN = /^\d+(\.\d+)?([eE][+-]?\d+)?$/;
/** Whole millions with thousands separators, as the 2016 ctyseasonal.csv writes them ("1,303"). */
const GROUPED = /^\d{1,3}(,\d{3})*$/;

const monthly = (prefix: string) => MONTHS.map((m) => `${prefix}${m}`);
const quarters = (prefix: string) => ["Q1", "Q2", "Q3", "Q4"].map((q) => `${prefix}${q}`);
/** Each flow's months then its quarters, flow by flow in the order given (ctyseasonal's columns). */
const monthsAndQuarters = (...prefixes: string[]) => prefixes.flatMap((p) => [...monthly(p), ...quarters(p)]);

interface WideLayout {
  basis: Basis;
  header: readonly string[];
  code: string;
  name: string;
  /** What a cell looks like, said in the refusal when one does not. */
  expects: string;
  /** The value in millions of dollars as a plain decimal string, or null if the cell is not of the layout. */
  toMillions: (v: string) => string | null;
}

/** Layouts of the raw Census files this importer knows. Anything else is refused. */
const LAYOUTS = {
  // country.xlsx (NSA, millions of dollars), as Census publishes it (the .xlsx itself) and as pandas dumps it.
  "census-country-nsa": {
    basis: "NSA",
    header: ["year", "CTY_CODE", "CTYNAME", ...monthly("I"), "IYR", ...monthly("E"), "EYR"],
    code: "CTY_CODE",
    name: "CTYNAME",
    expects: "a plain non-negative number",
    toMillions: (v) => (PLAIN.test(v) ? shiftDecimal(v, 0) : null),
  },
  // ctyseasonal.xlsx (SA, dollars) as pandas dumps it: balance, exports, imports by month and quarter.
  "census-ctyseasonal-sa": {
    basis: "SA",
    header: ["year", "cty_code", "cty_desc", ...monthsAndQuarters("B", "E", "I")],
    code: "cty_code",
    name: "cty_desc",
    expects: "a plain non-negative number",
    toMillions: (v) => (PLAIN.test(v) ? shiftDecimal(v, -6) : null),
  },
  // ctyseasonal (SA) as Census served it in 2016: whole millions with thousands separators; imports before exports.
  "census-ctyseasonal-sa-2016": {
    basis: "SA",
    header: ["year", "CTY_CODE", "CTYNAME", ...monthsAndQuarters("B", "I", "E")],
    code: "CTY_CODE",
    name: "CTYNAME",
    expects: 'whole millions, digits with optional thousands separators such as "1,303"',
    toMillions: (v) => (GROUPED.test(v) ? v.replace(/,/g, "") : null),
  },
} as const satisfies Record<string, WideLayout>;

export type CensusLayout = keyof typeof LAYOUTS;

export interface ImportedCensus {
  kind: "census-wide";
  layout: CensusLayout;
  basis: Basis;
  /** Rows in data/'s wide layout, sorted by partner code then year. */
  rows: string[][];
  /** Code → name as the file spells it, countries and aggregates alike. */
  partners: Map<string, string>;
  firstPeriod: string;
  lastPeriod: string;
}

export function describeWideLayouts(): string {
  return (
    'Census country.xlsx ("year,CTY_CODE,CTYNAME,IJAN,…,IYR,EJAN,…,EYR", NSA, $M), ' +
    'ctyseasonal.xlsx as pandas writes it ("year,cty_code,cty_desc,BJAN,…,IQ4", SA, $) ' +
    'or ctyseasonal.csv of 2016 ("year,CTY_CODE,CTYNAME,BJAN,…,IJAN,…,EQ4", SA, whole $M)'
  );
}

/** The wide layout whose header this is exactly, or null. */
export function matchWideLayout(header: readonly string[]): CensusLayout | null {
  for (const [name, layout] of Object.entries(LAYOUTS) as [CensusLayout, WideLayout][]) {
    if (header.length === layout.header.length && header.every((h, i) => h === layout.header[i])) return name;
  }
  return null;
}

export function detectLayout(header: readonly string[], file: string): CensusLayout {
  const found = matchWideLayout(header);
  if (found) return found;
  throw new ImportError(
    `${file}: unrecognised layout. Expected the header of ${describeWideLayouts()}; ` +
      `got "${header.slice(0, 6).join(",")}${header.length > 6 ? ",…" : ""}" (${header.length} columns).`,
  );
}

/** Census codes are four digits; pandas dumps drop the leading zeros of aggregates (World NSA 0015 → 15). */
function censusCode(raw: string | undefined): string | null {
  const text = (raw ?? "").trim();
  return /^\d{1,4}$/.test(text) ? text.padStart(4, "0") : null;
}

/**
 * Converts the records of a raw Census file (header first) into data/'s wide layout: every country and every
 * aggregate (codes below 1000: World, EU, USMCA…; ranks leave those out), values in millions of dollars as
 * published (an exact decimal shift for SA dollars), months after the last published one left empty (Census fills
 * them with 0).
 */
export function importCensusRecords(records: readonly string[][], file: string): ImportedCensus {
  const [header, ...body] = records;
  if (!header) throw new ImportError(`${file}: the file is empty`);
  const layoutName = detectLayout(header, file);
  const layout: WideLayout = LAYOUTS[layoutName];
  const col = (name: string) => header.indexOf(name);
  const partners = new Map<string, string>();
  type Parsed = { year: number; code: string; values: Record<string, string> };
  const parsed: Parsed[] = [];
  const seen = new Map<string, number>();
  let lastPublished = "";
  let firstPublished = "9999-99";
  body.forEach((record, i) => {
    const line = i + 2;
    if (record.length !== header.length)
      throw new ImportError(`${file}, line ${line}: expected ${header.length} fields, got ${record.length}`);
    const yearText = (record[col("year")] ?? "").trim();
    const code = censusCode(record[col(layout.code)]);
    if (!/^\d{4}$/.test(yearText) || !code)
      throw new ImportError(
        `${file}, line ${line}: expected a four-digit year and a numeric country code, got ` +
          `"${yearText}", "${record[col(layout.code)]}"`,
      );
    const year = Number(yearText);
    const key = `${code}|${year}`;
    const earlier = seen.get(key);
    if (earlier !== undefined)
      throw new ImportError(`${file}, line ${line}: partner ${code}, ${year} is already on line ${earlier}`);
    seen.set(key, line);
    if (!partners.has(code)) partners.set(code, (record[col(layout.name)] ?? "").trim());
    const values: Record<string, string> = {};
    for (const prefix of ["I", "E"]) {
      MONTHS.forEach((m, mi) => {
        const raw = (record[col(`${prefix}${m}`)] ?? "").trim();
        if (raw === "") return;
        const millions = layout.toMillions(raw);
        if (millions === null)
          throw new ImportError(
            `${file}, line ${line}, column ${prefix}${m}: expected ${layout.expects}, got "${raw}"`,
          );
        values[`${prefix}${m}`] = millions;
        const period = monthPeriod(year, mi);
        if (Number(millions) !== 0 && period > lastPublished) lastPublished = period;
        if (Number(millions) !== 0 && period < firstPublished) firstPublished = period;
      });
    }
    parsed.push({ year, code, values });
  });
  if (!lastPublished) throw new ImportError(`${file}: no published (non-zero) value for any country`);
  const rows = parsed
    .sort((a, b) => a.code.localeCompare(b.code) || a.year - b.year)
    .map(({ year, code, values }) =>
      WIDE_COLUMNS.map((c) => {
        if (c === "year") return String(year);
        if (c === "cty_code") return code;
        const month = MONTHS.indexOf(c.slice(1) as (typeof MONTHS)[number]);
        return monthPeriod(year, month) > lastPublished ? "" : (values[c] ?? "");
      }),
    );
  return {
    kind: "census-wide",
    layout: layoutName,
    basis: layout.basis,
    rows,
    partners,
    firstPeriod: firstPublished,
    lastPeriod: lastPublished,
  };
}

/** importCensusRecords for a CSV text (any line ending: the 2016 file ends its rows in CR only). */
export function importCensus(text: string, file: string): ImportedCensus {
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: true, bom: true });
  } catch (error) {
    throw new ImportError(`${file}: not well-formed CSV: ${error instanceof Error ? error.message : String(error)}`);
  }
  return importCensusRecords(records, file);
}
