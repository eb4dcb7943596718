import { getDataset } from "@/lib/data/get-dataset";
import { getChecksReport, getRelease, listReleaseSlugs } from "@/lib/checks/release-checks";
import { readChartRequest } from "@/lib/http/downloads/chart-request";
import { chartCsvMetadata, chartTableToCsv } from "@/lib/export/chart-csv";
import {
  BodyMemo,
  cachedBody,
  corsPreflight,
  CSV_CONTENT_TYPE,
  dataError,
  respondCached,
  unknownReleaseError,
} from "@/lib/http/cache";

export const OPTIONS = corsPreflight;

const memo = new BodyMemo();

/** The numbers a dashboard chart draws, as CSV (`{chart}.csv`) or its metadata (`{chart}.metadata.json`). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; file: string }> }) {
  const { slug, file } = await params;
  const release = getRelease(slug);
  if (!release) return dataError(404, unknownReleaseError(slug, listReleaseSlugs()));
  const req = readChartRequest(getDataset(), release, getChecksReport(slug), file, new URL(request.url).searchParams);
  if (!req.ok) return dataError(req.status, req.error);
  const qs = new URLSearchParams(req.parameters).toString();
  const entry = memo.get(`${slug}|${file}|${qs}|${req.bom}`, () =>
    req.format === "csv"
      ? cachedBody(chartTableToCsv(req.table, { bom: req.bom }), CSV_CONTENT_TYPE, req.fileName)
      : cachedBody(
          JSON.stringify(
            chartCsvMetadata(
              req.view,
              req.table,
              {
                fileName: req.fileName,
                csv: `/api/releases/${slug}/charts/${req.chart}.csv?${qs}`,
                parameters: { slug, ...req.parameters },
              },
              getDataset().sources,
            ),
            null,
            2,
          ),
          "application/json",
        ),
  );
  return respondCached(request, entry);
}
