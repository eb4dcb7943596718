/**
 * The /check page's view of a checkText result: the text cut into plain runs and marked figures, the period choices
 * a reader may pick for a figure, and the partners by name. Pure: no React.
 */
import type { CheckTextResult, CheckedFigure } from "../claims/schema";
import type { Partner } from "../data/schema";
import { formatPeriod, LOCALE, type Lang } from "../i18n/format";
import { checkPageMessages } from "../i18n/check-page-messages";

/** The months as a period field's value ("2024-01", "2024-01/2024-03"), as POST /api/check reads it. */
export const periodValue = (months: readonly string[]): string =>
  months.length > 1 ? `${months[0] ?? ""}/${months.at(-1) ?? ""}` : (months[0] ?? "");

export type TextRun = { kind: "text"; text: string } | { kind: "figure"; text: string; index: number; n: number };

/** The text as runs: each claim's quote marked (n is its number in the table, 1-based), the rest verbatim. */
export function markedText(text: string, result: CheckTextResult): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  let n = 0;
  result.figures.forEach((f, index) => {
    if (!f.claim) return;
    n++;
    if (f.start < at || f.end > text.length || f.end <= f.start) return;
    if (f.start > at) runs.push({ kind: "text", text: text.slice(at, f.start) });
    runs.push({ kind: "figure", text: text.slice(f.start, f.end), index, n });
    at = f.end;
  });
  if (at < text.length) runs.push({ kind: "text", text: text.slice(at) });
  return runs;
}

/** The claims, each with its number in the table. */
export function claimRows(result: CheckTextResult): Array<{ f: CheckedFigure; index: number; n: number }> {
  let n = 0;
  return result.figures.flatMap((f, index) => (f.claim ? [{ f, index, n: ++n }] : []));
}

export function periodLabel(months: readonly string[], lang: Lang): string {
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return "";
  if (months.length === 1) return formatPeriod(first, lang);
  if (months.length === 12 && first.endsWith("-01") && last.slice(0, 4) === first.slice(0, 4)) return first.slice(0, 4);
  return checkPageMessages(lang).periodRange(formatPeriod(first, lang), formatPeriod(last, lang));
}

const addMonths = (m: string, k: number) => {
  const i = Number(m.slice(0, 4)) * 12 + Number(m.slice(5)) - 1 + k;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
};

/**
 * The periods a reader may choose for a figure: each of the 24 months up to the publication date, each year to date
 * of those, the three calendar years before, and the figure's own reading wherever it lies.
 */
export function periodChoices(
  date: string,
  current: readonly string[],
  lang: Lang,
): Array<{ value: string; label: string }> {
  const ref = date.length >= 7 ? date.slice(0, 7) : `${date}-12`;
  const seen = new Set<string>();
  const out: Array<{ value: string; label: string }> = [];
  const add = (months: string[]) => {
    const value = periodValue(months);
    if (!value || seen.has(value)) return;
    seen.add(value);
    out.push({ value, label: periodLabel(months, lang) });
  };
  add([...current]);
  for (let k = 0; k < 24; k++) add([addMonths(ref, -k)]);
  for (let k = 0; k < 12; k++) {
    const m = addMonths(ref, -k);
    const jan = `${m.slice(0, 4)}-01`;
    const run: string[] = [];
    for (let x = jan; x <= m; x = addMonths(x, 1)) run.push(x);
    if (run.length > 1) add(run);
  }
  const year = Number(ref.slice(0, 4));
  for (let y = year - 1; y >= year - 3; y--)
    add(Array.from({ length: 12 }, (_, i) => `${y}-${String(i + 1).padStart(2, "0")}`));
  return out;
}

/** Every partner by its name in the language, sorted as that language sorts. */
export function partnerChoices(partners: Iterable<Partner>, lang: Lang): Array<{ value: string; label: string }> {
  const name = (p: Partner) => (lang === "es" ? p.name_es || p.name_en : p.name_en);
  const collator = new Intl.Collator(LOCALE[lang]);
  return [...partners]
    .map((p) => ({ value: p.code, label: name(p) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

/** "5 trade figures; 2 consistent…; 3 revised." */
export function checkSummary(result: CheckTextResult, lang: Lang): string {
  const t = checkPageMessages(lang);
  const claims = result.figures.filter((f) => f.claim);
  const count = (v: string) => claims.filter((f) => f.verdict === v).length;
  const consistent = count("exact") + count("within_rounding");
  const others = (["revised", "mismatch", "unverified"] as const)
    .filter((v) => count(v) > 0)
    .map((v) => t.summaryOther(count(v), (count(v) === 1 ? t.summaryWordsOne : t.summaryWords)[v]))
    .join("");
  return t.summary(claims.length, consistent, others);
}
