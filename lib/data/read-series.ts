import type { Basis, Observation, Vintage } from "./schema";
import { DECIMAL, MONTHS, REPORTED_COLUMNS, WIDE_COLUMNS, monthPeriod } from "./census-layout";
import { readCsvTable } from "./csv-table";
import type { DataIssue } from "./errors";
import { flowSchema, periodSchema } from "./schema";

interface SeriesContext {
  file: string;
  basis: Basis;
  vintage: Vintage;
  sourceId: string;
  /** Partner codes of data/partners.csv, each mapped to itself: observations share these strings (see intern). */
  partners: ReadonlyMap<string, string>;
  kind: Observation["kind"];
}

/**
 * One string per month for the whole dataset: ~423,000 observations name ~500 months, so each observation points at a
 * shared string instead of owning a copy (the partner codes are shared the same way, through ctx.partners).
 */
const PERIODS = new Map<string, string>();
function internPeriod(period: string): string {
  const known = PERIODS.get(period);
  if (known !== undefined) return known;
  PERIODS.set(period, period);
  return period;
}
const WIDE_PERIODS = new Map<number, string[]>();
function wideYearPeriods(year: number): string[] {
  let periods = WIDE_PERIODS.get(year);
  if (!periods) WIDE_PERIODS.set(year, (periods = MONTHS.map((_, i) => internPeriod(monthPeriod(year, i)))));
  return periods;
}

const FLOWS = [
  ["I", "imports"],
  ["E", "exports"],
] as const;

/** A cell that should name a partner of data/partners.csv and does not. */
function notAPartner(file: string, line: number, field: string, got: string): DataIssue {
  return { file, line, field, expected: "a partner code listed in data/partners.csv", got };
}

/**
 * Whether a row repeats `key`, first seen on an earlier line: then it is noted as a duplicate of that line; otherwise
 * the key is noted as seen on this one.
 */
function isDuplicate(
  seen: Map<string, number>,
  key: string,
  at: { file: string; line: number; field: string },
  expected: (firstLine: number) => string,
  issues: DataIssue[],
): boolean {
  const firstLine = seen.get(key);
  if (firstLine === undefined) {
    seen.set(key, at.line);
    return false;
  }
  issues.push({ ...at, expected: expected(firstLine), got: "a duplicate observation" });
  return true;
}

/** Reads a Census wide file (year, cty_code, IJAN..IDEC, EJAN..EDEC). Empty cells are months not yet published. */
export function readWideSeries(text: string, ctx: SeriesContext, issues: DataIssue[]): Observation[] {
  const rows = readCsvTable(text, ctx.file, WIDE_COLUMNS, issues);
  const seen = new Map<string, number>();
  const observations: Observation[] = [];
  for (const { line, cells } of rows) {
    const year = Number(cells.year);
    if (!/^\d{4}$/.test(cells.year ?? "") || year < 1900 || year > 2100) {
      issues.push({ file: ctx.file, line, field: "year", expected: "a four-digit year", got: cells.year });
      continue;
    }
    const code = ctx.partners.get(cells.cty_code ?? "");
    if (code === undefined) {
      issues.push(notAPartner(ctx.file, line, "cty_code", cells.cty_code ?? ""));
      continue;
    }
    const at = { file: ctx.file, line, field: "cty_code" };
    const already = (first: number) =>
      `one row per partner and year (partner ${code}, ${year} is already on line ${first})`;
    if (isDuplicate(seen, `${code}|${year}`, at, already, issues)) continue;
    const periods = wideYearPeriods(year);
    for (const [prefix, flow] of FLOWS) {
      MONTHS.forEach((month, i) => {
        const field = `${prefix}${month}`;
        const raw = cells[field] ?? "";
        if (raw === "") return;
        if (!DECIMAL.test(raw)) {
          issues.push({
            file: ctx.file,
            line,
            field,
            expected:
              "millions of dollars as a plain number such as 39656.8 (no thousands separator), " +
              "or empty if not published",
            got: raw,
          });
          return;
        }
        observations.push({
          reporter: "US",
          partner: code,
          period: periods[i] ?? monthPeriod(year, i),
          flow,
          basis: ctx.basis,
          vintage: ctx.vintage,
          value: Number(raw),
          sourceId: ctx.sourceId,
          kind: ctx.kind,
        });
      });
    }
  }
  return observations;
}

/** Reads figures reported at first release (partner, period, flow, value_musd, note), one per row. */
export function readReportedSeries(text: string, ctx: SeriesContext, issues: DataIssue[]): Observation[] {
  const rows = readCsvTable(text, ctx.file, REPORTED_COLUMNS, issues);
  const seen = new Map<string, number>();
  const observations: Observation[] = [];
  for (const { line, cells } of rows) {
    const partner = ctx.partners.get(cells.partner ?? "") ?? cells.partner ?? "";
    const period = periodSchema.safeParse(cells.period);
    const flow = flowSchema.safeParse(cells.flow);
    const value = cells.value_musd ?? "";
    if (!ctx.partners.has(partner)) issues.push(notAPartner(ctx.file, line, "partner", partner));
    if (!period.success)
      issues.push({ file: ctx.file, line, field: "period", expected: "a month written YYYY-MM", got: cells.period });
    if (!flow.success)
      issues.push({ file: ctx.file, line, field: "flow", expected: "exports or imports", got: cells.flow });
    if (!DECIMAL.test(value))
      issues.push({
        file: ctx.file,
        line,
        field: "value_musd",
        expected: "millions of dollars as a plain number such as 26481",
        got: value,
      });
    if (!ctx.partners.has(partner) || !period.success || !flow.success || !DECIMAL.test(value)) continue;
    const at = { file: ctx.file, line, field: "period" };
    const already = (first: number) => `one value per partner, month and flow (already on line ${first})`;
    if (isDuplicate(seen, `${partner}|${period.data}|${flow.data}`, at, already, issues)) continue;
    observations.push({
      reporter: "US",
      partner,
      period: internPeriod(period.data),
      flow: flow.data,
      basis: ctx.basis,
      vintage: ctx.vintage,
      value: Number(value),
      sourceId: ctx.sourceId,
      kind: ctx.kind,
    });
  }
  return observations;
}
