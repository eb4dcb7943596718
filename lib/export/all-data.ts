import type { Dataset } from "../data/dataset";
import type { ChecksReport } from "../checks/schema";
import type { CachedBody } from "../http/cache";
import { getSeries } from "../data/query-series";
import { seriesQuerySchema } from "../http/series-query";
import { seriesCsvBody, seriesMetadataBody } from "../http/downloads/series-responses";
import { checksCsvBody, checksMetadataBody } from "../http/downloads/checks-responses";
import { seriesFileName } from "./series-csv";
import { checksFileName } from "./checks-csv";

/**
 * The downloads most readers want, built once at `next build` and served as files: Mexico's whole series on
 * each basis (every month, every flow, US side) and every release's checks, each CSV Excel-ready (with a BOM)
 * and with its metadata. Each body is byte for byte what the query API answers for the same request.
 */
export function commonDownloads(ds: Dataset, reports: readonly ChecksReport[]): Map<string, CachedBody> {
  const files = new Map<string, CachedBody>();
  const partner = ds.partners.get("2010");
  if (partner) {
    for (const basis of ["SA", "NSA"] as const) {
      const series = getSeries(ds, seriesQuerySchema.parse({ partner: "MX", basis }));
      if (series.points.length === 0) continue;
      files.set(seriesFileName(series, partner), seriesCsvBody(series, partner, true));
      files.set(seriesFileName(series, partner, "metadata.json"), seriesMetadataBody(series, partner));
    }
  }
  for (const report of reports) {
    const lang = report.release.language;
    files.set(checksFileName(report.release.slug, lang), checksCsvBody(report, lang, true));
    files.set(checksFileName(report.release.slug, lang, "metadata.json"), checksMetadataBody(report, lang, ds.sources));
  }
  return files;
}
