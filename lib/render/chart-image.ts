import { shownDate } from "@/lib/data/release-schema";
import "server-only";
import { getDataset } from "@/lib/data/get-dataset";
import { frontPageSlug, getChecksReport, getRelease, listReleaseSlugs } from "@/lib/checks/release-checks";
import { releasePartner } from "@/lib/views/release-figures";
import { bridgeView, rankBounds, rankView, releaseMonthView, resolveRange, seriesBounds } from "@/lib/views";
import type { ChartMeta } from "@/lib/views/types";
import type { AnyEmbedOptions } from "@/lib/http/embed/options";
import type { ApiError } from "@/lib/http/errors";
import { dashboardPath, PLOT_HEIGHT } from "@/lib/http/embed/urls";
import { formatDelta, formatNumber, formatPeriod, type Lang } from "@/lib/i18n/format";
import { messages } from "@/lib/i18n/messages";
import { statusText } from "@/lib/i18n/status";
import type { CheckStatus } from "@/lib/checks/schema";
import { html, raw, type Html } from "@/lib/render/html";
import { bridgeChartSvg } from "./bridge-svg";
import { releaseMonthChartSvg } from "./release-month-svg";
import { seriesChartSvg } from "./series-svg";
import { rankHistorySvg, rankMonthSvg, RANK_FILL } from "./rank-svg";
import { checkWhat, printed } from "./figure-card";
import { revisionChartSvg } from "./revision-svg";
import { revisableFigures, revisionChartView } from "@/lib/views/revision-history";
import { imageCss, imagePalette } from "./image-css";
import { claimedFiguresView } from "@/lib/views/claimed-figures";
import { claimedBarsSvg } from "./claimed-svg";
import { rangeOf, widgetSeriesView } from "./render-widget";
import type { DrawOptions } from "./svg-parts";

/** An image's width in SVG units (CSS px); the PNG is drawn at twice that for sharp text. */
export const IMAGE_WIDTH = 760;
const PAD = 24;
const INNER = IMAGE_WIDTH - 2 * PAD;

export interface ChartImage {
  /** A whole SVG document: its text is text (<text>), its title also in <title>. */
  svg: string;
  title: string;
  /** The file name without its extension: `balanza_{release}_{chart}_{state}_{lang}`. */
  fileBase: string;
  /**
   * The dashboard URL (path) that shows the same view, with the release named: it stays valid when newer releases come.
   */
  permalink: string;
  /** The permanent link with the origin, as the image prints it. */
  url: string;
  sourceLine: string;
}

export type ChartImageResult = { ok: true; image: ChartImage } | { ok: false; status: 400 | 404; error: ApiError };

/** Lines of at most `width` units for text of `size` px (DejaVu Sans averages about 0.58 em a character). */
export function wrapText(text: string, size: number, width: number): string[] {
  const max = Math.max(8, Math.floor(width / (size * 0.58)));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A block of wrapped text from `y` (its first baseline); returns the markup and the y below it. */
class Layout {
  y = PAD - 8;
  parts: Html[] = [];
  text(text: string, cls: string, size: number, gap = 4): void {
    const lines = wrapText(text, size, INNER);
    for (const line of lines) {
      this.y += size * 1.25;
      this.parts.push(html`<text class="${cls}" x="${PAD}" y="${Math.round(this.y)}">${line}</text>`);
    }
    this.y += gap;
  }
  /** A drawing from lib/render at the image's inner width: `draw` gets the options that place it. */
  drawing(draw: (d: DrawOptions) => Html, gap = 6): void {
    const drawn = draw({ width: INNER, plain: true, at: { x: PAD, y: Math.round(this.y) } });
    // Its height as placed (a drawing scaled to its width says so), else its viewBox's.
    const placed = /^<svg[^>]*?\sheight="([\d.]+)"/.exec(drawn.value)?.[1];
    const height = Number(placed ?? /viewBox="0 0 [\d.]+ ([\d.]+)"/.exec(drawn.value)?.[1] ?? 0);
    this.parts.push(drawn);
    this.y += height + gap;
  }
  /** A legend: a swatch and a label per item, wrapping to a new row when the width is used. */
  legend(items: ReadonlyArray<{ fillClass: string; label: string }>): void {
    let x = PAD;
    this.y += 4;
    for (const item of items) {
      const w = 18 + item.label.length * 12 * 0.58 + 16;
      if (x > PAD && x + w > PAD + INNER) {
        x = PAD;
        this.y += 18;
      }
      this.parts.push(
        html`<rect class="${item.fillClass}" x="${x}" y="${Math.round(this.y)}" width="12" height="12" rx="2" /><text
            class="lg"
            x="${x + 18}"
            y="${Math.round(this.y) + 11}"
            >${item.label}</text
          >`,
      );
      x += w;
    }
    this.y += 24;
  }
  status(status: CheckStatus, lead: string, tail: string, lang: Lang): void {
    const { icon, word } = statusText(status, lang);
    this.y += 16;
    this.parts.push(
      html`<text x="${PAD}" y="${Math.round(this.y)}" font-size="13"
        >${lead}:
        <tspan class="strong st-${status}">${icon} ${word}</tspan
        >${tail ? html` <tspan class="note">${tail}</tspan>` : ""}</text
      >`,
    );
    this.y += 8;
  }
}

function fileState(w: AnyEmbedOptions, range?: { from: string; to: string }): string[] {
  switch (w.chart) {
    case "release-month":
    case "bridge":
      return [w.options.perspective];
    case "series":
      return [w.options.perspective, w.options.basis.toLowerCase(), ...(range ? [range.from, range.to] : [])];
    case "rank":
      return [...(w.options.period ? [w.options.period] : []), ...(range ? [range.from, range.to] : [])];
    case "figure":
      return [w.options.figure];
    case "revisions":
      return [w.options.figure, ...(w.options.basis ? [w.options.basis] : [])];
    case "claimed-levels":
    case "claimed-growth":
    case "claimed-shares":
      return [w.options.perspective];
  }
}

/**
 * A chart or the figure card as one self-contained SVG image, drawn by the widget's own SVG code (lib/render) from
 * the same view model: title, unit, check status, legend, the chart, the source line (with vintage and basis) and
 * the permanent link, in the language asked. Options and errors are the widget's (`/embed/{chart}`), as JSON.
 */
export function chartImage(w: AnyEmbedOptions, origin: string): ChartImageResult {
  const slugs = listReleaseSlugs();
  const slug = w.options.release ?? frontPageSlug();
  const release = slug ? getRelease(slug) : undefined;
  const report = slug ? getChecksReport(slug) : undefined;
  if (!slug || !release || !report)
    return { ok: false, status: 404, error: { error: "No such release.", parameter: "release", allowed: slugs } };
  const lang = w.options.lang;
  const m = messages(lang);
  const ds = getDataset();
  const plot = PLOT_HEIGHT[w.options.size];
  const out = new Layout();
  let meta: Pick<ChartMeta, "title" | "unit" | "sourceLine"> | null = null;
  let title = "";
  let range: { from: string; to: string } | undefined;
  const head = (t: string, unit: string) => {
    title = t;
    out.text(t, "title", 18, 2);
    out.text(`${m.unit}: ${unit}`, "unit", 12.5, 6);
  };

  switch (w.chart) {
    case "release-month": {
      const v = releaseMonthView(ds, release, report, w.options.perspective);
      meta = v;
      head(v.title[lang], v.unit[lang]);
      out.legend(v.series.map((s) => ({ fillClass: `f-${s.key}`, label: s.label[lang] })));
      out.drawing((d) => releaseMonthChartSvg(v, lang, plot, d));
      break;
    }
    case "bridge": {
      const v = bridgeView(ds, release, report, w.options.perspective);
      if (!v)
        return {
          ok: false,
          status: 404,
          error: { error: "This release states no balance to bridge.", parameter: "chart", allowed: ["release-month"] },
        };
      meta = v;
      head(v.title[lang], v.unit[lang]);
      if (v.status)
        out.status(
          v.status,
          `${formatNumber(v.printed, lang, 1)} / ${formatNumber(v.computed, lang, 1)}`,
          `(${m.delta} ${formatDelta(v.delta, lang, 1)}, ${m.toleranceWord} ±${formatNumber(v.tolerance, lang, 1)})`,
          lang,
        );
      out.drawing((d) => bridgeChartSvg(v, lang, plot, d));
      break;
    }
    case "series": {
      const o = w.options;
      // The dashboard's partner (its release month's), not merely the first claim's.
      const partner = releasePartner(release);
      const bounds = seriesBounds(ds, partner, o.basis);
      if (bounds && ((o.from && o.from > bounds.last) || (o.to && o.to < bounds.first)))
        return {
          ok: false,
          status: 404,
          error: {
            error: `No ${o.basis} data in the months asked for; there is data from ${bounds.first} to ${bounds.last}.`,
            parameter: o.from && o.from > bounds.last ? "from" : "to",
            allowed: [`a month from ${bounds.first} to ${bounds.last}`],
          },
        };
      const v = widgetSeriesView(ds, release, partner, o, bounds);
      meta = v;
      range = { from: v.from, to: v.to };
      head(
        `${v.title[lang]}, ${formatPeriod(v.from, lang, "short")}–${formatPeriod(v.to, lang, "short")}`,
        v.unit[lang],
      );
      out.legend(v.flows.map((f) => ({ fillClass: `f-${f.flow}`, label: f.label[lang] })));
      out.drawing((d) => seriesChartSvg(v, lang, plot, d));
      break;
    }
    case "rank": {
      const o = w.options;
      const claim = release.claims.find((c) => c.measure === "rank") ?? release.claims[0];
      const bounds = rankBounds(ds, claim?.partner ?? "2010", claim?.basis ?? "NSA");
      const month = claim?.period ?? release.meta.date.slice(0, 7);
      if (o.period && (!bounds || o.period < bounds.first || o.period > bounds.last))
        return {
          ok: false,
          status: 400,
          error: {
            error: 'Invalid "period": a month with data.',
            parameter: "period",
            allowed: bounds ? [`a month from ${bounds.first} to ${bounds.last}`] : [month],
          },
        };
      if (bounds && ((o.from && o.from > bounds.last) || (o.to && o.to < bounds.first)))
        return {
          ok: false,
          status: 404,
          error: {
            error: `No months to rank in the months asked for; there is data from ${bounds.first} to ${bounds.last}.`,
            parameter: o.from && o.from > bounds.last ? "from" : "to",
            allowed: [`a month from ${bounds.first} to ${bounds.last}`],
          },
        };
      range = bounds ? resolveRange(rangeOf(o, bounds), bounds) : { from: o.from ?? month, to: o.to ?? month };
      const v = rankView(ds, release, report, range, o.period);
      meta = v;
      head(v.title[lang], v.unit[lang]);
      if (v.status) out.status(v.status, m.rankClaimed, "", lang);
      out.text(`${formatPeriod(v.period, lang)} · ${v.basis} · ${m.rankPartners(v.partnersRanked)}`, "note", 12, 2);
      out.drawing((d) => rankMonthSvg(v, lang, d));
      out.text(m.rankOverTimeNote, "note", 12, 0);
      out.legend(v.partners.map((p, k) => ({ fillClass: RANK_FILL[k] ?? "f-balance", label: p.name[lang] })));
      out.drawing((d) => rankHistorySvg(v, lang, plot, d));
      break;
    }
    case "figure": {
      const results = report.results.filter((r) => r.claimId === w.options.figure);
      const main = results.find((r) => r.kind === "claim") ?? results[0];
      if (!main)
        return {
          ok: false,
          status: 400,
          error: {
            error: 'Invalid "figure": the release states no such figure.',
            parameter: "figure",
            allowed: [...new Set(report.results.map((r) => r.claimId))],
          },
        };
      head(`${m.figureTitle}: ${main.label[lang]}`, main.unit === "rank" ? m.rankWord : m.musdUnit);
      out.text(`«${main.quote}»`, "note", 12, 4);
      out.y += 40;
      out.parts.push(html`<text class="figure" x="${PAD}" y="${Math.round(out.y)}">${printed(main, lang)}</text>`);
      out.y += 12;
      out.text(`${m.period}: ${formatPeriod(main.period, lang)} · ${main.basis ?? ""}`, "note", 12, 4);
      for (const r of [...results].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "identity" ? -1 : 1)))
        out.status(
          r.status,
          checkWhat(r, lang),
          r.computed === null || r.delta === null
            ? ""
            : `(${r.kind === "identity" ? m.computed : m.official} ` +
                `${formatNumber(r.computed, lang, 1)} · ${m.delta} ${formatDelta(r.delta, lang, 1)})`,
          lang,
        );
      const sources = [...new Map(results.flatMap((r) => r.sources).map((s) => [s.id, s])).values()];
      const rel = report.release;
      const line = m.sourceLine([
        m.releaseRef(rel.issuerShort, rel.number, shownDate(rel)),
        ...sources.map(m.sourceOf),
      ]);
      meta = { title: { es: title, en: title }, unit: { es: "", en: "" }, sourceLine: { es: line, en: line } };
      break;
    }
    case "revisions": {
      const v = revisionChartView(ds, release, w.options.figure, w.options.basis);
      if (!v)
        return {
          ok: false,
          status: 400,
          error: {
            error: 'Invalid "figure": the release states no such figure with a history of vintages.',
            parameter: "figure",
            allowed: revisableFigures(release),
          },
        };
      meta = v;
      head(v.title[lang], v.unit[lang]);
      for (const note of v.notes) out.text(note[lang], "note", 12, 4);
      if (v.shown.entries.length === 0) out.text(m.revisionsNone, "note", 12, 4);
      else out.drawing((d) => revisionChartSvg(v.shown, v.history.releaseValue, lang, plot, d));
      break;
    }
    case "claimed-levels":
    case "claimed-growth":
    case "claimed-shares": {
      const all = claimedFiguresView(ds, release, report, w.options.perspective);
      const v = all.find((c) => c.id === w.chart);
      if (!v)
        return {
          ok: false,
          status: 404,
          error: {
            error: `This release states no figures for ${w.chart}.`,
            parameter: "chart",
            allowed: all.map((c) => c.id),
          },
        };
      meta = v;
      head(v.title[lang], v.unit[lang]);
      out.legend([
        { fillClass: "f-printed", label: m.claimed.legendStated },
        { fillClass: "f-officialNSA", label: m.claimed.legendOfficial },
      ]);
      const unit = v.valueUnit === "percent" ? "percent" : "musd";
      // Drawn at most 560 wide: its labels stay near the size of the image's other text.
      out.drawing((d) =>
        claimedBarsSvg(v.bars, unit, lang, undefined, {
          x: d.at?.x ?? PAD,
          y: d.at?.y ?? 0,
          width: Math.min(d.width, 560),
        }),
      );
      break;
    }
  }
  out.y += 4;
  out.text(meta.sourceLine[lang], "src", 12, 2);
  const permalink = dashboardPath(
    { ...w, options: { ...w.options, release: slug } } as AnyEmbedOptions,
    undefined,
    range,
  );
  out.text(m.exportWords.imageFooter(`${origin}${permalink}`), "src", 12, 0);
  const height = Math.ceil(out.y + PAD - 8);
  const bg = imagePalette(w.options.theme).bg;
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    html`<svg
      xmlns="http://www.w3.org/2000/svg"
      width="${IMAGE_WIDTH}"
      height="${height}"
      viewBox="0 0 ${IMAGE_WIDTH} ${height}"
      lang="${lang}"
      role="img"
      aria-labelledby="image-title"
    >
      <title id="image-title">${title}</title>
      <style>
        ${raw(imageCss(w.options.theme))}
      </style>
      <rect width="100%" height="100%" fill="${bg}" />
      ${out.parts}
    </svg>`.value +
    "\n";
  return {
    ok: true,
    image: {
      svg,
      title,
      fileBase: ["balanza", slug, w.chart, ...fileState(w, range), lang].join("_"),
      permalink,
      url: `${origin}${permalink}`,
      sourceLine: meta.sourceLine[lang],
    },
  };
}
