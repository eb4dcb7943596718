import { chartCsvDownloadUrl, revisionsCsvDownloadUrl } from "../download-url";
import type { AnyEmbedOptions, EmbedSize } from "./options";
import { OPTION_DEFAULTS, OPTION_KEYS, type EmbedChart } from "./chart-options";

/**
 * The widget's URL with only the options that differ from their defaults, in a fixed order, so one widget state
 * has one URL (for the snippet, oEmbed and caches).
 */
export function embedPath(w: AnyEmbedOptions): string {
  const defaults = OPTION_DEFAULTS[w.chart];
  const options = w.options as Record<string, unknown>;
  const params = new URLSearchParams();
  for (const key of OPTION_KEYS[w.chart]) {
    const value = options[key];
    if ((typeof value === "string" || typeof value === "number") && value !== defaults[key])
      params.set(key, String(value));
  }
  const query = params.toString();
  return `/embed/${w.chart}${query ? `?${query}` : ""}`;
}

/**
 * The page of the widget's data tables alone (GET /embed/{chart}/table), with the same options; `only` "history"
 * keeps the rank's history alone.
 */
export function embedTablePath(w: AnyEmbedOptions, only?: "history"): string {
  const [path, query] = embedPath(w).split("?");
  const params = new URLSearchParams(query);
  if (only) params.set("table", only);
  const q = params.toString();
  return `${path}/table${q ? `?${q}` : ""}`;
}

/**
 * The dashboard showing the same release, language, perspective, basis and range (its query string, see
 * lib/http/dashboard-state.ts), scrolled to the chart, or for the figure card to the figure's check.
 */
export function dashboardPath(
  w: AnyEmbedOptions,
  latestSlug: string | undefined,
  resolvedRange?: { from: string; to: string },
): string {
  const o = w.options;
  const params = new URLSearchParams();
  if (o.lang !== "es") params.set("lang", o.lang);
  if ("perspective" in o && o.perspective !== "mx") params.set("perspective", o.perspective);
  if (w.chart === "series" && w.options.basis !== "SA") params.set("basis", w.options.basis);
  if (w.chart === "series" || w.chart === "rank") {
    const r = w.options;
    if ((r.from || r.to) && resolvedRange) params.set("range", `${resolvedRange.from}..${resolvedRange.to}`);
    else if (r.range && r.range !== "5y") params.set("range", r.range);
  }
  // A figure's history has its own page, always under the release's name.
  if (w.chart === "revisions") {
    const slug = o.release ?? latestSlug ?? "";
    const query = params.toString();
    return `/releases/${slug}/revisions/${w.options.figure}${query ? `?${query}` : ""}`;
  }
  const base = o.release && o.release !== latestSlug ? `/releases/${o.release}` : "/";
  const query = params.toString();
  const anchor = w.chart === "figure" ? `check-claim-${w.options.figure}` : `chart-${w.chart}`;
  return `${base}${query ? `?${query}` : ""}#${anchor}`;
}

/**
 * The CSV of exactly the data a widget shows (Excel-ready, bom=1), at the URLs of the data endpoints (issue 4):
 * the series it draws; the release month, bridge, ranks or other figures' table of its release; for the figure card,
 * the checks.
 */
export function csvPath(
  w: AnyEmbedOptions,
  releaseSlug: string,
  range?: { from: string; to: string },
  revisions?: { partner: string; flow: string; basis: string; period: string },
): string {
  const slug = encodeURIComponent(releaseSlug);
  const params = new URLSearchParams();
  switch (w.chart) {
    case "series":
      params.set("partner", "MX");
      params.set("basis", w.options.basis);
      if (range) {
        params.set("from", range.from);
        params.set("to", range.to);
      }
      params.set("perspective", w.options.perspective);
      params.set("bom", "1");
      return `/api/series.csv?${params.toString()}`;
    case "release-month":
    case "bridge":
      params.set("perspective", w.options.perspective);
      params.set("bom", "1");
      return `/api/releases/${slug}/charts/${w.chart}.csv?${params.toString()}`;
    case "rank":
      if (range) {
        params.set("from", range.from);
        params.set("to", range.to);
      }
      params.set("bom", "1");
      return `/api/releases/${slug}/charts/ranks.csv?${params.toString()}`;
    case "figure":
      params.set("lang", w.options.lang);
      params.set("bom", "1");
      return `/api/releases/${slug}/checks.csv?${params.toString()}`;
    case "revisions":
      return revisions ? revisionsCsvDownloadUrl(revisions) : `/api/releases/${slug}/checks.csv?bom=1`;
    case "claimed-levels":
    case "claimed-growth":
    case "claimed-shares":
      return chartCsvDownloadUrl(releaseSlug, w.chart, { perspective: w.options.perspective }, w.options.lang);
  }
}

/**
 * Default iframe heights (CSS px) per widget and size: tall enough for the whole widget from 320 to 720 px wide
 * without the loader (measured in Chromium; tests/e2e/embed-widget.test.ts checks 320 and 720 px).
 */
const HEIGHTS: Record<Exclude<EmbedChart, ClaimedWidget>, Record<EmbedSize, number>> = {
  "release-month": { s: 767, m: 797, l: 847 },
  bridge: { s: 677, m: 742, l: 827 },
  series: { s: 537, m: 602, l: 692 },
  rank: { s: 682, m: 747, l: 832 },
  figure: { s: 502, m: 502, l: 502 },
  revisions: { s: 560, m: 625, l: 710 },
};

type ClaimedWidget = "claimed-levels" | "claimed-growth" | "claimed-shares";
const isClaimed = (chart: EmbedChart): chart is ClaimedWidget => chart.startsWith("claimed-");

/**
 * A widget of a release's other figures grows with their number: its bars are drawn at most CLAIMED_WIDTH[size] px
 * wide (lib/render/widget-css.ts), `drawn` units of the drawing's 420 tall (claimedBarsHeight in
 * lib/render/claimed-svg.ts); around them, the frame's words: at most 439 px, measured in Chromium over every such
 * widget of the library in both languages and every size, at 320 px (where the source line wraps most) and 720 px.
 */
export const CLAIMED_WIDTH: Record<EmbedSize, number> = { s: 360, m: 480, l: 640 };
const CLAIMED_FRAME = 445;
/** When the drawing is not known (no release chosen yet): four figures of one line each. */
const CLAIMED_DRAWN_UNKNOWN = 4 * 72 + 8;

export function defaultHeight(chart: EmbedChart, size: EmbedSize, drawn?: number | null): number {
  if (!isClaimed(chart)) return HEIGHTS[chart][size];
  return CLAIMED_FRAME + Math.ceil(((drawn ?? CLAIMED_DRAWN_UNKNOWN) * CLAIMED_WIDTH[size]) / 420);
}

/** Height of the drawing area of a chart's SVG, in viewBox units (the SVG scales with the frame's width). */
export const PLOT_HEIGHT: Record<EmbedSize, number> = { s: 200, m: 260, l: 340 };
