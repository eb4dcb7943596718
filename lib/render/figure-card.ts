import type { CheckResult, ChecksReport } from "@/lib/checks/schema";
import type { Bilingual } from "@/lib/data/release-schema";
import { MUSD_UNIT } from "@/lib/views/sources";
import { formatDelta, formatMusd, formatNumber, formatPeriod, type Lang } from "@/lib/i18n/format";
import { WIDGET_TEXT } from "@/lib/i18n/embed-labels";
import type { EmbedFigure } from "@/lib/http/embed/options";
import { html, type Html } from "@/lib/render/html";
import { statusBadge } from "./widget-document";

const n = (v: number, lang: Lang) => formatNumber(v, lang, 1);

function checkLine(r: CheckResult, lang: Lang): Html {
  const other = r.kind === "identity" ? WIDGET_TEXT.computed[lang] : WIDGET_TEXT.official[lang];
  const what =
    r.kind === "identity"
      ? lang === "es"
        ? `Frente a sus propias cifras (${r.formula ?? ""})`
        : `Against its own figures (${r.formula ?? ""})`
      : lang === "es"
        ? `Frente a la serie oficial (${r.basis ?? "—"}, edición ${r.vintage ?? "—"})`
        : `Against the official series (${r.basis ?? "—"}, ${r.vintage ?? "—"} vintage)`;
  const numbers =
    r.computed === null || r.delta === null
      ? ""
      : html`<br /><span class="note"
            >${other}: <span data-check="${r.id}" data-value="${r.computed}">${n(r.computed, lang)}</span> ·
            ${WIDGET_TEXT.delta[lang]} ${formatDelta(r.delta, lang, 1)} (${WIDGET_TEXT.tolerance[lang]}
            ±${n(r.tolerance, lang)})</span
          >`;
  return html`<li>${what}: ${statusBadge(r.status, lang)}${numbers}</li>`;
}

/** The figure as printed, formatted for its unit: "12,700 mdd" / "US$12.7 billion", or a rank "1". */
function printed(r: CheckResult, lang: Lang): string {
  if (r.unit === "rank") return lang === "es" ? `${r.reported}.º lugar` : `No. ${r.reported}`;
  return formatMusd(r.reported, lang, { exact: lang === "es" });
}

/**
 * The "verified number" card: one figure of the release as printed, each check of it (its own arithmetic and
 * the official series) with its status by icon and word, the period and basis (marked when inferred, with the
 * reasons as notes) and the source. Returns null when the release states no such figure.
 */
export function figureCard(
  report: ChecksReport,
  figure: EmbedFigure,
  lang: Lang,
): { title: string; body: Html; sourceLine: string; unit: string; notes: Bilingual[] } | null {
  const results = report.results.filter((r) => r.claimId === figure);
  const main = results.find((r) => r.kind === "claim") ?? results[0];
  if (!main) return null;
  const ordered = [...results].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "identity" ? -1 : 1));
  const inferred = (a: { inferred: boolean } | undefined, word: Bilingual = WIDGET_TEXT.inferred) =>
    a?.inferred ? ` (${word[lang]})` : "";
  const { period: periodAttribution, basis: basisAttribution, value: valueAttribution } = main.attribution;
  const period = `${formatPeriod(main.period, lang)}${inferred(periodAttribution)}`;
  const notes = [periodAttribution, basisAttribution, valueAttribution].flatMap((a) => (a?.inferred ? [a.reason] : []));
  const sources = [...new Map(results.flatMap((r) => r.sources).map((s) => [s.id, s])).values()];
  const rel = report.release;
  const sourceLine = `${lang === "es" ? "Fuente" : "Source"}: ${rel.issuerShort}, ${lang === "es" ? "comunicado" : "release"} ${rel.number} (${rel.date})${sources.map((s) => `; ${s.publisher}, ${s.title} (${s.basis}, ${lang === "es" ? `edición ${s.vintage}` : `${s.vintage} vintage`})`).join("")}.`;
  const body = html`<p class="note">«${main.quote}»</p>
    <p class="figure" data-figure="${figure}" data-value="${main.reported}">${printed(main, lang)}</p>
    <p class="note">
      ${WIDGET_TEXT.period[lang]}: ${period} ·
      ${main.basis ?? ""}${inferred(basisAttribution, WIDGET_TEXT.inferredBasis)}
    </p>
    <ul class="checks">
      ${ordered.map((r) => checkLine(r, lang))}
    </ul>`;
  return {
    title: `${WIDGET_TEXT.figureTitle[lang]}: ${main.label[lang]}`,
    body,
    sourceLine,
    unit: main.unit === "rank" ? (lang === "es" ? "lugar" : "rank") : MUSD_UNIT[lang],
    notes,
  };
}
