import type { RevisionBasisView } from "@/lib/views/revision-history";
import { linearScale, px } from "@/lib/render/scale";
import { formatNumber, type Lang } from "@/lib/i18n/format";
import { html, type Html } from "@/lib/render/html";
import { messages } from "@/lib/i18n/messages";
import { MARGIN, markAttrs, svgRoot, WIDGET_DRAW, yAxis, type DrawOptions } from "./svg-parts";

/**
 * How one figure was revised: a point per vintage held (a square for a first release as quoted, a circle for an
 * official file), the release's figure as a dashed line across. The page, the widget and the image draw this one
 * drawing; its numbers are the basis view's table.
 */
export function revisionChartSvg(
  b: Pick<RevisionBasisView, "entries" | "basis">,
  releaseValue: number,
  lang: Lang,
  plotHeight: number,
  d: DrawOptions = WIDGET_DRAW,
): Html {
  const t = messages(lang);
  const top = MARGIN.top + 14;
  const height = top + plotHeight + MARGIN.bottom + 14;
  const values = [...b.entries.map((e) => e.value), releaseValue];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  // Revisions are small against the level: the axis spans the values, not zero to them.
  const pad = Math.max((hi - lo) * 0.25, Math.abs(hi) * 0.002, 1);
  const y = linearScale([lo - pad, hi + pad], top + plotHeight, top, { includeZero: false });
  const slot = (d.width - MARGIN.left - MARGIN.right) / Math.max(1, b.entries.length);
  const x = (i: number) => MARGIN.left + slot * (i + 0.5);
  const ry = px(y(releaseValue));
  const points = b.entries.map((e, i) => {
    const kind = e.kind === "reported" ? t.revisionsKindReported : t.revisionsKindOfficial;
    const label = `${e.vintage} (${kind}): ${formatNumber(e.value, lang, 1)}`;
    const attrs = markAttrs({
      label,
      key: `${e.kind}-${e.vintage}`,
      value: e.value,
      first: i === 0,
      cls: e.kind === "reported" ? "f-reportedNSA" : "f-officialNSA",
      plain: d.plain,
    });
    const cx = x(i);
    const cy = y(e.value);
    const mark =
      e.kind === "reported"
        ? html`<rect ${attrs} x="${px(cx - 5)}" y="${px(cy - 5)}" width="10" height="10" />`
        : html`<circle ${attrs} cx="${px(cx)}" cy="${px(cy)}" r="5.5" />`;
    // Vintage names under the axis; every other one where they would touch.
    const named = slot >= 70 || i % 2 === 0 || i === b.entries.length - 1;
    return html`<g
      >${mark}${
        named
          ? html`<text class="tk" x="${px(cx)}" y="${height - 20}" text-anchor="middle" aria-hidden="true"
              >${e.vintage}</text
            >`
          : ""
      }</g
    >`;
  });
  const release = html`<g aria-hidden="true"
    ><line class="mark" x1="${MARGIN.left}" x2="${d.width - MARGIN.right}" y1="${ry}" y2="${ry}" /><text
      class="tk"
      x="${d.width - MARGIN.right}"
      y="${px(y(releaseValue) - 5)}"
      text-anchor="end"
      >${t.revisionsRelease}: ${formatNumber(releaseValue, lang, 1)}</text
    ></g
  >`;
  const content = html`${yAxis(y, lang, d.width)}${release}${points}`;
  return svgRoot(d, height, t.revisionsChartLabel(b.basis), content);
}
