import type { BridgeView } from "@/lib/charts";
import { linearScale, px } from "@/lib/embed/scale";
import { formatDelta, formatNumber, type Lang } from "@/lib/format";
import { html, type Html } from "@/lib/embed/html";
import { dataTable, MARGIN, markAttrs, VIEW_WIDTH, yAxis } from "./svg-parts";
import { statusBadge } from "./widget-document";

const FILL: Record<BridgeView["steps"][number]["key"], string> = { exports: "f-exports", imports: "f-imports", computed: "f-balance", printed: "f-printed" };

/** The bridge: exports, minus imports (a floating bar), the computed balance, and the balance the release prints, each labelled with its value. */
export function bridgeSvg(v: BridgeView, lang: Lang, plotHeight: number): { chart: Html; status: Html } {
  const top = MARGIN.top + 14;
  const height = top + plotHeight + MARGIN.bottom + 14;
  const y = linearScale(v.steps.flatMap((s) => [s.start, s.end]), top + plotHeight, top);
  const slot = (VIEW_WIDTH - MARGIN.left - MARGIN.right) / v.steps.length;
  const bars = v.steps.map((s, i) => {
    const x = MARGIN.left + i * slot + slot * 0.15;
    const w = slot * 0.7;
    const y0 = Math.min(y(s.start), y(s.end));
    const label = formatNumber(s.value, lang, 1);
    const words = s.label[lang];
    return html`<g><rect ${markAttrs({ label: `${words}: ${label}`, key: s.key, value: s.value, first: i === 0, cls: FILL[s.key] })} x="${px(x)}" y="${px(y0)}" width="${px(w)}" height="${px(Math.max(1, Math.abs(y(s.start) - y(s.end))))}"/><text x="${px(x + w / 2)}" y="${px(y0 - 4)}" text-anchor="middle" font-weight="600">${label}</text><text x="${px(x + w / 2)}" y="${height - 20}" text-anchor="middle" aria-hidden="true">${s.short[lang]}</text></g>`;
  });
  const chart = html`<svg class="chart" viewBox="0 0 ${VIEW_WIDTH} ${height}" role="group" aria-label="${v.title[lang]}">${yAxis(y, lang)}${bars}</svg>${dataTable({
    caption: v.unit[lang],
    head: ["", lang === "es" ? "Valor" : "Value"],
    rows: v.steps.map((s) => [s.label[lang], formatNumber(s.value, lang, 1)] as const),
  })}`;
  const n = (x: number) => formatNumber(x, lang, 1);
  const status = html`<p>${lang === "es" ? `Impreso ${n(v.printed)} frente a ${n(v.computed)} calculado` : `Printed ${n(v.printed)} against ${n(v.computed)} computed`}: ${v.status ? statusBadge(v.status, lang) : ""} <span class="note">(${lang === "es" ? "diferencia" : "delta"} ${formatDelta(v.delta, lang, 1)}, ${lang === "es" ? "tolerancia" : "tolerance"} ±${n(v.tolerance)})</span></p>`;
  return { chart, status };
}

