import type { RankView } from "@/lib/views";
import { linearScale, px } from "@/lib/render/scale";
import { formatNumber, formatPeriod, type Lang } from "@/lib/i18n/format";
import { messages } from "@/lib/i18n/messages";
import { html, type Html } from "@/lib/render/html";
import {
  widgetTables,
  legend,
  MARGIN,
  markAttrs,
  monthColumn,
  svgRoot,
  WIDGET_DRAW,
  type DrawOptions,
} from "./svg-parts";
import { statusBadge } from "./status-badge";

/** Each followed partner's fill class, in the view's order. */
export const RANK_FILL = ["f-exports", "f-imports", "f-balance"];
const PARTNER_FILL = RANK_FILL;

/**
 * The rank: the month's two-way trade of the followed partners with their ranks, then the ranks over time (1 at the
 * top).
 */
export function rankSvg(v: RankView, lang: Lang, plotHeight: number): { chart: Html; status: Html } {
  const monthSvg = rankMonthSvg(v, lang);
  const historySvg = rankHistorySvg(v, lang, plotHeight);
  const table = widgetTables([v.table, v.historyTable], lang);
  const partnerLegend = legend(
    v.partners.map((p, k) => ({ fillClass: PARTNER_FILL[k] ?? "f-balance", label: p.name[lang] })),
  );
  const chart = html`<p class="note">
      ${formatPeriod(v.period, lang)} · ${v.basis} · ${messages(lang).rankPartners(v.partnersRanked)}
    </p>
    ${monthSvg}
    <p class="note">${messages(lang).rankOverTimeNote}</p>
    ${partnerLegend}${historySvg}${table}`;
  const status = v.status ? html`<p>${messages(lang).rankClaimed}: ${statusBadge(v.status, lang)}</p>` : html``;
  return { chart, status };
}

/**
 * The month: each followed partner's two-way trade as a bar, with its rank; the first partner's bar carries the rank
 * claim.
 */
export function rankMonthSvg(
  v: Pick<RankView, "month" | "partnersRanked" | "claimId" | "title" | "period">,
  lang: Lang,
  d: DrawOptions = WIDGET_DRAW,
): Html {
  const rowH = 30;
  const monthHeight = v.month.length * rowH + 8;
  const xTotal = linearScale(
    v.month.map((m) => m.total ?? 0),
    MARGIN.left + 70,
    d.width - MARGIN.right - 60,
  );
  const monthBars = v.month.map((m, i) => {
    const yTop = 4 + i * rowH;
    const total = m.total ?? 0;
    const rankText = m.rank === null ? "—" : `${m.rank}`;
    const label =
      `${m.name[lang]}: ${messages(lang).rankOf(rankText, v.partnersRanked)}, ` +
      (m.total === null ? messages(lang).noValue : formatNumber(m.total, lang, 1));
    const attrs = markAttrs({
      label,
      key: m.partner,
      value: m.rank,
      first: i === 0,
      cls: PARTNER_FILL[i] ?? "f-balance",
      claim: i === 0 ? v.claimId : null,
      plain: d.plain,
    });
    return html`<g
      ><text x="0" y="${yTop + 17}">${m.name[lang]}</text
      ><text x="${MARGIN.left + 62}" y="${yTop + 17}" text-anchor="end" font-weight="700">${rankText}</text
      ><rect
        ${attrs}
        data-total="${m.total ?? ""}"
        x="${xTotal(0)}"
        y="${yTop + 4}"
        width="${px(Math.max(1, xTotal(total) - xTotal(0)))}"
        height="${rowH - 10}"
      /><text x="${px(xTotal(total) + 4)}" y="${yTop + 17}"
        >${m.total === null ? "—" : formatNumber(m.total, lang, 0)}</text
      ></g
    >`;
  });
  // The bars' area is the plot; rows keep their height.
  const plot = { left: MARGIN.left + 70, right: MARGIN.right + 60, top: 0, bottom: 0, fixedHeight: true };
  return svgRoot(d, monthHeight, `${v.title[lang]} — ${formatPeriod(v.period, lang)}`, html`${monthBars}`, plot);
}

/** The ranks over time (1 at the top), a line per partner; in the widget, with a reachable column per month. */
export function rankHistorySvg(
  v: Pick<RankView, "history" | "partners">,
  lang: Lang,
  plotHeight: number,
  d: DrawOptions = WIDGET_DRAW,
): Html {
  const height = MARGIN.top + plotHeight + MARGIN.bottom;
  const allRanks = v.history.flatMap((h) => Object.values(h.ranks)).filter((r): r is number => r !== null);
  const worst = Math.max(3, ...allRanks);
  const y = (rank: number) => MARGIN.top + ((rank - 1) / (worst - 1)) * plotHeight;
  const step = (d.width - MARGIN.left - MARGIN.right) / Math.max(1, v.history.length);
  const x = (i: number) => MARGIN.left + step * (i + 0.5);
  const lines = v.partners.map((p, k) => {
    let path = "";
    let pen = "M";
    v.history.forEach((h, i) => {
      const r = h.ranks[p.partner];
      if (r === null || r === undefined) return void (pen = "M");
      path += `${pen}${px(x(i))} ${px(y(r))}`;
      pen = "L";
    });
    return html`<path class="ln ${PARTNER_FILL[k] ?? "f-balance"}" fill="none" d="${path}" aria-hidden="true" />`;
  });
  const rankTicks = [...new Set([1, Math.ceil(worst / 2), worst])].map(
    (r) =>
      html`<line class="ax" x1="${MARGIN.left}" x2="${d.width - MARGIN.right}" y1="${px(y(r))}" y2="${px(y(r))}" /><text
          class="tk"
          x="${MARGIN.left - 6}"
          y="${px(y(r)) + 4}"
          text-anchor="end"
          >${r}</text
        >`,
  );
  const januaries = v.history.map((h, i) => ({ h, i })).filter(({ h }) => h.period.endsWith("-01"));
  const every = Math.max(1, Math.ceil(januaries.length / 8));
  const yearTicks = januaries
    .filter((_, k) => k % every === 0)
    .map(
      ({ h, i }) =>
        html`<text class="tk" x="${px(x(i))}" y="${height - 8}" text-anchor="middle">${h.period.slice(0, 4)}</text>`,
    );
  const columns = d.plain
    ? []
    : v.history.map((h, i) => {
        const ranks = v.partners.map((p) => `${p.name[lang]}: ${h.ranks[p.partner] ?? "—"}`);
        const label = `${formatPeriod(h.period, lang)}\n${ranks.join("\n")}`;
        const value = h.ranks[v.partners[0]?.partner ?? ""] ?? null;
        const mark = { label, key: h.period, value, first: i === v.history.length - 1 };
        return monthColumn(mark, MARGIN.left + step * i, step, plotHeight);
      });
  return svgRoot(
    d,
    height,
    messages(lang).rankOverTimeTitle,
    html`<g aria-hidden="true">${rankTicks}${yearTicks}</g>${lines}<g>${columns}</g>`,
  );
}
