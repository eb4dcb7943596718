import type { ClaimedChart } from "../views/types";
import type { Lang } from "../i18n/format";
import type { Basis, Perspective } from "../data/schema";
import type { SeriesQuery } from "./series-query";

/**
 * What a chart shows: the state its "Download CSV" link must reproduce exactly (a series query; partner MX by default).
 */
export type SeriesDownloadState = Omit<SeriesQuery, "partner"> & {
  /** MX, CA, CN or a four-digit Census code. */
  partner?: string;
};

// PARTNER_ALIASES of lib/http/series-query.ts, reversed; written out so the browser bundle needs no zod (a unit test
// keeps them equal).
export const CODE_TO_ALIAS: ReadonlyMap<string, string> = new Map([
  ["2010", "MX"],
  ["1220", "CA"],
  ["5700", "CN"],
]);

/** The canonical query string of a series query: fixed parameter order, aliases for MX/CA/CN, defaults written out. */
export function seriesQueryString(
  state: SeriesDownloadState | SeriesQuery,
  extra: Record<string, string> = {},
): string {
  const partner = state.partner ?? "MX";
  const params = new URLSearchParams({ partner: CODE_TO_ALIAS.get(partner) ?? partner.toUpperCase() });
  if (state.flow) params.set("flow", state.flow);
  params.set("basis", state.basis);
  if (state.from) params.set("from", state.from);
  if (state.to) params.set("to", state.to);
  params.set("perspective", state.perspective);
  if (state.vintage) params.set("vintage", state.vintage);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params.toString();
}

/**
 * The CSV of exactly what a chart shows, Excel-ready (bom=1): `/api/series.csv?partner=MX&basis=SA&…&bom=1`; for a
 * Spanish reader, `lang=es` names the partner in Spanish (English is the API's default).
 */
export function seriesCsvDownloadUrl(state: SeriesDownloadState, lang?: Lang): string {
  return `/api/series.csv?${seriesQueryString(state, { ...(lang === "es" ? { lang } : {}), bom: "1" })}`;
}

/** A release's checks as CSV, Excel-ready, with explanations in `lang`; with `perspective`, restated from that side. */
export function checksCsvDownloadUrl(slug: string, lang?: Lang, perspective?: Perspective): string {
  const params = new URLSearchParams({ ...(lang ? { lang } : {}), ...(perspective ? { perspective } : {}), bom: "1" });
  return `/api/releases/${encodeURIComponent(slug)}/checks.csv?${params.toString()}`;
}

/** The revision history of one month of one series as CSV, Excel-ready: exactly a revision chart's values. */
export function revisionsCsvDownloadUrl(q: { partner: string; flow: string; basis: string; period: string }): string {
  const params = new URLSearchParams({ partner: q.partner, flow: q.flow, basis: q.basis, period: q.period, bom: "1" });
  return `/api/revisions.csv?${params.toString()}`;
}

/** "Download all data": the whole series (every month, every flow) of a partner on a basis, Excel-ready. */
export function allDataDownloadUrl(basis: Basis = "SA", perspective: Perspective = "us"): string {
  return seriesCsvDownloadUrl({ partner: "MX", basis, perspective });
}

/** The CSV of one of a release's dashboard charts, for the chart's current state, Excel-ready. */
export function chartCsvDownloadUrl(
  slug: string,
  chart: "release-month" | "bridge" | "ranks" | ClaimedChart,
  state: { perspective?: Perspective; from?: string; to?: string },
  lang?: Lang,
): string {
  const params = new URLSearchParams();
  if (chart === "ranks") {
    if (state.from) params.set("from", state.from);
    if (state.to) params.set("to", state.to);
  } else if (state.perspective) params.set("perspective", state.perspective);
  if (lang === "es") params.set("lang", lang);
  params.set("bom", "1");
  return `/api/releases/${encodeURIComponent(slug)}/charts/${chart}.csv?${params.toString()}`;
}

/**
 * The XLSX beside a CSV download URL: the same path with `.xlsx`, the same query without `bom`, and `lang` for names.
 */
export function xlsxBesideCsv(csvUrl: string, lang?: Lang): string {
  const [path = "", query = ""] = csvUrl.split("?");
  const params = new URLSearchParams(query);
  params.delete("bom");
  if (lang && lang !== "en" && /\/(series|charts\/[a-z-]+)\.csv$/.test(path)) params.set("lang", lang);
  const qs = params.toString();
  return `${path.replace(/\.csv$/, ".xlsx")}${qs ? `?${qs}` : ""}`;
}

/**
 * The image of a chart or the figure card, drawn on the server: `/api/images/{chart}.{svg|png}?…` (widget options).
 */
export function chartImageUrl(
  chart: "release-month" | "bridge" | "series" | "rank" | "figure",
  format: "svg" | "png",
  options: Record<string, string | undefined>,
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(options)) if (value !== undefined) params.set(key, value);
  const qs = params.toString();
  return `/api/images/${chart}.${format}${qs ? `?${qs}` : ""}`;
}
