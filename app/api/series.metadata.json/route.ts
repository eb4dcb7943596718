import { getDataset } from "@/lib/data/get-dataset";
import { readSeriesRequest } from "@/lib/http/downloads/series-request";
import { seriesMemoKey, seriesMetadataBody } from "@/lib/http/downloads/series-responses";
import { BodyMemo, corsPreflight, dataError, respondCached } from "@/lib/http/cache";

export const OPTIONS = corsPreflight;

const memo = new BodyMemo();

/** The companion of /api/series.csv for the same query: title, units, source, citation, licence, query. */
export function GET(request: Request) {
  const req = readSeriesRequest(getDataset(), new URL(request.url).searchParams, {
    outputs: ["lang"],
    csv: true,
  });
  if (!req.ok) return dataError(req.status, req.error);
  const { series, partner, lang } = req;
  return respondCached(
    request,
    memo.get(seriesMemoKey(series, `metadata${lang}`), () => seriesMetadataBody(series, partner, lang)),
  );
}
