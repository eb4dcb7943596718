import type { Series } from "../../data/query-series";
import type { Partner } from "../../data/schema";
import type { Lang } from "../../i18n/format";
import { cachedBody, CSV_CONTENT_TYPE, type CachedBody } from "../cache";
import { seriesCsvRows, seriesFileName, seriesToCsv, SERIES_CSV_COLUMNS } from "../../export/series-csv";
import { seriesCsvMetadata } from "../../export/metadata";
import { writeXlsx, XLSX_CONTENT_TYPE } from "../../export/write-xlsx";
import { seriesQueryString } from "../download-url";

/** The bodies a series query can be answered with, and the memo key of each. */
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

export function seriesCsvBody(series: Series, partner: Partner, bom: boolean, lang: Lang = "en"): CachedBody {
  return cachedBody(
    seriesToCsv(series, { partner, lang }, { bom }),
    CSV_CONTENT_TYPE,
    seriesFileName(series, partner, "csv", lang),
  );
}

/** The same rows as the CSV, as a workbook with an About sheet holding the CSV's metadata. */
export async function seriesXlsxBody(series: Series, partner: Partner, lang: Lang = "en"): Promise<CachedBody> {
  const bytes = await writeXlsx(
    { columns: SERIES_CSV_COLUMNS, rows: seriesCsvRows(series, { partner, lang }) },
    seriesCsvMetadata(series, partner, lang),
  );
  return cachedBody(bytes, XLSX_CONTENT_TYPE, seriesFileName(series, partner, "xlsx", lang));
}

export function seriesMetadataBody(series: Series, partner: Partner, lang: Lang = "en"): CachedBody {
  return cachedBody(JSON.stringify(seriesCsvMetadata(series, partner, lang), null, 2), "application/json");
}

export function seriesMemoKey(series: Series, extra = ""): string {
  return `${seriesQueryString(series.query)}|${extra}`;
}
