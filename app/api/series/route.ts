import { getDataset } from "@/lib/data/get-dataset";
import { seriesVintages } from "@/lib/data/query-series";
import { readSeriesRequest } from "@/lib/http/downloads/series-request";
import { seriesCsvBody, seriesJsonBody, seriesMemoKey } from "@/lib/http/downloads/series-responses";
import { BodyMemo, corsPreflight, dataError, respondCached } from "@/lib/http/cache";

export const OPTIONS = corsPreflight;

const memo = new BodyMemo();

/** JSON by default ({ query, vintage, source, points }); `format=csv` gives the same rows as /api/series.csv. */
export function GET(request: Request) {
  const req = readSeriesRequest(getDataset(), new URL(request.url).searchParams, {
    outputs: ["format", "bom", "lang"],
    csv: false,
  });
  if (!req.ok) return dataError(req.status, req.error);
  const { series, partner, format, bom, lang } = req;
  const entry =
    format === "csv"
      ? memo.get(seriesMemoKey(series, `csv${bom}${lang}`), () => seriesCsvBody(series, partner, bom, lang))
      : memo.get(seriesMemoKey(series, "json"), () =>
          seriesJsonBody(series, seriesVintages(getDataset(), series.query.partner, series.query.basis)),
        );
  return respondCached(request, entry);
}
