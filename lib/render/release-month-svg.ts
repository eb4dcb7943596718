import type { ReleaseMonthView } from "@/lib/views";
import { linearScale, px } from "@/lib/render/scale";
import { formatNumber, type Lang } from "@/lib/i18n/format";
import { html, type Html } from "@/lib/render/html";
import { widgetTables, legend, MARGIN, markAttrs, svgRoot, WIDGET_DRAW, yAxis, type DrawOptions } from "./svg-parts";

const fmt = (v: number | null, lang: Lang) => (v === null ? "—" : formatNumber(v, lang, 1));

/**
 * The release month: for each flow, one bar per source (the release, official SA, official NSA, NSA as first reported).
 */
export function releaseMonthSvg(v: ReleaseMonthView, lang: Lang, plotHeight: number): Html {
  const svg = releaseMonthChartSvg(v, lang, plotHeight);
  const table = widgetTables([v.table], lang);
  return html`${legend(v.series.map((s) => ({ fillClass: `f-${s.key}`, label: s.label[lang] })))}${svg}${table}`;
}

/** The release month's bars alone; the release's own bar of each flow carries that flow's claim. */
export function releaseMonthChartSvg(
  v: ReleaseMonthView,
  lang: Lang,
  plotHeight: number,
  d: DrawOptions = WIDGET_DRAW,
): Html {
  const height = MARGIN.top + plotHeight + MARGIN.bottom;
  const values = v.rows.flatMap((r) => v.series.map((s) => r.values[s.key])).filter((x): x is number => x !== null);
  const y = linearScale(values, MARGIN.top + plotHeight, MARGIN.top);
  const groupWidth = (d.width - MARGIN.left - MARGIN.right) / v.rows.length;
  const barWidth = (groupWidth * 0.8) / v.series.length;
  let first = true;
  const bars = v.rows.map((row, gi) => {
    const gx = MARGIN.left + gi * groupWidth + groupWidth * 0.1;
    return html`<g
      >${v.series.map((s, si) => {
        const value = row.values[s.key];
        if (value === null) return "";
        const top = Math.min(y(value), y(0));
        const attrs = markAttrs({
          label: `${row.label[lang]} — ${s.label[lang]}: ${fmt(value, lang)}`,
          key: `${row.flow}|${s.key}`,
          value,
          first,
          cls: `f-${s.key}`,
          claim: s.kind === "release" ? row.claimId : null,
          plain: d.plain,
        });
        first = false;
        return html`<rect
          ${attrs}
          x="${px(gx + si * barWidth)}"
          y="${px(top)}"
          width="${px(barWidth - 2)}"
          height="${px(Math.abs(y(value) - y(0)))}"
        />`;
      })}<text x="${px(gx + groupWidth * 0.4)}" y="${height - 8}" text-anchor="middle" aria-hidden="true"
        >${row.short[lang]}</text
      ></g
    >`;
  });
  return svgRoot(d, height, v.title[lang], html`${yAxis(y, lang, d.width)}${bars}`);
}
