import type { LinearScale } from "@/lib/render/scale";
import { px } from "@/lib/render/scale";
import { formatNumber, type Lang } from "@/lib/i18n/format";
import { html, type Html } from "@/lib/render/html";
import { messages } from "@/lib/i18n/messages";
import type { DataTable } from "@/lib/views/table";
import { dataTableHtml, tableText } from "./data-table";
import { fluidSvg, type PlotMargins } from "./fluid-svg";

/** Width of every chart's viewBox; the SVG scales to the frame's width. */
export const VIEW_WIDTH = 640;
export const MARGIN = { top: 16, right: 12, bottom: 28, left: 64 };

/**
 * Where a drawing goes. The widget's marks are reachable and named (`plain: false`, 640 wide). A dashboard chart box
 * (`plain: true`) is one picture named by its box, drawn at the box's width, whose marks carry only their values
 * and the release claim they state (data-claim, for figure linking): the data table beside it names every value.
 */
export interface DrawOptions {
  width: number;
  plain: boolean;
  /**
   * A class beside "chart" on the root (a drawing made in two sizes, narrow and wide, for CSS to show the one that
   * fits: components/charts/drawn-chart.tsx).
   */
  cls?: string;
  /**
   * Where the drawing sits inside a larger SVG (a chart image): its top-left corner, drawn at its own width and height.
   */
  at?: { x: number; y: number };
  /** One drawing that fits its box at any width, drawn at `width` (lib/render/fluid-svg.ts); plain drawings only. */
  fluid?: boolean;
  /** The narrowest box a fluid drawing is shown in (px): words that must fit their slot are measured against it. */
  fitWidth?: number;
}
export const WIDGET_DRAW: DrawOptions = { width: VIEW_WIDTH, plain: false };

/**
 * The root of a chart's SVG: a named group in the widget, a decorative picture inside a named box on the dashboard.
 * `plot` is where the drawing's plot area is (a fluid drawing stretches it and keeps the rest at its size).
 */
export function svgRoot(
  d: DrawOptions,
  height: number,
  label: string,
  content: Html,
  plot: PlotMargins & { fixedHeight?: boolean } = MARGIN,
): Html {
  if (d.fluid && d.plain) return fluidSvg(content, { width: d.width, height }, plot, d.cls ?? "", plot.fixedHeight);
  const placed = d.at ? html` x="${d.at.x}" y="${d.at.y}" width="${d.width}" height="${height}"` : "";
  return d.plain
    ? html`<svg
        class="chart${d.cls ? ` ${d.cls}` : ""}"
        ${placed}
        viewBox="0 0 ${d.width} ${height}"
        preserveAspectRatio="xMidYMin meet"
        aria-hidden="true"
        focusable="false"
      >
        ${content}
      </svg>`
    : html`<svg class="chart" viewBox="0 0 ${d.width} ${height}" role="group" aria-label="${label}">${content}</svg>`;
}

/** Horizontal gridlines with their values on the left axis. */
export function yAxis(y: LinearScale, lang: Lang, width = VIEW_WIDTH): Html {
  return html`<g aria-hidden="true"
    >${y.ticks.map(
      (t) =>
        html`<line
            class="ax"
            x1="${MARGIN.left}"
            x2="${width - MARGIN.right}"
            y1="${px(y(t))}"
            y2="${px(y(t))}"
            ${t === 0 ? html` stroke-width="1.5"` : ""}
          /><text class="tk" x="${MARGIN.left - 6}" y="${px(y(t)) + 4}" text-anchor="end"
            >${formatNumber(t, lang, 0)}</text
          >`,
    )}</g
  >`;
}

/**
 * A mark a reader can reach: focusable (roving tabindex: the first mark of a chart is the tab stop, the widget
 * script moves between marks with the arrow keys), named for screen readers, with its exact value in data-value
 * so tests compare what is drawn with the view model.
 */
export function markAttrs(a: {
  label: string;
  key: string;
  value: number | null;
  first: boolean;
  cls?: string;
  claim?: string | null;
  plain?: boolean;
}): Html {
  if (a.plain)
    return html`class="${a.cls ?? ""}"${a.claim ? html` data-claim="${a.claim}"` : ""} data-value="${a.value ?? ""}"`;
  return html`class="pt${a.cls ? ` ${a.cls}` : ""}" role="img" tabindex="${a.first ? 0 : -1}" aria-label="${a.label}"
  data-key="${a.key}" data-value="${a.value ?? ""}"`;
}

/** A colour swatch for a legend, in the same fill class as the marks (12 px square: its size is in the CSS). */
export function swatch(fillClass: string): Html {
  return html`<svg class="sw" aria-hidden="true"><rect class="${fillClass}" width="12" height="12" rx="2" /></svg>`;
}

/**
 * A legend in HTML. An item with a `short` label carries both, and the box's container query shows the one that fits
 * (globals.css: legend-full, legend-short).
 */
export function legend(items: ReadonlyArray<{ fillClass: string; label: string; short?: string }>): Html {
  return html`<ul class="legend">
    ${items.map(
      (i) =>
        html`<li>
          ${swatch(i.fillClass)}${
            i.short === undefined
              ? i.label
              : html`<span class="legend-full">${i.label}</span><span class="legend-short">${i.short}</span>`
          }
        </li>`,
    )}
  </ul>`;
}

/**
 * A chart's data tables (lib/render/data-table.ts, as on the dashboard) in the widget: behind one summary, each in a
 * region that scrolls rather than widen a narrow frame or outgrow the snippet's height. A `wide` table (many columns
 * and long row headers) keeps a readable width and scrolls sideways in a narrow frame rather than break its headings
 * letter by letter.
 */
export function widgetTables(tables: readonly DataTable[], lang: Lang, cls?: "wide"): Html {
  return html`<details>
    <summary>${messages(lang).tableSummary}</summary>
    ${tableRegions(tables, lang, cls)}
  </details>`;
}

/** Each table in a region that scrolls, named by its caption (keyboard users reach it with Tab). */
export function tableRegions(tables: readonly DataTable[], lang: Lang, cls?: "wide"): Html {
  return html`${tables.map(
    (table) =>
      html`<div
        class="scroll${cls ? ` ${cls}` : ""}"
        tabindex="0"
        role="region"
        aria-label="${tableText(table.caption, lang)}"
      >
        ${dataTableHtml(table, lang)}
      </div>`,
  )}`;
}

/** One month's reachable column over a chart's whole height: hover, focus and its name give the month's values. */
export function monthColumn(
  mark: { label: string; key: string; value: number | null; first: boolean },
  x: number,
  width: number,
  plotHeight: number,
): Html {
  return html`<rect
    ${markAttrs({ ...mark, cls: "hit" })}
    x="${px(x)}"
    y="${MARGIN.top}"
    width="${px(width)}"
    height="${plotHeight}"
  />`;
}
