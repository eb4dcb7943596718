import type { BridgeView } from "@/lib/views";
import { linearScale, px } from "@/lib/render/scale";
import { formatDelta, formatNumber, type Lang } from "@/lib/i18n/format";
import { html, type Html } from "@/lib/render/html";
import { messages } from "@/lib/i18n/messages";
import { widgetTables, MARGIN, markAttrs, svgRoot, WIDGET_DRAW, yAxis, type DrawOptions } from "./svg-parts";
import { statusBadge } from "./status-badge";

const FILL: Record<BridgeView["steps"][number]["key"], string> = {
  exports: "f-exports",
  imports: "f-imports",
  computed: "f-balance",
  printed: "f-printed",
};

/**
 * The bridge: exports, minus imports (a floating bar), the computed balance, and the balance the release prints, each
 * labelled with its value.
 */
export function bridgeSvg(v: BridgeView, lang: Lang, plotHeight: number): { chart: Html; status: Html } {
  const chart = html`${bridgeChartSvg(v, lang, plotHeight)}${widgetTables([v.table], lang)}`;
  const n = (x: number) => formatNumber(x, lang, 1);
  const status = html`<p>
    ${messages(lang).bridgeStatus(n(v.printed), n(v.computed))}: ${v.status ? statusBadge(v.status, lang) : ""}
    <span class="note"
      >(${messages(lang).deltaWord} ${formatDelta(v.delta, lang, 1)}, ${messages(lang).toleranceWord}
      ±${n(v.tolerance)})</span
    >
  </p>`;
  return { chart, status };
}

/** A bar's name under it: on one line, or on two where the slot is too narrow for it (about 6 px a character). */
function axisName(name: string, cx: number, height: number, slot: number): Html {
  const words = name.split(" ");
  if (name.length * 6 <= slot || words.length < 2)
    return html`<text x="${px(cx)}" y="${height - 20}" text-anchor="middle" aria-hidden="true">${name}</text>`;
  const cut = Math.ceil(words.length / 2);
  return html`<text x="${px(cx)}" y="${height - 26}" text-anchor="middle" aria-hidden="true"
    ><tspan x="${px(cx)}">${words.slice(0, cut).join(" ")}</tspan
    ><tspan x="${px(cx)}" dy="12">${words.slice(cut).join(" ")}</tspan></text
  >`;
}

/** The bridge's bars alone, each carrying the release claim it states. */
export function bridgeChartSvg(v: BridgeView, lang: Lang, plotHeight: number, d: DrawOptions = WIDGET_DRAW): Html {
  const top = MARGIN.top + 14;
  const height = top + plotHeight + MARGIN.bottom + 14;
  const y = linearScale(
    v.steps.flatMap((s) => [s.start, s.end]),
    top + plotHeight,
    top,
  );
  const slot = (d.width - MARGIN.left - MARGIN.right) / v.steps.length;
  const fitSlot = ((d.fitWidth ?? d.width) - MARGIN.left - MARGIN.right) / v.steps.length;
  const bars = v.steps.map((s, i) => {
    const x = MARGIN.left + i * slot + slot * 0.15;
    const w = slot * 0.7;
    const y0 = Math.min(y(s.start), y(s.end));
    const label = formatNumber(s.value, lang, 1);
    const words = s.label[lang];
    const attrs = markAttrs({
      label: `${words}: ${label}`,
      key: s.key,
      value: s.value,
      first: i === 0,
      cls: FILL[s.key],
      claim: s.claimId,
      plain: d.plain,
    });
    return html`<g
      ><rect
        ${attrs}
        x="${px(x)}"
        y="${px(y0)}"
        width="${px(w)}"
        height="${px(Math.max(1, Math.abs(y(s.start) - y(s.end))))}"
      /><text x="${px(x + w / 2)}" y="${px(y0 - 4)}" text-anchor="middle" font-weight="600">${label}</text
      >${axisName(s.short[lang], x + w / 2, height, fitSlot)}</g
    >`;
  });
  return svgRoot(d, height, v.title[lang], html`${yAxis(y, lang, d.width)}${bars}`, {
    ...MARGIN,
    top,
    bottom: MARGIN.bottom + 14,
  });
}
