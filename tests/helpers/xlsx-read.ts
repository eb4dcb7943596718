import * as XLSX from "xlsx";
import { unzipSync, strFromU8 } from "fflate";

/**
 * Reads a workbook with SheetJS, a different library from the exceljs that writes it: every sheet's rows as cell
 * objects (t = n for numbers, s for text; z = the number format; f = a formula, which must never appear).
 */
export function readWorkbook(bytes: Uint8Array) {
  const wb = XLSX.read(bytes, { type: "array", cellFormula: true, cellNF: true, cellStyles: true });
  const sheet = (name: string) => {
    const ws = wb.Sheets[name];
    if (!ws) throw new Error(`no sheet ${name}`);
    const range = XLSX.utils.decode_range(ws["!ref"] ?? "A1");
    const rows: Array<Array<XLSX.CellObject | undefined>> = [];
    for (let r = range.s.r; r <= range.e.r; r++) {
      const row: Array<XLSX.CellObject | undefined> = [];
      for (let c = range.s.c; c <= range.e.c; c++) row.push(ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject);
      rows.push(row);
    }
    return { rows, cols: ws["!cols"] ?? [] };
  };
  return { names: wb.SheetNames, sheet };
}

/** The XML parts of an XLSX (a ZIP), for what a reader library hides: formula elements, frozen panes. */
export function xlsxParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(
    Object.entries(files)
      .filter(([name]) => name.endsWith(".xml") || name.endsWith(".rels"))
      .map(([name, b]) => [name, strFromU8(b)]),
  );
}
