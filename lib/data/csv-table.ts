import { parse } from "csv-parse/sync";
import type { DataIssue } from "./errors";

export interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

/**
 * Reads a CSV whose header must be exactly `columns`, in that order. Faults go to `issues`
 * (a wrong header stops the file: its rows cannot be read safely); rows with the wrong number
 * of fields are reported and left out.
 */
type CsvRecords = { record: string[]; info: { lines: number } }[];

/**
 * The records of a CSV with no quote and no carriage return anywhere — every data file the importer writes: split on
 * newlines and commas, exactly what csv-parse gives for such text (an empty line skipped, a leading BOM dropped,
 * each record's line number), at a fraction of its time and garbage. Anything else goes to csv-parse.
 */
function plainRecords(text: string): CsvRecords | undefined {
  if (text.includes('"') || text.includes("\r")) return undefined;
  const lines = (text.startsWith("\uFEFF") ? text.slice(1) : text).split("\n");
  const records: CsvRecords = [];
  lines.forEach((line, i) => {
    if (line !== "") records.push({ record: line.split(","), info: { lines: i + 1 } });
  });
  return records;
}

export function readCsvTable(text: string, file: string, columns: readonly string[], issues: DataIssue[]): CsvRow[] {
  let records: CsvRecords;
  try {
    records =
      plainRecords(text) ??
      (parse(text, {
        relax_column_count: true,
        skip_empty_lines: true,
        info: true,
        bom: true,
      }) as unknown as typeof records);
  } catch (error) {
    issues.push({
      file,
      expected: "well-formed CSV (RFC 4180)",
      got: error instanceof Error ? error.message : String(error),
    });
    return [];
  }
  const [header, ...body] = records;
  if (!header) {
    issues.push({ file, line: 1, expected: `a header row: ${columns.join(",")}`, got: "an empty file" });
    return [];
  }
  const got = header.record;
  if (got.length !== columns.length || got.some((name, i) => name !== columns[i])) {
    const missing = columns.filter((c) => !got.includes(c));
    const unexpected = got.filter((c) => !columns.includes(c));
    const detail = [
      missing.length ? `missing ${missing.join(", ")}` : "",
      unexpected.length ? `unexpected ${unexpected.join(", ")}` : "",
      !missing.length && !unexpected.length ? "columns out of order" : "",
    ]
      .filter(Boolean)
      .join("; ");
    issues.push({
      file,
      line: 1,
      field: "header",
      expected: `the columns ${columns.join(",")} (${detail})`,
      got: got.join(","),
    });
    return [];
  }
  const rows: CsvRow[] = [];
  for (const { record, info } of body) {
    if (record.length !== columns.length) {
      issues.push({
        file,
        line: info.lines,
        expected: `${columns.length} fields`,
        got: `${record.length} fields (a truncated or malformed row)`,
      });
      continue;
    }
    const cells: Record<string, string> = {};
    columns.forEach((c, i) => (cells[c] = record[i] ?? ""));
    rows.push({ line: info.lines, cells });
  }
  return rows;
}
