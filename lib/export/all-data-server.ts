import "server-only";
import type { Basis, Perspective } from "../data/schema";
import type { Lang } from "../i18n/format";
import { getDataset } from "../data/get-dataset";
import { getChecksReport, listReleaseSlugs } from "../checks/release-checks";
import type { CachedBody } from "../http/cache";
import { getSeries } from "../data/query-series";
import { seriesQuerySchema } from "../http/series-query";
import { commonDownloads } from "./all-data";
import { checksFileName } from "./checks-csv";
import { seriesFileName, seriesSpan } from "./series-csv";
import { checksCsvDownloadUrl } from "../http/download-url";

let cached: Map<string, CachedBody> | undefined;

/** The common downloads of the loaded dataset, by file name (memoised: the dataset does not change while running). */
export function getCommonDownloads(): Map<string, CachedBody> {
  cached ??= commonDownloads(
    getDataset(),
    listReleaseSlugs().flatMap((slug) => getChecksReport(slug) ?? []),
  );
  return cached;
}

/** The prebuilt file URL of a common download. */
export function commonDownloadUrl(fileName: string): string {
  return `/api/downloads/${fileName}`;
}

export interface DownloadTarget {
  href: string;
  fileName: string;
}

/**
 * A release's checks CSV: the prebuilt file when there is one for `lang`, else the API (same bytes either way);
 * `restatedFrom`: the figures named and signed from that side, as the checks table shows them there (the API).
 */
export function checksDownload(slug: string, lang: Lang, restatedFrom?: Perspective): DownloadTarget {
  const fileName = checksFileName(slug, lang, "csv", restatedFrom ?? null);
  return {
    href:
      !restatedFrom && getCommonDownloads().has(fileName)
        ? commonDownloadUrl(fileName)
        : checksCsvDownloadUrl(slug, lang, restatedFrom),
    fileName,
  };
}

/** The whole series of Mexico on each basis, prebuilt, with its metadata. */
export function allDataDownloads(): Array<{
  basis: Basis;
  first: string;
  last: string;
  csv: DownloadTarget;
  metadata: DownloadTarget;
}> {
  const ds = getDataset();
  const partner = ds.partners.get("2010");
  if (!partner) return [];
  return (["SA", "NSA"] as const).flatMap((basis) => {
    const series = getSeries(ds, seriesQuerySchema.parse({ basis }));
    const span = seriesSpan(series);
    const csv = seriesFileName(series, partner);
    const metadata = seriesFileName(series, partner, "metadata.json");
    if (!span || !getCommonDownloads().has(csv)) return [];
    return [
      {
        basis,
        ...span,
        csv: { href: commonDownloadUrl(csv), fileName: csv },
        metadata: { href: commonDownloadUrl(metadata), fileName: metadata },
      },
    ];
  });
}
