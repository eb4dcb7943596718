import type { Dataset } from "../../data/dataset";
import { cachedBody, CSV_CONTENT_TYPE, type CachedBody } from "../cache";
import { chartCsvMetadata, chartTableToCsv } from "../../export/chart-csv";
import type { CsvMetadata } from "../../export/metadata";
import { writeXlsx, XLSX_CONTENT_TYPE } from "../../export/write-xlsx";
import type { ChartRequest } from "./chart-request";

type ChartOk = Extract<ChartRequest, { ok: true }>;

/** The CSV file name of a chart request (the metadata describes the CSV, the workbook carries the same metadata). */
function csvFileName(req: ChartOk): string {
  return req.fileName.replace(/\.xlsx$/, ".csv");
}

export function chartMetadata(slug: string, req: ChartOk, ds: Dataset): CsvMetadata {
  const qs = new URLSearchParams(req.parameters).toString();
  return chartCsvMetadata(
    req.view,
    req.table,
    {
      fileName: csvFileName(req),
      csv: `/api/releases/${slug}/charts/${req.chart}.csv?${qs}`,
      parameters: { slug, ...req.parameters },
    },
    ds.sources,
  );
}

export function chartCsvBody(req: ChartOk): CachedBody {
  return cachedBody(chartTableToCsv(req.table, { bom: req.bom }), CSV_CONTENT_TYPE, req.fileName);
}

export async function chartXlsxBody(slug: string, req: ChartOk, ds: Dataset): Promise<CachedBody> {
  const bytes = await writeXlsx(req.table, chartMetadata(slug, req, ds));
  return cachedBody(bytes, XLSX_CONTENT_TYPE, req.fileName);
}
