import "server-only";
import { getDataset } from "@/lib/data/get-dataset";
import { frontPageSlug, getChecksReport, getRelease, listReleaseSlugs } from "@/lib/checks/release-checks";
import { releasePartner } from "@/lib/views/release-figures";
import {
  bridgeView,
  DEFAULT_RANGE,
  rankView,
  releaseMonthView,
  resolveRange,
  rankBounds,
  seriesBounds,
  seriesViewFromDataset,
  type RangeSpec,
  type SeriesView,
} from "@/lib/views";
import type { Dataset } from "@/lib/data/dataset";
import type { Basis, Perspective } from "@/lib/data/schema";
import type { Release } from "@/lib/data/release-schema";
import type { ChartMeta } from "@/lib/views/types";
import { parseEmbedOptions, type AnyEmbedOptions } from "@/lib/http/embed/options";
import type { Lang } from "@/lib/i18n/format";
import { csvPath, dashboardPath, embedPath, PLOT_HEIGHT } from "@/lib/http/embed/urls";
import { messages } from "@/lib/i18n/messages";
import type { Html, HtmlValue } from "@/lib/render/html";
import { errorFrame } from "./error-frame";
import { widgetDocument } from "./widget-document";
import { widgetFrame } from "./widget-frame";
import { releaseMonthSvg } from "./release-month-svg";
import { bridgeSvg } from "./bridge-svg";
import { seriesSvg } from "./series-svg";
import { rankSvg } from "./rank-svg";
import { figureCard } from "./figure-card";
import { revisionChartSvg } from "./revision-svg";
import { tableRegions, widgetTables } from "./svg-parts";
import type { DataTable } from "@/lib/views/table";
import { tableText } from "./data-table";
import { html } from "@/lib/render/html";
import { revisableFigures, revisionChartView } from "@/lib/views/revision-history";
import { claimedFiguresView } from "@/lib/views/claimed-figures";
import { releaseCharts } from "@/lib/views/release-charts";
import type { ChecksReport } from "@/lib/checks/schema";
import type { EmbedChart } from "@/lib/http/embed/chart-options";
import { claimedBarsHeight, claimedWidgetSvg } from "./claimed-svg";

export interface WidgetResponse {
  status: 200 | 400 | 404;
  body: string;
}

/**
 * A from/to that misses the data altogether (`/api/series` answers it with a 404 naming the months there are): the
 * widget says so rather than quietly showing other months. A range that overlaps the data is trimmed to it.
 */
export function outsideData(
  o: { from?: string; to?: string },
  bounds: { first: string; last: string } | null,
  lang: Lang,
): WidgetResponse | null {
  if (!bounds) return null;
  const parameter = o.from && o.from > bounds.last ? "from" : o.to && o.to < bounds.first ? "to" : null;
  return parameter
    ? refusal(404, { problem: "no_data", parameter, allowed: [`${bounds.first}..${bounds.last}`], lang })
    : null;
}

export function rangeOf(
  o: { from?: string; to?: string; range?: "12m" | "5y" | "all" },
  bounds: { first: string; last: string } | null,
): RangeSpec {
  if (!o.from && !o.to) return o.range ? { preset: o.range } : DEFAULT_RANGE;
  return { preset: "custom", from: o.from ?? bounds?.first ?? "1985-01", to: o.to ?? bounds?.last ?? "2100-12" };
}

/** The series a widget (or its image) draws for a partner: on the options' basis and side, over their range. */
export function widgetSeriesView(
  ds: Dataset,
  release: Release,
  partner: string,
  o: { basis: Basis; perspective: Perspective; from?: string; to?: string; range?: "12m" | "5y" | "all" },
  bounds: { first: string; last: string } | null,
): SeriesView {
  return seriesViewFromDataset(ds, {
    partner,
    basis: o.basis,
    perspective: o.perspective,
    range: rangeOf(o, bounds),
    release,
  });
}

/** A widget page that refuses the request: its status, and the error frame that says why. */
function refusal(status: 400 | 404, e: Parameters<typeof errorFrame>[0]): WidgetResponse {
  return { status, body: errorFrame(e) };
}

/** A release of the library and its checks, by slug (the front page's when none is named); null for an unknown one. */
function releaseAndReport(slug: string | undefined): { release: Release; report: ChecksReport } | null {
  const s = slug ?? frontPageSlug();
  const release = s ? getRelease(s) : undefined;
  const report = s ? getChecksReport(s) : undefined;
  return release && report ? { release, report } : null;
}

/**
 * The widgets a release offers: the charts its page draws (lib/views/release-charts.ts), the card of any of its
 * figures, and how one of its one-month levels was revised when it states one.
 */
export function releaseWidgets(ds: Dataset, release: Release, report: ChecksReport): EmbedChart[] {
  return [
    ...releaseCharts(ds, release, report),
    ...(release.claims.length ? (["figure"] as const) : []),
    ...(revisableFigures(release).length ? (["revisions"] as const) : []),
  ];
}

/**
 * The first widget of a release that has something to show, for a dashboard URL's oEmbed: the release month when
 * the release states one of its flows, else the first chart of its other figures, else the card of its first
 * figure. The slug must be one of the library's; the front page's when absent.
 */
export function firstWidgetOf(slug: string | undefined): { chart: EmbedChart; figure?: string } {
  const found = releaseAndReport(slug);
  if (!found) return { chart: "release-month" };
  const { release, report } = found;
  const charts = releaseCharts(getDataset(), release, report);
  const first = charts.find((c) => c === "release-month" || c.startsWith("claimed-"));
  if (first) return { chart: first };
  const claim = release.claims[0];
  return claim ? { chart: "figure", figure: claim.id } : { chart: "release-month" };
}

/**
 * Whether a widget's release (the front page's when none is named) offers it: null when it does, else the widgets it
 * offers (for an oEmbed 404 that names them). An unknown release offers none.
 */
export function widgetNotOffered(w: AnyEmbedOptions): EmbedChart[] | null {
  const found = releaseAndReport(w.options.release);
  if (!found) return [];
  const offered = releaseWidgets(getDataset(), found.release, found.report);
  return offered.includes(w.chart) ? null : offered;
}

/**
 * A release to show a widget of, for the /embed gallery: the front page's when it offers that widget, else the
 * newest release that does; with its drawing's height (for a chart of other figures).
 */
export function exampleRelease(chart: EmbedChart): { slug: string; drawnHeight: number | null } | null {
  const ds = getDataset();
  const front = frontPageSlug();
  for (const slug of [...(front ? [front] : []), ...listReleaseSlugs()]) {
    const release = getRelease(slug);
    const report = getChecksReport(slug);
    if (!release || !report || !releaseWidgets(ds, release, report).includes(chart)) continue;
    // The widget with its own defaults (a cast would leave out its default perspective, and so its drawing's height).
    const w = parseEmbedOptions(chart, new URLSearchParams({ release: slug }));
    return { slug, drawnHeight: w.ok ? widgetDrawnHeight(w.value) : null };
  }
  return null;
}

/**
 * The drawing's height of a widget of a release's other figures (claimedBarsHeight: its snippet grows with it); null
 * for the other widgets.
 */
export function widgetDrawnHeight(w: AnyEmbedOptions): number | null {
  if (w.chart !== "claimed-levels" && w.chart !== "claimed-growth" && w.chart !== "claimed-shares") return null;
  const found = releaseAndReport(w.options.release);
  if (!found) return null;
  const view = claimedFiguresView(getDataset(), found.release, found.report, w.options.perspective).find(
    (v) => v.id === w.chart,
  );
  return view ? claimedBarsHeight(view.bars) : null;
}

/** What the frame around a chart says, in the widget's language, from the chart's view model. */
function frameWords(v: Pick<ChartMeta, "title" | "unit" | "notes" | "sourceLine">, lang: Lang) {
  return { title: v.title[lang], unit: v.unit[lang], notes: v.notes, sourceLine: v.sourceLine[lang] };
}

/**
 * What a widget page shows: the widget itself, or only its data tables (/embed/{chart}/table), written open; for the
 * rank, its history alone ("rank-history": the dashboard writes the month's table in its page).
 */
export type WidgetPart = "widget" | "tables" | "rank-history";

/**
 * A widget page for valid options: the view model of lib/views, drawn as SVG on the server, in its frame; or, for
 * `part` "tables" / "rank-history", a page of the chart's data tables alone, written open (a dashboard page without
 * JavaScript frames it where a table is written only on demand). Each case draws its chart even then: one code path
 * validates and builds every widget's view.
 */
export function renderWidget(w: AnyEmbedOptions, origin: string, part: WidgetPart = "widget"): WidgetResponse {
  const slugs = listReleaseSlugs();
  const latest = frontPageSlug();
  const slug = w.options.release ?? latest;
  const release = slug ? getRelease(slug) : undefined;
  const report = slug ? getChecksReport(slug) : undefined;
  const lang = w.options.lang;
  if (!slug || !release || !report)
    return refusal(400, { problem: "unknown_release", parameter: "release", allowed: slugs, lang });
  const ds = getDataset();
  const plot = PLOT_HEIGHT[w.options.size];
  // A chart this release does not draw (it states no figure for it): 404, naming the widgets it does offer.
  const notInRelease = () =>
    refusal(404, {
      problem: "not_in_release",
      parameter: "chart",
      allowed: releaseWidgets(ds, release, report),
      lang,
    });
  // The link's accessible name starts with its visible words (WCAG 2.5.3), then says what it downloads.
  const csvLabel = (what: string) => `${messages(lang).downloadCsv}: ${what}`;

  let title: string;
  let unit: string;
  let status: HtmlValue = "";
  let chart: Html;
  let notes: readonly { es: string; en: string }[] = [];
  let sourceLine: string;
  let shownRange: { from: string; to: string } | undefined;
  let csvText = csvLabel(messages(lang).csvThisChart);
  let revisionsQuery: Parameters<typeof csvPath>[3];
  let tables: readonly DataTable[] = [];
  switch (w.chart) {
    case "release-month": {
      const v = releaseMonthView(ds, release, report, w.options.perspective);
      if (!v.rows.some((r) => r.values.stated !== null)) return notInRelease();
      ({ title, unit, notes, sourceLine } = frameWords(v, lang));
      chart = releaseMonthSvg(v, lang, plot);
      tables = [v.table];
      break;
    }
    case "bridge": {
      const v = bridgeView(ds, release, report, w.options.perspective);
      if (!v) return notInRelease();
      const drawn = bridgeSvg(v, lang, plot);
      ({ title, unit, notes, sourceLine } = frameWords(v, lang));
      ({ chart, status } = drawn);
      tables = [v.table];
      break;
    }
    case "series": {
      const o = w.options;
      // The dashboard's partner (its release month's), not merely the first claim's.
      const partner = releasePartner(release);
      const bounds = seriesBounds(ds, partner, o.basis);
      const missed = outsideData(o, bounds, lang);
      if (missed) return missed;
      const v = widgetSeriesView(ds, release, partner, o, bounds);
      ({ title, unit, notes, sourceLine } = frameWords(v, lang));
      chart = seriesSvg(v, lang, plot);
      tables = [v.table];
      shownRange = { from: v.from, to: v.to };
      csvText = csvLabel(`${v.title[lang]}, ${v.from}–${v.to}`);
      break;
    }
    case "rank": {
      const o = w.options;
      const claim = release.claims.find((c) => c.measure === "rank");
      if (!claim) return notInRelease();
      const basis = claim.basis;
      const bounds = rankBounds(ds, claim.partner, basis);
      // Without NSA data for the partner there is no history: the release month alone (no hard-coded month).
      const month = claim.period;
      if (o.period && (!bounds || o.period < bounds.first || o.period > bounds.last)) {
        return refusal(400, {
          problem: "bad_value",
          parameter: "period",
          allowed: bounds ? [`${bounds.first}..${bounds.last}`] : [month],
          lang,
        });
      }
      const missed = outsideData(o, bounds, lang);
      if (missed) return missed;
      const range = bounds ? resolveRange(rangeOf(o, bounds), bounds) : { from: o.from ?? month, to: o.to ?? month };
      const v = rankView(ds, release, report, range, o.period);
      shownRange = range;
      const drawn = rankSvg(v, lang, plot);
      ({ title, unit, notes, sourceLine } = frameWords(v, lang));
      ({ chart, status } = drawn);
      tables = part === "rank-history" ? [v.historyTable] : [v.table, v.historyTable];
      break;
    }
    case "figure": {
      const card = figureCard(report, w.options.figure, lang);
      if (!card)
        return refusal(400, {
          problem: "bad_value",
          parameter: "figure",
          allowed: [...new Set(report.results.map((r) => r.claimId))],
          lang,
        });
      ({ title, unit, notes, sourceLine, body: chart } = card);
      csvText = csvLabel(messages(lang).csvReleaseChecks);
      break;
    }
    case "revisions": {
      const v = revisionChartView(ds, release, w.options.figure, w.options.basis);
      if (!v)
        return {
          status: 400,
          body: errorFrame({ problem: "bad_value", parameter: "figure", allowed: revisableFigures(release), lang }),
        };
      ({ title, unit, notes, sourceLine } = frameWords(v, lang));
      const revisionTables = widgetTables([v.shown.table], lang);
      chart =
        v.shown.entries.length === 0
          ? html`<p>${messages(lang).revisionsNone}</p>`
          : html`${revisionChartSvg(v.shown, v.history.releaseValue, lang, plot)}${revisionTables}`;
      revisionsQuery = v.query;
      tables = v.shown.entries.length === 0 ? [] : [v.shown.table];
      csvText = csvLabel(tableText(v.shown.table.caption, lang));
      break;
    }
    case "claimed-levels":
    case "claimed-growth":
    case "claimed-shares": {
      const v = claimedFiguresView(ds, release, report, w.options.perspective).find((c) => c.id === w.chart);
      if (!v) return notInRelease();
      ({ title, unit, notes, sourceLine } = frameWords(v, lang));
      chart = claimedWidgetSvg(v, lang, w.options.size);
      tables = [v.table];
      csvText = csvLabel(v.title[lang]);
      break;
    }
  }
  if (part !== "widget") {
    // The figure card is a table of one figure already; a revision history with no vintage has none.
    if (tables.length === 0) return notInRelease();
    // Only the tables (each names itself in its caption): the page that frames them shows the rest already.
    const body = html`<div class="tables">${tableRegions(tables, lang, "wide")}</div>`;
    return { status: 200, body: widgetDocument({ lang, theme: w.options.theme, title: `${title} — Balanza`, body }) };
  }
  const body = widgetFrame({
    lang,
    id: w.chart,
    title,
    unit,
    status,
    chart,
    notes,
    sourceLine,
    links: {
      dashboard: dashboardPath(w, latest, shownRange),
      csv: csvPath(w, slug, shownRange, revisionsQuery),
      csvLabel: csvText,
    },
  });
  const oembedHref = `${origin}/api/oembed?format=json&url=${encodeURIComponent(origin + embedPath(w))}`;
  return {
    status: 200,
    body: widgetDocument({ lang, theme: w.options.theme, title: `${title} — Balanza`, body, oembedHref }),
  };
}
