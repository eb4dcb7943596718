import { getDataset } from "@/lib/data/get-dataset";
import { readSeriesRequest } from "@/lib/http/downloads/series-request";
import { seriesCsvBody, seriesMemoKey } from "@/lib/http/downloads/series-responses";
import { BodyMemo, corsPreflight, dataError, respondCached } from "@/lib/http/cache";

export const OPTIONS = corsPreflight;

const memo = new BodyMemo();

export function GET(request: Request) {
  const req = readSeriesRequest(getDataset(), new URL(request.url).searchParams, {
    outputs: ["bom", "lang"],
    csv: true,
  });
  if (!req.ok) return dataError(req.status, req.error);
  const { series, partner, bom, lang } = req;
  return respondCached(
    request,
    memo.get(seriesMemoKey(series, `csv${bom}${lang}`), () => seriesCsvBody(series, partner, bom, lang)),
  );
}
