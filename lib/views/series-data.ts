import type { Dataset } from "../data/dataset";
import type { Basis, Perspective } from "../data/schema";
import type { Release } from "../data/release-schema";
import { getSeries, wideSeriesFiles } from "../data/query-series";
import { seriesQuerySchema } from "../http/series-query";
import { seriesFetchRange, seriesView, type SeriesView } from "./series";
import { resolveRange, type RangeSpec } from "./range";
import { partnerName } from "./release-figures";
import { toChartSource } from "./sources";

/** First and last months of a partner's series on a basis (either flow, any official vintage); null when none. */
export function seriesBounds(ds: Dataset, partner: string, basis: Basis): { first: string; last: string } | null {
  let first: string | undefined;
  let last: string | undefined;
  for (const flow of ["exports", "imports"] as const)
    for (const o of ds.byKey.get(`${partner}|${flow}|${basis}`) ?? []) {
      if (o.kind !== "official") continue;
      if (!first || o.period < first) first = o.period;
      if (!last || o.period > last) last = o.period;
    }
  return first && last ? { first, last } : null;
}

/**
 * The months a partner can be ranked in: those of the all-partner files (Census's wide files) of the basis. A FRED
 * series or a country page holds one partner, so the months only they reach (imports from Mexico to 2026) have no
 * rank.
 */
export function rankBounds(ds: Dataset, partner: string, basis: Basis = "NSA"): { first: string; last: string } | null {
  const wide = new Set(wideSeriesFiles(ds, basis).map((s) => s.sourceId));
  let first: string | undefined;
  let last: string | undefined;
  for (const flow of ["exports", "imports"] as const)
    for (const o of ds.byKey.get(`${partner}|${flow}|${basis}`) ?? []) {
      if (o.kind !== "official" || !wide.has(o.sourceId)) continue;
      if (!first || o.period < first) first = o.period;
      if (!last || o.period > last) last = o.period;
    }
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
    claimedSpans: claimedSpansOf(opts.release, opts.partner),
    sources: series.sources.map(toChartSource),
    ...(claim?.periodAttribution.inferred ? { periodNote: claim.periodAttribution.reason } : {}),
  });
}

/** The spans of months a release's figures for `partner` sum (each once), first month to last. */
export function claimedSpansOf(
  release: { claims: ReadonlyArray<{ partner: string; months?: string[] | undefined }> } | undefined,
  partner: string,
): Array<{ first: string; last: string }> {
  const seen = new Map<string, { first: string; last: string }>();
  for (const c of release?.claims ?? []) {
    if (c.partner !== partner || !c.months || c.months.length < 2) continue;
    const first = c.months[0] ?? "";
    const last = c.months.at(-1) ?? "";
    seen.set(`${first}|${last}`, { first, last });
  }
  return [...seen.values()];
}
