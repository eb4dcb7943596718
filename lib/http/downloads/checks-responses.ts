import type { Lang } from "../../i18n/format";
import type { ChecksReport } from "../../checks/schema";
import type { Partner, Perspective, Source } from "../../data/schema";
import { cachedBody, CSV_CONTENT_TYPE, type CachedBody } from "../cache";
import { CHECKS_CSV_COLUMNS, checksCsvRows, checksFileName, checksToCsv } from "../../export/checks-csv";
import { checksCsvMetadata } from "../../export/metadata";
import { writeXlsx, XLSX_CONTENT_TYPE } from "../../export/write-xlsx";

export function checksJsonBody(report: ChecksReport): CachedBody {
  return cachedBody(JSON.stringify(report), "application/json");
}

export function checksCsvBody(
  report: ChecksReport,
  lang: Lang,
  bom: boolean,
  partners: ReadonlyMap<string, Partner>,
  perspective: Perspective | null = null,
): CachedBody {
  return cachedBody(
    checksToCsv(report, lang, partners, { bom }, perspective),
    CSV_CONTENT_TYPE,
    checksFileName(report.release.slug, lang, "csv", perspective),
  );
}

/** The checks CSV's rows as a workbook, its metadata on the About sheet. */
export async function checksXlsxBody(
  report: ChecksReport,
  lang: Lang,
  partners: ReadonlyMap<string, Partner>,
  sources: ReadonlyMap<string, Source>,
  perspective: Perspective | null = null,
): Promise<CachedBody> {
  const bytes = await writeXlsx(
    { columns: CHECKS_CSV_COLUMNS, rows: checksCsvRows(report, lang, partners, perspective) },
    checksCsvMetadata(report, lang, sources, perspective),
  );
  return cachedBody(bytes, XLSX_CONTENT_TYPE, checksFileName(report.release.slug, lang, "xlsx", perspective));
}

export function checksMetadataBody(
  report: ChecksReport,
  lang: Lang,
  sources: ReadonlyMap<string, Source>,
  perspective: Perspective | null = null,
): CachedBody {
  return cachedBody(JSON.stringify(checksCsvMetadata(report, lang, sources, perspective), null, 2), "application/json");
}
