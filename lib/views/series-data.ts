import type { Dataset } from "../data/dataset";
import type { Basis, Perspective } from "../data/schema";
import type { Release } from "../data/release-schema";
import { getSeries, latestSeriesFile } from "../data/query-series";
import { seriesQuerySchema } from "../http/series-query";
import { seriesFetchRange, seriesView, type SeriesView } from "./series";
import { resolveRange, type RangeSpec } from "./range";
import { partnerName } from "./release-figures";
import { toChartSource } from "./sources";

/** First and last months of a partner's series on a basis (latest vintage); null when there is none. */
export function seriesBounds(ds: Dataset, partner: string, basis: Basis): { first: string; last: string } | null {
  const file = latestSeriesFile(ds, basis);
  if (!file) return null;
  const periods = (ds.byKey.get(`${partner}|imports|${basis}`) ?? [])
    .filter((o) => o.vintage === file.vintage && o.kind === "official")
    .map((o) => o.period);
  const first = periods[0];
  const last = periods.at(-1);
  return first && last ? { first, last } : null;
}

/**
 * The series view straight from the dataset (the server's path; the client builds the same view from GET /api/series).
 */
export function seriesViewFromDataset(
  ds: Dataset,
  opts: { partner: string; basis: Basis; perspective: Perspective; range: RangeSpec; release?: Release },
): SeriesView {
  const bounds = seriesBounds(ds, opts.partner, opts.basis) ?? { first: "0000-01", last: "0000-01" };
  const { from, to } = resolveRange(opts.range, bounds);
  const fetch = seriesFetchRange({ from, to });
  const series = getSeries(
    ds,
    seriesQuerySchema.parse({
      partner: opts.partner,
      basis: opts.basis,
      perspective: opts.perspective,
      from: fetch.from,
      to: fetch.to,
    }),
  );
  const claim = opts.release?.claims.find((c) => c.partner === opts.partner);
  return seriesView({
    points: series.points,
    partner: opts.partner,
    partnerName: partnerName(ds, opts.partner),
    basis: opts.basis,
    perspective: opts.perspective,
    from,
    to,
    releasePeriod: claim?.period ?? null,
    source: series.source ? toChartSource(series.source) : null,
    ...(claim?.periodAttribution.inferred ? { periodNote: claim.periodAttribution.reason } : {}),
  });
}
