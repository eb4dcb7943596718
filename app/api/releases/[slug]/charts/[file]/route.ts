import { getDataset } from "@/lib/data/get-dataset";
import { getChecksReport, getRelease, listReleaseSlugs } from "@/lib/checks/release-checks";
import { readChartRequest } from "@/lib/http/downloads/chart-request";
import { chartCsvBody, chartMetadata, chartXlsxBody } from "@/lib/http/downloads/chart-responses";
import {
  AsyncBodyMemo,
  BodyMemo,
  cachedBody,
  corsPreflight,
  dataError,
  respondCached,
  unknownReleaseError,
} from "@/lib/http/cache";

export const OPTIONS = corsPreflight;

const memo = new BodyMemo();
const xlsxMemo = new AsyncBodyMemo();

/**
 * The numbers a dashboard chart draws, as CSV (`{chart}.csv`), XLSX (`{chart}.xlsx`) or their metadata
 * (`{chart}.metadata.json`).
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; file: string }> }) {
  const { slug, file } = await params;
  const release = getRelease(slug);
  if (!release) return dataError(404, unknownReleaseError(slug, listReleaseSlugs()));
  const ds = getDataset();
  const req = readChartRequest(ds, release, getChecksReport(slug), file, new URL(request.url).searchParams);
  if (!req.ok) return dataError(req.status, req.error);
  const key = `${slug}|${file}|${new URLSearchParams(req.parameters).toString()}|${req.bom}`;
  if (req.format === "xlsx") return respondCached(request, await xlsxMemo.get(key, () => chartXlsxBody(slug, req, ds)));
  const entry = memo.get(key, () =>
    req.format === "csv"
      ? chartCsvBody(req)
      : cachedBody(JSON.stringify(chartMetadata(slug, req, ds), null, 2), "application/json"),
  );
  return respondCached(request, entry);
}
