import type { SeriesView } from "@/lib/views";
import { linearScale, px } from "@/lib/render/scale";
import { formatDelta, formatNumber, formatPeriod, type Lang } from "@/lib/i18n/format";
import { messages } from "@/lib/i18n/messages";
import { html, type Html } from "@/lib/render/html";
import { widgetTables, legend, MARGIN, monthColumn, svgRoot, WIDGET_DRAW, yAxis, type DrawOptions } from "./svg-parts";

const fmt = (v: number | null, lang: Lang) => (v === null ? "—" : formatNumber(v, lang, 1));

/**
 * The monthly series: a line per flow, the release month marked, and one reachable column per month whose
 * name (and tooltip) gives the three values and their year-on-year change.
 */
export function seriesSvg(v: SeriesView, lang: Lang, plotHeight: number): Html {
  const rows = v.rows;
  const lastRow = rows[rows.length - 1];
  const svg = seriesChartSvg(v, lang, plotHeight);
  const latestFlows = lastRow
    ? v.flows.map((f, k) => html`${k ? " · " : ""}${f.short[lang]} <strong>${fmt(lastRow[f.flow], lang)}</strong>`)
    : [];
  // Kept as written: Prettier's HTML formatting would put the paragraph on one line and change the widget's bytes.
  // prettier-ignore
  const latest = lastRow
    ? html`<p class="note">
        ${formatPeriod(lastRow.period, lang)}:
        ${latestFlows}
      </p>`
    : "";
  const table = widgetTables([v.table], lang);
  const flowLegend = legend(v.flows.map((f) => ({ fillClass: `f-${f.flow}`, label: f.label[lang] })));
  return html`${flowLegend}${svg}${latest}${table}`;
}

/**
 * The series' lines alone; in the widget, with a reachable column per month (the dashboard's table names each month
 * instead).
 */
export function seriesChartSvg(v: SeriesView, lang: Lang, plotHeight: number, d: DrawOptions = WIDGET_DRAW): Html {
  const height = MARGIN.top + plotHeight + MARGIN.bottom;
  const rows = v.rows;
  const y = linearScale(
    rows.flatMap((r) => v.flows.map((f) => r[f.flow])).filter((x): x is number => x !== null),
    MARGIN.top + plotHeight,
    MARGIN.top,
  );
  const plotWidth = d.width - MARGIN.left - MARGIN.right;
  const step = plotWidth / Math.max(1, rows.length);
  const x = (i: number) => MARGIN.left + step * (i + 0.5);
  // A flow's line breaks where its vintage changes and starts again with a ring: the seam shows without colour.
  const seamAt = new Set(v.seams.map((sm) => `${sm.flow}|${sm.period}`));
  const rings: Html[] = [];
  const lines = v.flows.map((f) => {
    let path = "";
    let pen = "M";
    rows.forEach((r, i) => {
      const value = r[f.flow];
      if (value === null) return void (pen = "M");
      if (seamAt.has(`${f.flow}|${r.period}`)) {
        pen = "M";
        rings.push(html`<circle class="seam-ring f-${f.flow}" cx="${px(x(i))}" cy="${px(y(value))}" r="3.5" />`);
      }
      path += `${pen}${px(x(i))} ${px(y(value))}`;
      pen = "L";
    });
    return html`<path class="ln f-${f.flow}" fill="none" d="${path}" data-flow="${f.flow}" aria-hidden="true" />`;
  });
  const seamPeriods = [...new Map(v.seams.map((sm) => [sm.period, sm])).values()];
  const seams = seamPeriods.map((sm, k) => {
    const i = rows.findIndex((r) => r.period === sm.period);
    if (i < 0) return "";
    const sx = px(MARGIN.left + step * i);
    const label =
      seamPeriods.length <= 3
        ? html`<text class="seam-label" x="${px(MARGIN.left + step * i + 3)}" y="${MARGIN.top + 22 + 11 * (k % 2)}"
            >${messages(lang).seamLabel} ${sm.to}</text
          >`
        : "";
    return html`<g class="seam" data-period="${sm.period}"
      ><title>${messages(lang).seamTitle(sm.period, sm.from, sm.to)}</title
      ><line x1="${sx}" x2="${sx}" y1="${MARGIN.top}" y2="${MARGIN.top + plotHeight}" />${label}</g
    >`;
  });
  // Year ticks (January of every year, or of every few years over long ranges); over a year or two, quarter months.
  const januaries = rows.map((r, i) => ({ r, i })).filter(({ r }) => r.period.endsWith("-01"));
  const short = januaries.length < 3;
  const ticks = short ? rows.map((r, i) => ({ r, i })).filter(({ r }) => /-(01|04|07|10)$/.test(r.period)) : januaries;
  const every = Math.max(1, Math.ceil(ticks.length / 8));
  const yearTicks = ticks
    .filter((_, k) => k % every === 0)
    .map(
      ({ r, i }) =>
        html`<text class="tk" x="${px(x(i))}" y="${height - 8}" text-anchor="middle"
          >${short ? formatPeriod(r.period, lang, "short") : r.period.slice(0, 4)}</text
        >`,
    );
  const releaseIndex = rows.findIndex((r) => r.isReleaseMonth);
  const labelY = MARGIN.top + 10;
  const markLabel =
    releaseIndex > rows.length / 2
      ? html`<text x="${px(x(releaseIndex) - 4)}" y="${labelY}" text-anchor="end">${messages(lang).releaseMonth}</text>`
      : html`<text x="${px(x(releaseIndex) + 4)}" y="${labelY}">${messages(lang).releaseMonth}</text>`;
  const marker =
    releaseIndex >= 0
      ? html`<line
            class="mark"
            x1="${px(x(releaseIndex))}"
            x2="${px(x(releaseIndex))}"
            y1="${MARGIN.top}"
            y2="${MARGIN.top + plotHeight}"
          />${markLabel}`
      : "";
  // Each span of months the release sums: a band behind the lines, named in words (never by its shade alone).
  const bands = v.claimedSpans.map((s) => {
    const i0 = rows.findIndex((r) => r.period >= s.first);
    const i1 = rows.findLastIndex((r) => r.period <= s.last);
    if (i0 < 0 || i1 < i0) return "";
    const x0 = x(i0) - (i0 > 0 ? (x(i0) - x(i0 - 1)) / 2 : 0);
    const x1 = x(i1) + (i1 < rows.length - 1 ? (x(i1 + 1) - x(i1)) / 2 : 0);
    return html`<rect
        class="span-band"
        x="${px(x0)}"
        y="${MARGIN.top}"
        width="${px(Math.max(2, x1 - x0))}"
        height="${plotHeight}"
        fill="currentColor"
        fill-opacity="0.1"
      ></rect
      ><text class="span-label" x="${px(x0 + 2)}" y="${MARGIN.top + plotHeight - 4}"
        >${messages(lang).claimedSpan}</text
      >`;
  });
  const lastIndex = rows.length - 1;
  const columns = d.plain
    ? []
    : rows.map((r, i) => {
        const parts = v.flows.map((f) => {
          const change = r.yoy[f.flow];
          const percent = change && change.percent !== null ? `, ${formatDelta(change.percent, lang, 1)} %` : "";
          const yoy = change ? ` (${formatDelta(change.change, lang, 1)}${percent})` : "";
          return `${f.short[lang]}: ${fmt(r[f.flow], lang)}${yoy}`;
        });
        const month = r.isReleaseMonth ? ` (${messages(lang).releaseMonth})` : "";
        const label = `${formatPeriod(r.period, lang)}${month}\n${parts.join("\n")}`;
        const mark = { label, key: r.period, value: r.balance, first: i === lastIndex };
        return monthColumn(mark, MARGIN.left + step * i, step, plotHeight);
      });
  return svgRoot(
    d,
    height,
    v.title[lang],
    html`${yAxis(y, lang, d.width)}<g aria-hidden="true">${yearTicks}</g>${seams}${lines}<g aria-hidden="true"
        >${rings}</g
      >${bands}${marker}<g>${columns}</g>`,
  );
}
