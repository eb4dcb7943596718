import { stringify } from "csv-stringify/sync";
import { REPORTED_COLUMNS, WIDE_COLUMNS } from "../census-layout";
import type { ImportedFile } from "./raw-file";

/** The text of the file data/ keeps for an import: header, then one row per line, "\n" line ends. */
export function convertedFileText(imported: ImportedFile): string {
  const columns = imported.kind === "census-wide" ? WIDE_COLUMNS : REPORTED_COLUMNS;
  return stringify([[...columns], ...imported.rows], { record_delimiter: "\n" });
}
