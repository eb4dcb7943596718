import "server-only";
import { getDataset } from "../dataset";
import { getChecksReport, listReleaseSlugs } from "../releases";
import type { CachedBody } from "../http-cache";
import { commonDownloads } from "./common-downloads";

let cached: Map<string, CachedBody> | undefined;

/** The common downloads of the loaded dataset, by file name (memoised: the dataset does not change while running). */
export function getCommonDownloads(): Map<string, CachedBody> {
  cached ??= commonDownloads(getDataset(), listReleaseSlugs().flatMap((slug) => getChecksReport(slug) ?? []));
  return cached;
}

/** The prerendered file URL of a common download. */
export function commonDownloadUrl(fileName: string): string {
  return `/api/downloads/${fileName}`;
}
