import type { Dataset } from "../data/dataset";
import type { ChecksReport } from "../checks/schema";
import type { CachedBody } from "../http/cache";
import { cachedBody } from "../http/cache";
import { getSeries } from "../data/query-series";
import { seriesQuerySchema } from "../http/series-query";
import { seriesCsvBody, seriesMetadataBody } from "../http/downloads/series-responses";
import { checksCsvBody, checksMetadataBody } from "../http/downloads/checks-responses";
import { seriesFileName } from "./series-csv";
import { checksFileName } from "./checks-csv";
import { checksCsvMetadata, seriesCsvMetadata } from "./metadata";
import { bundleReadme, README_NAME, type BundledFile } from "./bundle-readme";
import { deterministicZip } from "./deterministic-zip";

/** "Download all data" as one file: every common CSV, its metadata.json and a README.md. */
export const BUNDLE_FILE_NAME = "balanza_all-data.zip";

const bytesOf = (body: string | Uint8Array) => (typeof body === "string" ? new TextEncoder().encode(body) : body);

/**
 * The downloads most readers want, built once at `next build` and served as files: Mexico's whole series on
 * each basis (every month, every flow, US side) and every release's checks, each CSV Excel-ready (with a BOM)
 * and with its metadata, and all of them in one ZIP with a README. Each CSV and metadata body is byte for byte
 * what the query API answers for the same request; the ZIP is deterministic (fixed entry times).
 */
export function commonDownloads(ds: Dataset, reports: readonly ChecksReport[]): Map<string, CachedBody> {
  const files = new Map<string, CachedBody>();
  const bundled: BundledFile[] = [];
  const partner = ds.partners.get("2010");
  if (partner) {
    for (const basis of ["SA", "NSA"] as const) {
      const series = getSeries(ds, seriesQuerySchema.parse({ partner: "MX", basis }));
      if (series.points.length === 0) continue;
      const csv = seriesFileName(series, partner);
      const meta = seriesFileName(series, partner, "metadata.json");
      files.set(csv, seriesCsvBody(series, partner, true));
      files.set(meta, seriesMetadataBody(series, partner));
      bundled.push({ fileName: csv, metadataFileName: meta, metadata: seriesCsvMetadata(series, partner) });
    }
  }
  for (const report of reports) {
    const lang = report.release.language;
    const csv = checksFileName(report.release.slug, lang);
    const meta = checksFileName(report.release.slug, lang, "metadata.json");
    files.set(csv, checksCsvBody(report, lang, true, ds.partners));
    files.set(meta, checksMetadataBody(report, lang, ds.sources));
    bundled.push({ fileName: csv, metadataFileName: meta, metadata: checksCsvMetadata(report, lang, ds.sources) });
  }
  const vintages = [...new Set(bundled.flatMap((f) => f.metadata.sources.map((s) => s.vintage)))].sort();
  const entries: Array<[string, Uint8Array]> = [[README_NAME, bytesOf(bundleReadme(bundled, { vintages }))]];
  for (const f of bundled)
    for (const name of [f.fileName, f.metadataFileName]) entries.push([name, bytesOf(files.get(name)!.body)]);
  files.set(BUNDLE_FILE_NAME, cachedBody(deterministicZip(entries), "application/zip", BUNDLE_FILE_NAME));
  return files;
}
