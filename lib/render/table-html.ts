import type { RankHistoryRow } from "@/lib/views/rank";
import { rowVintageText, type SeriesView } from "@/lib/views/series";
import type { Bilingual } from "@/lib/views/types";
import { formatDelta, formatNumber, formatPeriod, type Lang } from "@/lib/i18n/format";
import { messages } from "@/lib/i18n/messages";
import { html, type Html } from "@/lib/render/html";

/**
 * The long data tables (the series' months, the ranks by month) as server HTML, the same markup the panels render
 * with React once the reader changes their range or basis. Until then the page hydrates them as one element each
 * instead of about a thousand, which is most of the dashboard's hydration work.
 */
export function seriesTableHtml(view: SeriesView, lang: Lang): Html {
  const t = messages(lang);
  const n = (v: number | null) => (v === null ? t.noValue : formatNumber(v, lang, 1));
  const y = (c: { change: number; percent: number | null } | null) =>
    c === null
      ? t.noValue
      : c.percent === null
        ? formatDelta(c.change, lang, 1)
        : `${formatDelta(c.percent, lang, 1)} %`;
  return html`<table>
    <caption>
      ${view.title[lang]}, ${formatPeriod(view.from, lang, "short")}–${formatPeriod(view.to, lang, "short")}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t.month}</th>
        ${view.flows.map((f) => html`<th scope="col" colspan="2">${f.label[lang]}</th>`)}
        <th scope="col">${t.vintageColumn}</th>
      </tr>
    </thead>
    <tbody>
      ${view.rows.map(
        (r) =>
          html`<tr${r.isReleaseMonth ? html` class="release-row"` : ""}><th scope="row">${r.period}${r.isReleaseMonth ? ` (${t.releaseMonth})` : ""}</th>${view.flows.map(
            (f) =>
              html`<td class="num">${n(r[f.flow])}</td>
                <td class="num yoy">${t.yoy} ${y(r.yoy[f.flow])}</td>`,
          )}<td class="vintage">${rowVintageText(view, r, lang, t.noValue)}</td></tr>`,
      )}
    </tbody>
  </table>`;
}

export function rankHistoryTableHtml(
  rows: readonly RankHistoryRow[],
  partners: ReadonlyArray<{ partner: string; name: Bilingual }>,
  range: { from: string; to: string },
  lang: Lang,
): Html {
  const t = messages(lang);
  return html`<table>
    <caption>
      ${t.rankOverTime}, ${range.from}–${range.to}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t.month}</th>
        ${partners.map((p) => html`<th scope="col">${p.name[lang]}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (r) =>
          html`<tr${r.isReleaseMonth ? html` class="release-row"` : ""}><th scope="row">${r.period}${r.isReleaseMonth ? ` (${t.releaseMonth})` : ""}</th>${partners.map((p) => html`<td class="num">${String(r.ranks[p.partner] ?? t.noValue)}</td>`)}</tr>`,
      )}
    </tbody>
  </table>`;
}
