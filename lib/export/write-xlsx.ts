import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import type { CsvCell } from "./write-csv";
import type { CsvMetadata } from "./metadata";
import { formatCsvNumber } from "./csv-cell";
import { deterministicZip } from "./deterministic-zip";

/** A table as every download writes it: the CSV's columns and rows, exactly. */
export interface DataTable {
  columns: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
// Not 9: exceljs leaves a column of its default width (9) out of <cols>, and readers then use their own default.
const MIN_WIDTH = 10;
const MAX_WIDTH = 60;

/**
 * A number format that shows thousands separators and exactly the decimals the value has (no rounding hidden by
 * the format, and no trailing "." that `#,##0.###` leaves on whole numbers in Excel).
 */
export function thousandsFormat(value: number): string {
  const decimals = formatCsvNumber(value).split(".")[1]?.length ?? 0;
  return decimals === 0 ? "#,##0" : `#,##0.${"0".repeat(Math.min(decimals, 15))}`;
}

/** About as wide as a cell's text shows: a number with its separators, a text by its longest line. */
function shownWidth(cell: CsvCell): number {
  if (cell === null) return 0;
  if (typeof cell === "number")
    return new Intl.NumberFormat("en-US", { maximumFractionDigits: 15 }).format(cell).length;
  return Math.max(0, ...cell.split(/\r\n|\r|\n/).map((line) => line.length));
}

/** The workbook's dates: the data's last update (the metadata's, deterministic), not the time of the request. */
function workbookDate(meta: CsvMetadata): Date {
  const day = meta.lastUpdated && /^\d{4}-\d{2}(-\d{2})?$/.test(meta.lastUpdated) ? meta.lastUpdated : "2000-01-01";
  return new Date(`${day.length === 7 ? `${day}-01` : day}T00:00:00Z`);
}

function aboutRows(meta: CsvMetadata): Array<[string, string]> {
  return [
    ["title", meta.title],
    ["description", meta.description],
    ["units", meta.units],
    ["file", meta.fileName],
    ...meta.sources.map((s): [string, string] => [
      "source",
      `${s.publisher}, "${s.title}" (${s.basis}, vintage ${s.vintage}), ${s.url} [id ${s.id}]`,
    ]),
    ["vintage", meta.vintage ?? ""],
    ["citation", meta.citation],
    ["license", meta.license],
    ["query (CSV)", meta.query.csv],
    ...(meta.query.json ? [["query (JSON)", meta.query.json] as [string, string]] : []),
    ...Object.entries(meta.query.parameters).map(([k, v]): [string, string] => [`parameter ${k}`, v]),
    ["last updated", meta.lastUpdated ?? ""],
    ...Object.entries(meta.columns).map(([name, c]): [string, string] => [
      `column ${name}`,
      `${c.description}${c.unit ? ` (${c.unit})` : ""}`,
    ]),
  ];
}

/**
 * The CSV's table as an XLSX workbook, through exceljs: a "Data" sheet with the same columns and rows (numbers as
 * numbers in a thousands-separator format, text as text: a cell is never a formula, whatever it holds, so text is
 * written as it is, without the CSV's leading `'`), the header row frozen, column widths fitted to the text, and an
 * "About" sheet with the metadata. The archive is rewritten with fixed entry times so the bytes are deterministic.
 */
export async function writeXlsx(table: DataTable, meta: CsvMetadata): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const date = workbookDate(meta);
  wb.creator = "Balanza";
  wb.lastModifiedBy = "Balanza";
  wb.created = date;
  wb.modified = date;
  wb.title = meta.title;

  const data = wb.addWorksheet("Data", { views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2" }] });
  const widths = table.columns.map((c) => c.length);
  data.addRow([...table.columns]).font = { bold: true };
  for (const row of table.rows) {
    const added = data.addRow(row.map((cell) => (cell === null ? null : cell)));
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, shownWidth(cell));
      const target = added.getCell(i + 1);
      if (typeof cell === "number") target.numFmt = thousandsFormat(cell);
      // A text cell is a string value, never { formula }: exceljs writes it as a shared string, which no
      // spreadsheet evaluates, so "=HYPERLINK(…)", "+1" or "@SUM(…)" stay the words they are.
      else if (typeof cell === "string") target.value = cell;
    });
  }
  data.columns.forEach((col, i) => {
    col.width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, (widths[i] ?? 0) + 2));
  });

  const about = wb.addWorksheet("About");
  about.addRow(["field", "value"]).font = { bold: true };
  for (const [field, value] of aboutRows(meta)) about.addRow([field, value]);
  about.getColumn(1).width = 28;
  about.getColumn(2).width = 100;
  about.getColumn(2).alignment = { wrapText: true, vertical: "top" };

  const written = new Uint8Array(await wb.xlsx.writeBuffer());
  return deterministicZip(Object.entries(unzipSync(written)));
}
