import ExcelJS from "exceljs";
import { ImportError } from "./import-error";

/**
 * The first worksheet of an .xlsx as rows of text, header first. Numbers are written as JavaScript writes a double
 * (the shortest text that reads back as the same number, as pandas does), so 33257.3 stays "33257.3".
 * exceljs rather than hand-written OOXML parsing: shared strings, inline strings and number cells all come out right.
 */
export async function readXlsxRecords(bytes: Buffer, file: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new ImportError(
      `${file}: not a readable .xlsx workbook: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ImportError(`${file}: the workbook has no worksheet`);
  const width = sheet.getRow(1).cellCount;
  const records: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) {
      const value = row.getCell(c).value;
      if (value === null || value === undefined) cells.push("");
      else if (typeof value === "number" || typeof value === "string") cells.push(String(value));
      else
        throw new ImportError(
          `${file}, sheet "${sheet.name}", row ${rowNumber}, column ${c}: expected a number or ` +
            `text, got ${JSON.stringify(value)}`,
        );
    }
    records.push(cells);
  });
  return records;
}
