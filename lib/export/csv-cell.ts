/**
 * Cell-level safety and number writing for CSV downloads. Pure.
 *
 * OWASP's CSV-injection guidance: a text cell that begins with = + - @, a tab or a carriage return can be run
 * as a formula by a spreadsheet, so it is prefixed with a single quote. Numbers are never touched: a negative
 * balance is the number -12748.2, not text.
 */
const FORMULA_TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r"]);

export function neutraliseTextCell(text: string): string {
  // A text that itself starts with ' gets one more, so restoreTextCell can always tell the two apart.
  return text.length > 0 && (FORMULA_TRIGGERS.has(text[0] as string) || text[0] === "'") ? `'${text}` : text;
}

/**
 * The original text of a cell written by `neutraliseTextCell`: exact for every text (for readers that want it back).
 */
export function restoreTextCell(cell: string): string {
  return cell.startsWith("'") && (FORMULA_TRIGGERS.has(cell[1] ?? "") || cell[1] === "'") ? cell.slice(1) : cell;
}

/**
 * A finite number as plain decimal text every spreadsheet reads as a number: `39874`, `12664.2`, `-12748.2`;
 * no thousands separators, `.` as the decimal point, never exponent notation (1e-7 → 0.0000001), and the
 * shortest text that parses back to the same double. Throws on NaN and ±Infinity, which have no CSV form.
 */
export function formatCsvNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot write ${value} to a CSV cell`);
  if (Object.is(value, -0)) return "0";
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, lead, fraction = "", exp] = match;
  const digits = `${lead}${fraction}`;
  const point = 1 + Number(exp);
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
