import type { ChecksReport } from "@/lib/checks/schema";
import type { Perspective } from "@/lib/data/schema";
import { checkRowView } from "@/lib/views/check-rows";
import type { Bilingual } from "@/lib/views/types";
import { formatDelta, formatNumber, formatPeriod, type Lang } from "@/lib/i18n/format";
import { messages } from "@/lib/i18n/messages";
import { escapeHtml, html, Html } from "./html";
import { statusBadgeBox } from "./status-badge";

const LEVELS = ["total", "exports", "imports", "balance"];

/**
 * The dashboard's checks table (its <table>; the page puts it in a keyboard-scrollable region): every claim and
 * identity with its quote, reported, official or computed value, delta, tolerance, status, period, basis, vintage,
 * source and explanation. The release names neither period nor basis, so each says when it is the analyst's
 * inference. Seen from the other side than the release's, each figure is named and signed from there; the quote
 * stays as printed. Written as HTML (not React) so the page carries it once: no copy in the RSC payload.
 */
export function checksTableHtml(report: ChecksReport, lang: Lang, perspective: Perspective, partner: Bilingual): Html {
  const t = messages(lang);
  const num = (v: number | null) => (v === null ? t.noValue : formatNumber(v, lang, 1));
  const heads = [
    t.figure,
    t.quote,
    t.reported,
    t.officialOrComputed,
    t.delta,
    t.tolerance,
    t.status,
    t.basisVintage,
    t.source,
    t.explanation,
  ];
  const rows = report.results.map((r) => {
    const v = checkRowView(r, perspective, partner);
    const kind = r.kind === "identity" ? `${t.identity}: ${v.formula}` : t.claim;
    const releaseLabel = v.releaseLabel
      ? html`<span class="kind release-label"> ${t.inRelease}: ${v.releaseLabel[lang]}</span>`
      : "";
    const vintage =
      formatPeriod(r.period, lang) +
      (r.attribution.period.inferred ? ` (${t.periodInferred})` : "") +
      ` · ${r.basis ?? t.noValue}` +
      (r.basis && r.attribution.basis.inferred ? ` (${t.basisInferred})` : "") +
      ` · ${r.vintage ?? t.releaseOwnFigures}`;
    const sources =
      r.sources.length === 0
        ? t.releaseOwnFigures
        : r.sources.map(
            (s) => html`<a href="${s.url}" rel="noopener noreferrer">${s.publisher} (${s.basis}, ${s.vintage})</a>`,
          );
    // A revision history is of one month's level: a span, change, growth, share or rank has none.
    const revised =
      r.kind === "claim" && !r.months && LEVELS.includes(r.measure)
        ? html` <a
            class="how-revised"
            href="${`/releases/${encodeURIComponent(report.release.slug)}/revisions/${encodeURIComponent(r.claimId)}?lang=${lang}`}"
            >${t.howRevised}</a
          >`
        : "";
    return html`<tr
      id="check-${r.id}"
      data-claim="${r.claimId}"
      data-check="${r.id}"
      data-status="${r.status}"
      tabindex="0"
    >
      <th scope="row">${v.label[lang]}<span class="kind"> (${kind})</span>${releaseLabel}</th>
      <td lang="es">«${r.quote}»</td>
      <td class="num">${num(v.reported)}</td>
      <td class="num">${num(v.computed)}</td>
      <td class="num">${v.delta === null ? t.noValue : formatDelta(v.delta, lang, 1)}</td>
      <td class="num">±${formatNumber(r.tolerance, lang, 1)}</td>
      <td id="check-${r.id}-status">${statusBadgeBox(r.status, lang, "in-page-table")}</td>
      <td>${vintage}</td>
      <td>${sources}</td>
      <td class="explanation">${v.explanation[lang]}${revised}</td>
    </tr>`;
  });
  // (a plain string: the formatter would put the caption's text on a line of its own, read as spaces around it)
  const caption = new Html(`<caption class="visually-hidden">${escapeHtml(t.checks)}</caption>`);
  return html`<table>
    ${caption}
    <thead>
      <tr>
        ${heads.map((h) => html`<th scope="col">${h}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
  </table>`;
}
