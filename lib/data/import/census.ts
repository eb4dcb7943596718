import { parse } from "csv-parse/sync";
import { MONTHS, WIDE_COLUMNS } from "../census-layout";
import type { Basis } from "../schema";
import { shiftDecimal } from "./decimal";

/** Layouts of the raw Census files this importer knows. Anything else is refused. */
const LAYOUTS = {
  // country.xlsx (NSA, millions of dollars), as Census publishes it and as pandas dumps it.
  "census-country-nsa": {
    basis: "NSA" as Basis,
    header: ["year", "CTY_CODE", "CTYNAME", ...MONTHS.map((m) => `I${m}`), "IYR", ...MONTHS.map((m) => `E${m}`), "EYR"],
    code: "CTY_CODE",
    name: "CTYNAME",
    toMillions: (v: string) => shiftDecimal(v, 0),
  },
  // ctyseasonal.xlsx (SA, dollars): balance, exports, imports by month and quarter.
  "census-ctyseasonal-sa": {
    basis: "SA" as Basis,
    header: [
      "year",
      "cty_code",
      "cty_desc",
      ...MONTHS.map((m) => `B${m}`),
      "BQ1",
      "BQ2",
      "BQ3",
      "BQ4",
      ...MONTHS.map((m) => `E${m}`),
      "EQ1",
      "EQ2",
      "EQ3",
      "EQ4",
      ...MONTHS.map((m) => `I${m}`),
      "IQ1",
      "IQ2",
      "IQ3",
      "IQ4",
    ],
    code: "cty_code",
    name: "cty_desc",
    toMillions: (v: string) => shiftDecimal(v, -6),
  },
} as const;

export type CensusLayout = keyof typeof LAYOUTS;

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportError";
  }
}

export interface ImportedCensus {
  layout: CensusLayout;
  basis: Basis;
  /** Rows in data/'s wide layout, sorted by partner code then year. */
  rows: string[][];
  partners: Map<string, string>;
  firstPeriod: string;
  lastPeriod: string;
}

export function detectLayout(header: readonly string[], file: string): CensusLayout {
  for (const [name, layout] of Object.entries(LAYOUTS) as [CensusLayout, (typeof LAYOUTS)[CensusLayout]][]) {
    if (header.length === layout.header.length && header.every((h, i) => h === layout.header[i])) return name;
  }
  throw new ImportError(
    `${file}: unrecognised layout. Expected the header of Census country.xlsx ("year,CTY_CODE,CTYNAME,IJAN,…,IYR,EJAN,…,EYR", NSA, $M) ` +
      `or ctyseasonal.xlsx ("year,cty_code,cty_desc,BJAN,…,IQ4", SA, $); got "${header.slice(0, 6).join(",")}${header.length > 6 ? ",…" : ""}" (${header.length} columns).`,
  );
}

/**
 * Converts a raw Census file into data/'s wide layout: countries only (codes ≥ 1000; World, EU, USMCA and other
 * aggregates are left out), values in millions of dollars as published (exact decimal shift for SA dollars),
 * and months after the last published one left empty (Census fills them with 0).
 */
export function importCensus(text: string, file: string): ImportedCensus {
  const records: string[][] = parse(text, { relax_column_count: false, skip_empty_lines: true, bom: true });
  const [header, ...body] = records;
  if (!header) throw new ImportError(`${file}: the file is empty`);
  const layoutName = detectLayout(header, file);
  const layout = LAYOUTS[layoutName];
  const col = (name: string) => header.indexOf(name);
  const partners = new Map<string, string>();
  type Parsed = { year: number; code: string; values: Record<string, string> };
  const parsed: Parsed[] = [];
  let lastPublished = "";
  let firstPublished = "9999-99";
  body.forEach((record, i) => {
    const line = i + 2;
    const year = Number(record[col("year")]);
    const codeNum = Number(record[col(layout.code)]);
    if (!Number.isInteger(year) || !Number.isInteger(codeNum))
      throw new ImportError(
        `${file}, line ${line}: expected a year and a numeric country code, got "${record[col("year")]}", "${record[col(layout.code)]}"`,
      );
    if (codeNum < 1000) return;
    const code = String(codeNum).padStart(4, "0");
    partners.set(code, record[col(layout.name)] ?? "");
    const values: Record<string, string> = {};
    for (const prefix of ["I", "E"]) {
      MONTHS.forEach((m, mi) => {
        const raw = (record[col(`${prefix}${m}`)] ?? "").trim();
        if (raw === "") return;
        if (!/^\d+(\.\d+)?([eE][+-]?\d+)?$/.test(raw))
          throw new ImportError(
            `${file}, line ${line}, column ${prefix}${m}: expected a plain non-negative number, got "${raw}"`,
          );
        values[`${prefix}${m}`] = layout.toMillions(raw);
        const period = `${year}-${String(mi + 1).padStart(2, "0")}`;
        if (Number(raw) !== 0 && period > lastPublished) lastPublished = period;
        if (Number(raw) !== 0 && period < firstPublished) firstPublished = period;
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
        const period = `${year}-${String(month + 1).padStart(2, "0")}`;
        return period > lastPublished ? "" : (values[c] ?? "");
      }),
    );
  return {
    layout: layoutName,
    basis: layout.basis,
    rows,
    partners,
    firstPeriod: firstPublished,
    lastPeriod: lastPublished,
  };
}
