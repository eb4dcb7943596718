import { getDataset } from "@/lib/data/get-dataset";
import { readSeriesRequest } from "@/lib/http/downloads/series-request";
import { seriesMemoKey, seriesXlsxBody } from "@/lib/http/downloads/series-responses";
import { AsyncBodyMemo, corsPreflight, dataError, respondCached } from "@/lib/http/cache";

export const OPTIONS = corsPreflight;

const memo = new AsyncBodyMemo();

/**
 * The rows of /api/series.csv for the same query as an XLSX workbook (Data and About sheets); `lang` names partners.
 */
export async function GET(request: Request) {
  const req = readSeriesRequest(getDataset(), new URL(request.url).searchParams, { outputs: ["lang"], csv: true });
  if (!req.ok) return dataError(req.status, req.error);
  const { series, partner, lang } = req;
  return respondCached(
    request,
    await memo.get(seriesMemoKey(series, `xlsx${lang}`), () => seriesXlsxBody(series, partner, lang)),
  );
}
