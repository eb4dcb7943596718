import { shownDate } from "@/lib/data/release-schema";
import type { CheckResult, ChecksReport } from "@/lib/checks/schema";
import type { Bilingual } from "@/lib/data/release-schema";
import { formatDelta, formatMusd, formatNumber, formatPeriod, type Lang } from "@/lib/i18n/format";
import { messages } from "@/lib/i18n/messages";
import type { EmbedFigure } from "@/lib/http/embed/options";
import { html, type Html } from "@/lib/render/html";
import { statusBadge } from "./status-badge";

const n = (v: number, lang: Lang) => formatNumber(v, lang, 1);

/** What a check compares the figure with, in words ("Against the official series (SA, 2025-04 vintage)"). */
export function checkWhat(r: CheckResult, lang: Lang): string {
  const m = messages(lang);
  return r.kind === "identity"
    ? m.againstOwnFigures(r.formula ?? "")
    : m.againstOfficial(r.basis ?? "—", r.vintage ?? "—");
}

function checkLine(r: CheckResult, lang: Lang): Html {
  const m = messages(lang);
  const other = r.kind === "identity" ? m.computed : m.official;
  const what = checkWhat(r, lang);
  const numbers =
    r.computed === null || r.delta === null
      ? ""
      : html`<br /><span class="note"
            >${other}: <span data-check="${r.id}" data-value="${r.computed}">${n(r.computed, lang)}</span> ·
            ${messages(lang).delta} ${formatDelta(r.delta, lang, 1)} (${messages(lang).toleranceWord}
            ±${n(r.tolerance, lang)})</span
          >`;
  return html`<li>${what}: ${statusBadge(r.status, lang)}${numbers}</li>`;
}

/** The figure as printed, formatted for its unit: "12,700 mdd" / "US$12.7 billion", or a rank "1". */
export function printed(r: CheckResult, lang: Lang): string {
  if (r.unit === "rank") return messages(lang).rankPrinted(r.reported);
  if (r.unit === "percent") return `${formatNumber(r.reported, lang, 2)} %`;
  return formatMusd(r.reported, lang, messages(lang).sentenceMusd);
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
  const m = messages(lang);
  const inferred = (a: { inferred: boolean } | undefined, word: string = m.inferredPeriod) =>
    a?.inferred ? ` (${word})` : "";
  const { period: periodAttribution, basis: basisAttribution, value: valueAttribution } = main.attribution;
  const period = `${formatPeriod(main.period, lang)}${inferred(periodAttribution)}`;
  const notes = [periodAttribution, basisAttribution, valueAttribution].flatMap((a) => (a?.inferred ? [a.reason] : []));
  const sources = [...new Map(results.flatMap((r) => r.sources).map((s) => [s.id, s])).values()];
  const rel = report.release;
  const sourceLine = m.sourceLine([
    m.releaseRef(rel.issuerShort, rel.number, shownDate(rel)),
    ...sources.map(m.sourceOf),
  ]);
  const body = html`<p class="note">«${main.quote}»</p>
    <p class="figure" data-figure="${figure}" data-value="${main.reported}">${printed(main, lang)}</p>
    <p class="note">
      ${messages(lang).period}: ${period} · ${main.basis ?? ""}${inferred(basisAttribution, m.inferredBasis)}
    </p>
    <ul class="checks">
      ${ordered.map((r) => checkLine(r, lang))}
    </ul>`;
  return {
    title: `${messages(lang).figureTitle}: ${main.label[lang]}`,
    body,
    sourceLine,
    unit: main.unit === "rank" ? m.rankWord : main.unit === "percent" ? "%" : m.musdUnit,
    notes,
  };
}
