import { parse } from "csv-parse/sync";
import { describeWideLayouts, importCensus, importCensusRecords, matchWideLayout, type ImportedCensus } from "./census";
import { ImportError } from "./import-error";
import {
  describeLongLayouts,
  importCensusCountryPage,
  importChartbook,
  importFred,
  importPressFirstRelease,
  matchLongCsvLayout,
  type ImportedLong,
} from "./long";
import { readXlsxRecords } from "./xlsx";

export type ImportedFile = ImportedCensus | ImportedLong;

export interface RawFileContext {
  /** The URL of the source being imported: picks that source's rows out of a compilation of several. */
  sourceUrl: string;
  /** English partner names → Census codes, for files that name partners instead of coding them. */
  partnerByName: ReadonlyMap<string, string>;
}

function firstCsvRecord(text: string): string[] {
  try {
    const records: string[][] = parse(text, { to_line: 1, relax_column_count: true, bom: true });
    return records[0] ?? [];
  } catch {
    return [];
  }
}

/**
 * Reads one raw file of shared/data/raw in whichever layout it is (by its content, not its name) and converts it;
 * a file of any other layout is refused with the layouts that are known.
 */
export async function importRawFile(bytes: Buffer, file: string, ctx: RawFileContext): Promise<ImportedFile> {
  if (bytes.subarray(0, 2).toString("latin1") === "PK") {
    return importCensusRecords(await readXlsxRecords(bytes, file), file);
  }
  const text = bytes.toString("utf8");
  if (text.includes("| Year | Month |")) return importCensusCountryPage(text, file);
  const header = firstCsvRecord(text);
  if (matchWideLayout(header)) return importCensus(text, file);
  switch (matchLongCsvLayout(header)) {
    case "fred":
      return importFred(text, file);
    case "chartbook-trade-partner":
      return importChartbook(text, file);
    case "press-first-release":
      return importPressFirstRelease(text, file, ctx.sourceUrl, ctx.partnerByName);
    case null:
      break;
  }
  throw new ImportError(
    `${file}: unrecognised layout. Expected ${describeWideLayouts()}; or ${describeLongLayouts()}. ` +
      `Got "${header.slice(0, 6).join(",")}${header.length > 6 ? ",…" : ""}" (${header.length} columns).`,
  );
}
