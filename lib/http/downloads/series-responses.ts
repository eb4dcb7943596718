import type { Series } from "../../data/query-series";
import type { Partner } from "../../data/schema";
import { cachedBody, CSV_CONTENT_TYPE, type CachedBody } from "../cache";
import { seriesFileName, seriesToCsv } from "../../export/series-csv";
import { seriesCsvMetadata } from "../../export/metadata";
import { seriesQueryString } from "../download-url";

/** The three bodies a series query can be answered with, and the memo key of each. */
export function seriesJsonBody(series: Series, vintages: readonly string[]): CachedBody {
  return cachedBody(
    JSON.stringify({
      query: series.query,
      vintage: series.vintage,
      source: series.source ?? null,
      sources: series.sources,
      /** Every vintage of this partner and basis, oldest first: what `vintage=` accepts. */
      vintages,
      spans: series.spans,
      gaps: series.gaps,
      points: series.points,
    }),
    "application/json",
  );
}

export function seriesCsvBody(series: Series, partner: Partner, bom: boolean): CachedBody {
  return cachedBody(seriesToCsv(series, { bom }), CSV_CONTENT_TYPE, seriesFileName(series, partner));
}

export function seriesMetadataBody(series: Series, partner: Partner): CachedBody {
  return cachedBody(JSON.stringify(seriesCsvMetadata(series, partner), null, 2), "application/json");
}

export function seriesMemoKey(series: Series, extra = ""): string {
  return `${seriesQueryString(series.query)}|${extra}`;
}
