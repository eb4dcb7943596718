/**
 * The release's other figures drawn: for each, the value the release states beside the official one, as two
 * horizontal bars from zero, each labelled with its value, and beneath them the check's verdict by icon and word
 * (never colour alone; beneath, so a long bar's value never runs into it). One drawing that scales to its box (viewBox); the data table beside it holds every number.
 *
 * On the dashboard it is one picture named by its box (aria-hidden); in the widget (`widget` given) it is a named
 * group whose bars are reachable marks (focus, arrow keys and tooltip by public/embed-widget.js), each named with its
 * figure, its value and, for the stated one, the verdict.
 */
import type { ClaimedBar, ClaimedTable } from "@/lib/views/claimed-figures";
import { formatNumber, type Lang } from "@/lib/i18n/format";
import { statusText } from "@/lib/i18n/status";
import { html, type Html } from "@/lib/render/html";
import { px } from "@/lib/render/scale";
import { messages } from "@/lib/i18n/messages";
import { legend, markAttrs, widgetTables } from "./svg-parts";

const WIDTH = 420;
/** A figure's row: its label's first line, its two bars, its verdict beneath them, and a gap. */
const ROW = 72;
const LEFT = 8;
const RIGHT = 96;
/** A label line's height, and how many characters one holds at the dashboard's 13 px in 420 units (the widget's
 * 11 px holds more). */
const LINE = 14;
const LINE_CHARS = 52;

/** A figure's label in lines that fit the drawing's width, broken between words. */
export function labelLines(label: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of label.split(" ")) {
    if (line && line.length + 1 + word.length > LINE_CHARS) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines;
}

const rowHeight = (b: ClaimedBar, lang: Lang) => ROW + (labelLines(b.label[lang]).length - 1) * LINE;

/**
 * The drawing's height in its own units (420 wide), in whichever language wraps its labels onto more lines: the
 * widget's snippet height is made from it.
 */
export function claimedBarsHeight(bars: readonly ClaimedBar[]): number {
  const total = (lang: Lang) => bars.reduce((sum, b) => sum + rowHeight(b, lang), 0);
  return Math.max(total("es"), total("en")) + 8;
}

/** The drawing's width in its own units (for sizing it in CSS px). */
export const CLAIMED_VIEW_WIDTH = WIDTH;

export function claimedBarsSvg(
  bars: readonly ClaimedBar[],
  unit: "musd" | "percent",
  lang: Lang,
  widget?: { label: string; cls?: string },
  at?: { x: number; y: number; width: number },
): Html {
  const values = bars.flatMap((b) => [b.stated, b.official]).filter((v): v is number => v !== null);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const span = hi - lo || 1;
  const plot = WIDTH - LEFT - RIGHT;
  const x = (v: number) => LEFT + ((v - lo) / span) * plot;
  const fmt = (v: number) => `${formatNumber(v, lang, unit === "percent" ? 2 : 1)}${unit === "percent" ? " %" : ""}`;
  const height = bars.reduce((sum, b) => sum + rowHeight(b, lang), 0) + 8;
  const words = messages(lang).claimed;
  let first = true;
  let next = 4;
  const rows = bars.map((b) => {
    const lines = labelLines(b.label[lang]);
    const label = lines.map((l, i) => html`<tspan x="${LEFT}" dy="${i === 0 ? 0 : LINE}">${l}</tspan>`);
    // The bars below the label's last line.
    const top = next + (lines.length - 1) * LINE;
    const labelTop = next;
    next += rowHeight(b, lang);
    const verdict = b.status ? statusText(b.status, lang) : null;
    const bar = (v: number | null, y: number, cls: string, key: "stated" | "official") => {
      if (v === null) return html`<text x="${px(x(0) + 4)}" y="${y + 9}" class="val">—</text>`;
      const x0 = Math.min(x(0), x(v));
      const w = Math.max(1, Math.abs(x(v) - x(0)));
      const said = key === "stated" ? words.legendStated : words.legendOfficial;
      const attrs = widget
        ? markAttrs({
            label:
              `${b.label[lang]} — ${said}: ${fmt(v)}` +
              (key === "stated" && verdict ? ` (${verdict.icon} ${verdict.word})` : ""),
            key: `${b.claimId}|${key}`,
            value: v,
            first,
            cls,
          })
        : html`class="${cls}"`;
      first = false;
      return html`<rect ${attrs} x="${px(x0)}" y="${y}" width="${px(w)}" height="11"></rect
        ><text x="${px(Math.max(x(0), x(v)) + 4)}" y="${y + 9}" class="val">${fmt(v)}</text>`;
    };
    // The zero line beside this figure's bars only, so it never runs through a label.
    return html`<g data-claim="${b.claimId}">
      <line class="ax" x1="${px(x(0))}" x2="${px(x(0))}" y1="${top + 14}" y2="${top + 43}"></line>
      <text x="${LEFT}" y="${labelTop + 11}" class="lbl">${label}</text>
      ${bar(b.stated, top + 16, "f-printed", "stated")} ${bar(b.official, top + 30, "f-officialNSA", "official")}
      ${verdict ? html`<text x="${LEFT}" y="${top + 56}" class="val">${verdict.icon} ${verdict.word}</text>` : ""}
    </g>`;
  });
  const root = widget
    ? html`class="chart claimed-bars${widget.cls ? ` ${widget.cls}` : ""}" role="group" aria-label="${widget.label}"`
    : html`class="chart claimed-bars" aria-hidden="true" focusable="false"`;
  // Inside a larger SVG (a chart image): placed at its corner, drawn `at.width` wide, its height to scale.
  const placed = at
    ? html` x="${at.x}" y="${at.y}" width="${at.width}" height="${px((height * at.width) / WIDTH)}"`
    : "";
  return html`<svg ${root}${placed} viewBox="0 0 ${WIDTH} ${height}">${rows}</svg>`;
}

/**
 * The widget's chart of a release's other figures of one kind: the legend, the bars (as wide as `size` allows, so
 * a long list does not grow without end in a wide frame) and their data table.
 */
export function claimedWidgetSvg(v: ClaimedTable, lang: Lang, size: "s" | "m" | "l"): Html {
  const words = messages(lang).claimed;
  const unit = v.valueUnit === "percent" ? "percent" : "musd";
  return html`${legend([
    { fillClass: "f-printed", label: words.legendStated },
    { fillClass: "f-officialNSA", label: words.legendOfficial },
  ])}${claimedBarsSvg(v.bars, unit, lang, { label: v.title[lang], cls: `sz-${size}` })}${widgetTables([v.table], lang, "wide")}`;
}
