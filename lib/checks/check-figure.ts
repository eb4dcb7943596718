/**
 * The verdict on one figure a text claims: exact, within_rounding (or truncation, for an outlet that truncates),
 * revised (every vintage that covers it came later, and the gap is within revision size), mismatch, or unverified.
 * The vintage published before the text is tried first; later ones explain revisions.
 */
import type { Dataset } from "../data/dataset";
import type { Bilingual } from "../data/release-schema";
import { officialCandidates, type FigureQuery, type OfficialCandidate } from "./figure-official";
import { percentRevisionBound, revisionBound } from "./revision-bound";
import { publishedAfter } from "./vintage";
import { clean } from "./rounding";
import { LOCALE } from "../i18n/format";
import { engineBilingual, engineMessages } from "../i18n/engine-messages";

export type Verdict = "exact" | "within_rounding" | "revised" | "mismatch" | "unverified";

export interface FigureCheck {
  verdict: Verdict;
  official: number | null;
  delta: number | null;
  tolerance: number;
  vintage: string | null;
  sourceIds: string[];
  /** For a change, growth or share: the two official levels compared (now and then, or partner and World), $M. */
  levels: { now: number; then: number } | null;
  /** "rounded" or "truncated": how the printed figure fits the official value, when it does. */
  fit: "rounded" | "truncated" | null;
  /** How close the best reading came, for inference: 3 fits at printed precision, 2 within revision size, 0 not. */
  score: number;
  /** Relative gap, for ranking readings that do not fit. */
  gap: number;
  explanation: Bilingual;
}

export interface CheckInput extends FigureQuery {
  value: number;
  precision: number;
  bound?: "lt" | "gt";
  qualifier?: "roughly";
  /** Text date: vintages published before it are "as published at the time". */
  date: string;
  /** The outlet truncates rather than rounds. */
  truncates: boolean;
}

// One formatter per language and digits: Intl.NumberFormat is costly to build, and checks run by the thousand.
const FORMATTERS = new Map<string, Intl.NumberFormat>();
const fmt = (v: number, lang: "es" | "en", digits = 1) => {
  const key = `${lang}|${String(digits)}`;
  let f = FORMATTERS.get(key);
  if (!f) FORMATTERS.set(key, (f = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: digits })));
  return f.format(v);
};

function fits(
  input: CheckInput,
  c: OfficialCandidate,
): { ok: boolean; fit: "rounded" | "truncated" | null; delta: number; tol: number } {
  const delta = clean(input.value - c.value, 6);
  let tol = input.precision / 2 + c.sourceRounding;
  if (input.qualifier === "roughly") tol = input.precision;
  if (input.bound === "lt")
    return { ok: Math.abs(c.value) < Math.abs(input.value) + c.sourceRounding, fit: "rounded", delta, tol };
  if (input.bound === "gt")
    return { ok: Math.abs(c.value) > Math.abs(input.value) - c.sourceRounding, fit: "rounded", delta, tol };
  if (Math.abs(delta) <= tol + 1e-9) return { ok: true, fit: "rounded", delta, tol };
  // Truncation shows only in figures printed to $1M or $10M; at coarser steps it cannot be told from a revision.
  // A figure printed to $1M that is the official value cut is within one printed unit whatever the outlet does.
  if (
    (input.truncates || input.precision <= 1) &&
    (input.kind === "level" || input.kind === "change") &&
    input.precision <= 10
  ) {
    // Truncated: the printed magnitude is the official magnitude cut to the printed step.
    const over = Math.abs(c.value) - Math.abs(input.value);
    if (
      Math.sign(c.value) === Math.sign(input.value) &&
      over >= -c.sourceRounding - 1e-9 &&
      over < input.precision + c.sourceRounding
    )
      return { ok: true, fit: "truncated", delta, tol };
  }
  return { ok: false, fit: null, delta, tol };
}

/** The growth rates that levels each moved by no more than a revision can give: [low, high], in points. */
function growthRange(input: CheckInput, c: OfficialCandidate): [number, number] | null {
  const lv = c.levels;
  if (!lv || input.kind !== "growth_pct") return null;
  const r = (x: OfficialCandidate) =>
    revisionBound({
      basis: input.basis,
      level: x.level,
      partnerImports: x.partnerImports,
      flow: input.flow,
      kind: "level",
    }).musd;
  const a = lv.now.value;
  const b = lv.then.value;
  const ra = r(lv.now);
  const rb = r(lv.then);
  // A level whose revision could take it through zero can give any rate.
  if (Math.abs(b) <= rb) return [-Infinity, Infinity];
  const ratios = [(a - ra) / (b - rb), (a - ra) / (b + rb), (a + ra) / (b - rb), (a + ra) / (b + rb)];
  return [(Math.min(...ratios) - 1) * 100, (Math.max(...ratios) - 1) * 100];
}

/** A June annual revision falls between the text and the vintage (Census revises about three years each June). */
export function annualRevisionBetween(date: string, vintage: string): boolean {
  const end = vintage.length === 7 ? `${vintage}-31` : vintage;
  for (let y = Number(date.slice(0, 4)); y <= Number(vintage.slice(0, 4)); y++) {
    const june = `${String(y)}-06-15`;
    if (june >= date && june <= end) return true;
  }
  return false;
}

function boundFor(input: CheckInput, c: OfficialCandidate): number {
  if (input.kind === "share_pct") return Math.abs(percentRevisionBound(input.basis, c.value, input.kind));
  if (input.kind === "growth_pct") {
    const range = growthRange(input, c);
    if (!range) return Math.abs(percentRevisionBound(input.basis, c.value, input.kind));
    const [lo, hi] = range;
    return Math.max(0, input.value >= c.value ? hi - c.value : c.value - lo);
  }
  if (input.kind === "rank") return 0;
  return revisionBound({
    basis: input.basis,
    level: c.level,
    partnerImports: c.partnerImports,
    flow: input.flow,
    kind: input.kind === "change" ? "change" : "level",
  }).musd;
}

function vintageWords(c: OfficialCandidate, lang: "es" | "en"): string {
  return engineMessages(lang).vintageWords(c.vintage, c.baseVintage ?? null);
}

const vintageOf = (c: OfficialCandidate) => (c.baseVintage ? `${c.vintage} (base ${c.baseVintage})` : c.vintage);

const levelsOf = (c: OfficialCandidate) =>
  c.levels ? { now: clean(c.levels.now.value, 6), then: clean(c.levels.then.value, 6) } : null;

export function checkFigure(ds: Dataset, input: CheckInput): FigureCheck {
  const all = officialCandidates(ds, { ...input, baseBefore: input.date });
  const digits = input.kind === "growth_pct" || input.kind === "share_pct" ? 2 : 1;
  const officialWords = (c: OfficialCandidate, lang: "es" | "en") => ({
    basis: input.basis,
    vintage: vintageWords(c, lang),
    official: fmt(c.value, lang, digits),
    printed: fmt(input.value, lang, digits),
  });
  if (all.length === 0) {
    return {
      verdict: "unverified",
      official: null,
      delta: null,
      tolerance: input.precision / 2,
      vintage: null,
      sourceIds: [],
      levels: null,
      fit: null,
      score: 0,
      gap: Infinity,
      explanation: engineBilingual((e) =>
        e.noOfficialCovers(
          e.kindWord[input.kind],
          input.basis,
          input.months[0] ?? "",
          input.months.length > 1 ? (input.months.at(-1) ?? "") : null,
        ),
      ),
    };
  }
  const before = all.filter((c) => !publishedAfter(c.vintage, input.date));
  const later = all.filter((c) => publishedAfter(c.vintage, input.date));
  const ordered = [...before.reverse(), ...later.reverse()];
  const matching = ordered.map((c) => ({ c, f: fits(input, c) })).find((x) => x.f.ok);
  if (matching) {
    const { c, f } = matching;
    const verdict: Verdict = f.delta === 0 ? "exact" : "within_rounding";
    return {
      verdict,
      official: clean(c.value, 6),
      delta: f.delta,
      tolerance: f.tol,
      vintage: vintageOf(c),
      sourceIds: c.sourceIds,
      levels: levelsOf(c),
      fit: f.fit,
      score: 3,
      gap: 0,
      explanation: engineBilingual((e, lang) =>
        e.figureAgrees(
          officialWords(c, lang),
          verdict === "exact" ? null : e.fitWord[f.fit === "truncated" ? "truncated" : "rounded"],
        ),
      ),
    };
  }
  // No vintage fits: the nearest one, preferring one published before the text.
  const nearest = (list: OfficialCandidate[]) =>
    [...list].sort((a, b) => Math.abs(input.value - a.value) - Math.abs(input.value - b.value))[0];
  const c = nearest(before) ?? nearest(later);
  if (!c) throw new Error("unreachable: candidates exist");
  const f = fits(input, c);
  const gapBeyond = Math.max(0, Math.abs(f.delta) - f.tol);
  const bound = boundFor(input, c);
  const rel = Math.abs(c.value) > 0 ? gapBeyond / Math.abs(c.value) : Infinity;
  const base = {
    official: clean(c.value, 6),
    delta: f.delta,
    tolerance: f.tol,
    vintage: vintageOf(c),
    sourceIds: c.sourceIds,
    levels: levelsOf(c),
    fit: null,
    gap: rel,
  };
  const off = engineBilingual((e, lang) => e.figureDiffers(officialWords(c, lang), fmt(f.delta, lang, digits)));
  if (before.includes(c)) {
    return {
      ...base,
      verdict: "mismatch",
      score: gapBeyond <= bound ? 1 : 0,
      explanation: engineBilingual((e, lang) => e.mismatchBefore(off[lang])),
    };
  }
  if (input.kind !== "rank" && gapBeyond <= bound) {
    return {
      ...base,
      verdict: "revised",
      score: 2,
      explanation: engineBilingual((e, lang) => e.revisedWithin(off[lang], fmt(bound, lang, digits))),
    };
  }
  // With no annual revision between the text and the vintage, only the usual monthly revision can have moved the
  // figure: a gap beyond revision size is then a mismatch, not an unknown.
  if (input.kind === "rank" || !annualRevisionBetween(input.date, c.vintage)) {
    return {
      ...base,
      verdict: "mismatch",
      score: 0,
      explanation: engineBilingual((e, lang) => e.mismatchNoAnnual(off[lang], fmt(bound, lang, digits))),
    };
  }
  return {
    ...base,
    verdict: "unverified",
    score: 0,
    explanation: engineBilingual((e, lang) => e.undecided(off[lang], fmt(bound, lang, digits))),
  };
}
