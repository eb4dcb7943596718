import type { Lang } from "../../i18n/format";
import type { ChecksReport } from "../../checks/schema";
import type { Perspective, Source } from "../../data/schema";
import { cachedBody, CSV_CONTENT_TYPE, type CachedBody } from "../cache";
import { checksFileName, checksToCsv } from "../../export/checks-csv";
import { checksCsvMetadata } from "../../export/metadata";

export function checksJsonBody(report: ChecksReport): CachedBody {
  return cachedBody(JSON.stringify(report), "application/json");
}

export function checksCsvBody(
  report: ChecksReport,
  lang: Lang,
  bom: boolean,
  perspective: Perspective | null = null,
): CachedBody {
  return cachedBody(
    checksToCsv(report, lang, { bom }, perspective),
    CSV_CONTENT_TYPE,
    checksFileName(report.release.slug, lang, "csv", perspective),
  );
}

export function checksMetadataBody(
  report: ChecksReport,
  lang: Lang,
  sources: ReadonlyMap<string, Source>,
  perspective: Perspective | null = null,
): CachedBody {
  return cachedBody(JSON.stringify(checksCsvMetadata(report, lang, sources, perspective), null, 2), "application/json");
}
