/**
 * The release's other figures drawn: for each, the value the release states beside the official one, as two
 * horizontal bars from zero, each labelled with its value, and the check's verdict by icon and word (never colour
 * alone). One drawing that scales to its box (viewBox); the data table beside it holds every number.
 */
import type { ClaimedBar } from "@/lib/views/claimed-figures";
import { formatNumber, type Lang } from "@/lib/i18n/format";
import { statusText } from "@/lib/i18n/status";
import { html, type Html } from "@/lib/render/html";
import { px } from "@/lib/render/scale";

const WIDTH = 420;
const ROW = 58;
const LEFT = 8;
const RIGHT = 96;

export function claimedBarsSvg(bars: readonly ClaimedBar[], unit: "musd" | "percent", lang: Lang): Html {
  const values = bars.flatMap((b) => [b.stated, b.official]).filter((v): v is number => v !== null);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const span = hi - lo || 1;
  const plot = WIDTH - LEFT - RIGHT;
  const x = (v: number) => LEFT + ((v - lo) / span) * plot;
  const fmt = (v: number) => `${formatNumber(v, lang, unit === "percent" ? 2 : 1)}${unit === "percent" ? " %" : ""}`;
  const height = bars.length * ROW + 8;
  const rows = bars.map((b, i) => {
    const top = 4 + i * ROW;
    const bar = (v: number | null, y: number, cls: string) => {
      if (v === null) return html`<text x="${px(x(0) + 4)}" y="${y + 9}" class="val">—</text>`;
      const x0 = Math.min(x(0), x(v));
      const w = Math.max(1, Math.abs(x(v) - x(0)));
      return html`<rect class="${cls}" x="${px(x0)}" y="${y}" width="${px(w)}" height="11"></rect
        ><text x="${px(Math.max(x(0), x(v)) + 4)}" y="${y + 9}" class="val">${fmt(v)}</text>`;
    };
    const verdict = b.status ? statusText(b.status, lang) : null;
    return html`<g data-claim="${b.claimId}">
      <text x="${LEFT}" y="${top + 11}" class="lbl">${b.label[lang]}</text>
      ${bar(b.stated, top + 16, "f-printed")} ${bar(b.official, top + 30, "f-officialNSA")}
      ${verdict ? html`<text x="${WIDTH - 4}" y="${top + 38}" text-anchor="end" class="val">${verdict.icon} ${verdict.word}</text>` : ""}
    </g>`;
  });
  return html`<svg class="chart claimed-bars" viewBox="0 0 ${WIDTH} ${height}" aria-hidden="true" focusable="false">
    <line class="ax" x1="${px(x(0))}" x2="${px(x(0))}" y1="0" y2="${height}"></line>
    ${rows}
  </svg>`;
}
