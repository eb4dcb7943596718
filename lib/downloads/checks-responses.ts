import type { Lang } from "../format";
import type { ChecksReport } from "../schema/checks";
import type { Perspective, Source } from "../schema/dataset";
import { cachedBody, CSV_CONTENT_TYPE, type CachedBody } from "../http-cache";
import { checksFileName, checksToCsv } from "./checks-csv";
import { checksCsvMetadata } from "./metadata";

export function checksJsonBody(report: ChecksReport): CachedBody {
  return cachedBody(JSON.stringify(report), "application/json");
}

export function checksCsvBody(report: ChecksReport, lang: Lang, bom: boolean, perspective: Perspective | null = null): CachedBody {
  return cachedBody(checksToCsv(report, lang, { bom }, perspective), CSV_CONTENT_TYPE, checksFileName(report.release.slug, lang, "csv", perspective));
}

export function checksMetadataBody(report: ChecksReport, lang: Lang, sources: ReadonlyMap<string, Source>, perspective: Perspective | null = null): CachedBody {
  return cachedBody(JSON.stringify(checksCsvMetadata(report, lang, sources, perspective), null, 2), "application/json");
}
