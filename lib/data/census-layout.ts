/** The layout data/ keeps Census series in: Census's own wide shape, one row per partner and year. */
export const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"] as const;

export const WIDE_COLUMNS = ["year", "cty_code", ...MONTHS.map((m) => `I${m}`), ...MONTHS.map((m) => `E${m}`)] as const;

export const PARTNER_COLUMNS = ["code", "name_en", "name_es", "iso2"] as const;

export const REPORTED_COLUMNS = ["partner", "period", "flow", "value_musd", "note"] as const;

/** Millions of dollars as a plain decimal: no sign, no thousands separator, "." for decimals. */
export const DECIMAL = /^\d+(\.\d+)?$/;

export function monthPeriod(year: number, monthIndex: number): string {
  return `${year}-${String(monthIndex + 1).padStart(2, "0")}`;
}
