import Papa from "papaparse";

/**
 * Reads a CSV with papaparse (independent of the csv-stringify that wrote it): header row, every cell as text.
 * Every record, the last included, must end with CRLF.
 */
export function readCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  if (!text.endsWith("\r\n")) throw new Error("CSV does not end with CRLF");
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, "").slice(0, -2), {
    header: true,
    newline: "\r\n",
  });
  if (result.errors.length > 0) throw new Error(`CSV does not parse: ${JSON.stringify(result.errors.slice(0, 3))}`);
  return { header: result.meta.fields ?? [], rows: result.data };
}

/** The first character of a text cell can never start a formula (OWASP): neutralised cells begin with '. */
export const FORMULA_TRIGGERS = ["=", "+", "-", "@", "\t", "\r"];
