import { stringify } from "csv-stringify/sync";
import { formatCsvNumber, neutraliseTextCell } from "./csv-cell";

export type CsvCell = string | number | null;

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark so Excel on Windows reads "México" as UTF-8. */
  bom?: boolean;
}

/**
 * RFC 4180 CSV through csv-stringify: a header row, CRLF after every record, quotes only where a cell needs
 * them. Text cells are neutralised against formula injection; numbers are written plain (see formatCsvNumber);
 * null is an empty cell. Pure and deterministic: the same rows always give the same bytes.
 */
export function writeCsv(
  columns: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  options: CsvOptions = {},
): string {
  return stringify(rows as CsvCell[][], {
    header: true,
    columns: [...columns],
    record_delimiter: "\r\n",
    bom: options.bom ?? false,
    // csv-stringify quotes the record delimiter (CRLF) but not a lone CR or LF; RFC 4180 wants those quoted too.
    quoted_match: /[\r\n]/,
    cast: { string: neutraliseTextCell, number: formatCsvNumber },
  });
}
