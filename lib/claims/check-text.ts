/**
 * checkText: any Spanish or English text about US goods trade, and its publication date, in; every figure out, read
 * and checked, with the text's own identities. Where the text is silent on period or basis, the reading that explains
 * the most figures at their printed precision is chosen by search (the runner-up is kept). Pure: no I/O.
 */
import type { Dataset } from "../data/dataset";
import type { Bilingual } from "../data/release-schema";
import { checkFigure, type FigureCheck } from "../checks/check-figure";
import { levelIn } from "../checks/figure-official";
import { clean } from "../checks/rounding";
import { formatNumber, formatPeriod } from "../i18n/format";
import { bilingual } from "../i18n/messages";
import { engineBilingual, engineMessages } from "../i18n/engine-messages";
import { addMonths, monthRange, yearMonths, type Month } from "./periods";
import { readText, type Lang, type ReadFigure, type UsFlow } from "./read-claims";
import { decimalMarkEvidence } from "./numerals";
import type { CheckedFigure, CheckTextResult, TextIdentity } from "./schema";

export interface CheckTextInput {
  text: string;
  /** Publication date: YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
  lang?: Lang;
}

type Basis = "SA" | "NSA";

interface Reading {
  fig: ReadFigure;
  months: Month[];
  compareMonths?: Month[];
  basis: Basis;
  flow: UsFlow;
  value: number;
  reasons: NonNullable<CheckedFigure["reasons"]>;
}

function fullDate(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-12-31`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-28`;
  return date;
}

// Checks are pure in their inputs; one text asks the same question many times (scoring readings, then the verdict).
let memo: { ds: Dataset | null; date: string; map: Map<string, FigureCheck> } = { ds: null, date: "", map: new Map() };

function check(ds: Dataset, r: Reading, date: string, truncates: boolean): FigureCheck {
  const f = r.fig;
  if (memo.ds !== ds || memo.date !== date || memo.map.size > 50_000) memo = { ds, date, map: new Map() };
  const key = [
    f.partner,
    r.flow,
    r.basis,
    r.months.join(","),
    r.compareMonths?.join(",") ?? "",
    f.kind,
    r.value,
    f.precision,
    f.bound ?? "",
    f.qualifier ?? "",
    truncates ? 1 : 0,
  ].join("|");
  const hit = memo.map.get(key);
  if (hit) return hit;
  const result = computeCheck(ds, r, date, truncates);
  memo.map.set(key, result);
  return result;
}

function computeCheck(ds: Dataset, r: Reading, date: string, truncates: boolean): FigureCheck {
  const f = r.fig;
  return checkFigure(ds, {
    partner: f.partner ?? "2010",
    flow: r.flow,
    basis: r.basis,
    months: r.months,
    ...(r.compareMonths ? { compareMonths: r.compareMonths } : {}),
    kind: f.kind ?? "level",
    value: r.value,
    precision: f.precision,
    ...(f.bound ? { bound: f.bound } : {}),
    ...(f.qualifier ? { qualifier: f.qualifier } : {}),
    date,
    truncates,
  });
}

const swapFlow = (flow: UsFlow): UsFlow =>
  flow === "us_exports" ? "us_imports" : flow === "us_imports" ? "us_exports" : flow;

function shift(months: Month[], to: Month[]): (m: Month[] | undefined) => Month[] | undefined {
  // Moves a compared period along with the figure's own period.
  const from = months.at(-1);
  const dest = to.at(-1);
  if (!from || !dest) return (m) => m;
  const k = (Number(dest.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(dest.slice(5)) - Number(from.slice(5));
  return (m) => m?.map((x) => addMonths(x, k));
}

function periodCandidates(ref: Month): Array<{ months: Month[]; label: Bilingual }> {
  const out: Array<{ months: Month[]; label: Bilingual }> = [];
  for (let k = 0; k < 4; k++) {
    const month = addMonths(ref, -k);
    out.push({ months: [month], label: bilingual((_m, lang) => formatPeriod(month, lang)) });
    const jan = `${month.slice(0, 4)}-01`;
    if (month > jan)
      out.push({
        months: monthRange(jan, month),
        label: engineBilingual((e, lang) => e.periodYearTo(formatPeriod(month, lang))),
      });
  }
  const prevYear = Number(ref.slice(0, 4)) - (ref.endsWith("-12") ? 0 : 1);
  out.push({ months: yearMonths(prevYear), label: engineBilingual((e) => e.periodYear(prevYear)) });
  return out;
}

const FLOWS: readonly UsFlow[] = ["us_exports", "us_imports", "total", "balance"];

/** How many figures a reading explains; a figure with no flow word counts with the flow that fits it best. */
function scoreOf(ds: Dataset, readings: Reading[], date: string): number {
  let s = 0;
  for (const r of readings) {
    if (r.fig.flowStated) {
      s += check(ds, r, date, true).score;
      continue;
    }
    let best = 0;
    for (const flow of FLOWS)
      for (const sign of flow === "balance" && r.fig.kind === "level" ? [-1, 1] : [1])
        best = Math.max(
          best,
          check(ds, { ...r, flow, value: r.fig.kind === "level" ? r.fig.magnitude * sign : r.value }, date, true).score,
        );
    s += best;
  }
  return s;
}

/** The partner's mean monthly level of a flow over the last twelve months of the latest unadjusted vintage, in $M. */
function usualMonthly(ds: Dataset, partner: string, flow: UsFlow): number | null {
  const obs = ds.byKey.get(`${partner}|imports|NSA`) ?? [];
  const last = obs.at(-1);
  if (!last) return null;
  const months = monthRange(addMonths(last.period, -11), last.period);
  const c = levelIn(ds, { partner, flow, basis: "NSA", months }, last.vintage);
  return c && c.value !== 0 ? Math.abs(c.value) / 12 : null;
}

function periodBySize(
  ds: Dataset,
  silent: Reading[],
  candidates: Array<{ months: Month[]; label: Bilingual }>,
): { months: Month[]; label: Bilingual } {
  const first = candidates[0] ?? { months: [], label: bilingual(() => "") };
  // How many months of the partner's usual level each figure is; the median speaks for the text.
  const ratios: number[] = [];
  for (const r of silent) {
    if (r.fig.kind !== "level" || r.flow === "balance") continue;
    const usual = usualMonthly(ds, r.fig.partner ?? "2010", r.flow);
    if (usual) ratios.push(Math.abs(r.value) / usual);
  }
  if (ratios.length === 0) return first;
  ratios.sort((a, b) => a - b);
  const median = ratios[Math.floor(ratios.length / 2)] ?? 1;
  // Sizes within 15% cannot be told apart from a usual level; a whole calendar year is then the period texts quote.
  const year = candidates.find((c) => c.months.length === 12 && c.months[0]?.endsWith("-01"));
  if (year && Math.abs(Math.log(12 / median)) <= Math.log(1.15)) return year;
  let best = first;
  for (const cand of candidates) {
    const d = Math.abs(Math.log(cand.months.length / median));
    const dBest = Math.abs(Math.log(best.months.length / median));
    if (d < dBest - 1e-9) best = cand;
  }
  return best;
}

export class CheckInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CheckInputError";
  }
}

/**
 * Reads and checks every figure of a text. Where the text's own numbers do not show its decimal mark (only
 * "39.874"-like figures), both readings are tried and the one whose figures agree with the data is kept.
 * Throws CheckInputError for a date that is not YYYY-MM-DD, YYYY-MM or YYYY.
 */
export function checkText(ds: Dataset, input: CheckTextInput): CheckTextResult {
  if (!/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/.test(input.date))
    throw new CheckInputError(`date must be YYYY-MM-DD, YYYY-MM or YYYY, got ${JSON.stringify(input.date)}`);
  const ev = decimalMarkEvidence(input.text);
  const ambiguous = ev.dot === ev.comma && /\d[.,]\d{3}(?!\d)/.test(input.text);
  if (!ambiguous) return checkWithMark(ds, input, undefined);
  const agree = (r: CheckTextResult) =>
    r.figures.filter((f) => f.verdict === "exact" || f.verdict === "within_rounding" || f.verdict === "revised").length;
  const dot = checkWithMark(ds, input, ".");
  const comma = checkWithMark(ds, input, ",");
  return agree(comma) > agree(dot) ? comma : dot;
}

function checkWithMark(ds: Dataset, input: CheckTextInput, mark: "." | "," | undefined): CheckTextResult {
  const date = fullDate(input.date);
  const reading = readText(input.text, input.date, ds.partners, input.lang, mark);
  const claims = reading.figures.filter((f) => f.claim);
  const stated = reading.basisStated;
  const statedAt = (f: ReadFigure): Basis | null => (f.basisStated ? (f.basis ?? null) : null);
  const readings: Reading[] = claims.map((f) => ({
    fig: f,
    months: f.months,
    ...(f.compareMonths ? { compareMonths: f.compareMonths } : {}),
    basis: f.kind === "rank" ? "NSA" : (statedAt(f) ?? "NSA"),
    flow: f.flow ?? "total",
    value: f.value,
    reasons: {},
  }));
  const money = () => readings.filter((r) => r.fig.kind !== "rank");

  // 1. Period and basis where the text names neither: search months before the date and both bases.
  let inference: CheckTextResult["inference"] = null;
  const silent = money().filter((r) => r.fig.periodSource === "date");
  const bases: Basis[] = stated ? [stated] : ["NSA", "SA"];
  if (silent.length > 0) {
    const trials: Array<{ months: Month[]; basis: Basis; score: number; label: Bilingual }> = [];
    for (const cand of periodCandidates(reading.refMonth)) {
      for (const basis of bases) {
        const trial = silent.map((r) => ({
          ...r,
          months: cand.months,
          compareMonths: shift(r.months, cand.months)(r.compareMonths),
          basis,
        }));
        trials.push({ months: cand.months, basis, score: scoreOf(ds, trial, date), label: cand.label });
      }
    }
    trials.sort((a, b) => b.score - a.score);
    const best = trials[0];
    const second = trials.find(
      (t) => t !== best && (t.months.join() !== best?.months.join() || t.basis !== best.basis),
    );
    if (best && best.score > 0) {
      const why = bilingual((m, lang) =>
        engineMessages(lang).periodSearched({
          period: best.label[lang],
          basis: stated ? null : m.basisAdjective[best.basis],
          score: best.score,
          max: silent.length * 3,
          runnerUp: second
            ? { period: second.label[lang], basis: stated ? null : second.basis, score: second.score }
            : null,
        }),
      );
      inference = {
        months: best.months,
        basis: stated ? null : best.basis,
        score: best.score,
        runnerUp: second ? { months: second.months, basis: stated ? null : second.basis, score: second.score } : null,
        reason: why,
      };
      for (const r of silent) {
        r.compareMonths = shift(r.months, best.months)(r.compareMonths);
        r.months = best.months;
        r.basis = best.basis;
        r.reasons.period = why;
        if (!stated) r.reasons.basis = why;
      }
      // Ranks and figures that lean on the same silent period follow it.
      for (const r of readings)
        if (r.fig.kind === "rank" && r.fig.periodSource === "date") {
          r.months = best.months;
          r.reasons.period = engineBilingual((e, lang) => e.periodOfOthers(best.label[lang]));
        }
    } else {
      // Nothing we hold explains the figures: take the period their size fits (a month, the year to date, a year)
      // against the partner's usual monthly level, from the months surely out by the date; verdicts stay unverified.
      const ref = input.date.length === 10 ? reading.refMonth : addMonths(reading.refMonth, -1);
      const sized = periodBySize(ds, silent, periodCandidates(ref));
      const why = engineBilingual((e, lang) => e.periodBySize(sized.label[lang]));
      inference = { months: sized.months, basis: null, score: 0, runnerUp: null, reason: why };
      for (const r of silent) {
        r.compareMonths = shift(r.months, sized.months)(r.compareMonths);
        r.months = sized.months;
        r.reasons.period = why;
      }
      for (const r of readings) if (r.fig.kind === "rank" && r.fig.periodSource === "date") r.months = sized.months;
    }
  }
  for (const r of readings) if (r.fig.kind === "rank") r.reasons.basis = engineBilingual((e) => e.rankBasis);
  // 2. Basis for stated periods, when not stated: the one that explains more figures (ties: NSA, the press's).
  if (!stated) {
    const rest = money().filter((r) => r.fig.periodSource !== "date" && !r.fig.basisStated);
    if (rest.length > 0) {
      const nsa = scoreOf(
        ds,
        rest.map((r) => ({ ...r, basis: "NSA" as const })),
        date,
      );
      const sa = scoreOf(
        ds,
        rest.map((r) => ({ ...r, basis: "SA" as const })),
        date,
      );
      // The press quotes unadjusted country figures: SA only where it explains more of them.
      const basis: Basis = sa > nsa ? "SA" : "NSA";
      const why = engineBilingual((e) => e.basisChosen(basis, Math.max(sa, nsa), Math.min(sa, nsa)));
      for (const r of rest) {
        r.basis = basis;
        r.reasons.basis = why;
      }
    }
  }
  // Compared periods the text does not write follow the basis: the month before for SA, a year before for NSA.
  for (const r of readings) {
    if (!r.fig.compareDefault || r.months.length !== 1 || !r.compareMonths) continue;
    const first = r.months[0] ?? "";
    r.compareMonths = r.basis === "SA" || r.fig.kind === "change" ? [addMonths(first, -1)] : [addMonths(first, -12)];
  }
  // 3. Flows told from an unnamed side ("exports were…"): the other side's reading, if it explains more.
  const guessed = money().filter((r) => r.fig.flowSideGuessed);
  if (guessed.length > 0) {
    const asRead = scoreOf(ds, guessed, date);
    const flipped = guessed.map((r) => ({ ...r, flow: swapFlow(r.flow) }));
    const other = scoreOf(ds, flipped, date);
    if (other > asRead) {
      const why = engineBilingual((e) => e.sideFlipped);
      for (const r of guessed) {
        r.flow = swapFlow(r.flow);
        r.reasons.flow = why;
      }
    }
  }
  // 4. Levels with no flow word at all (table cells): the flow whose value they are.
  for (const r of money()) {
    if (r.fig.flowStated || r.fig.kind !== "level") continue;
    let best: { flow: UsFlow; value: number; score: number; gap: number } | null = null;
    for (const flow of ["us_exports", "us_imports", "total", "balance"] as const) {
      for (const sign of flow === "balance" ? [-1, 1] : [1]) {
        const value = r.fig.magnitude * sign;
        const c = check(ds, { ...r, flow, value }, date, true);
        if (!best || c.score > best.score || (c.score === best.score && c.gap < best.gap))
          best = { flow, value, score: c.score, gap: c.gap };
      }
    }
    if (best && best.score > 0) {
      r.flow = best.flow;
      r.value = best.value;
      r.reasons.flow = engineBilingual((e) => e.flowByValue);
      // Percent cells after it in the same table row take its flow.
      for (const g of readings) {
        if (
          g.fig.start > r.fig.start &&
          g.fig.kind === "growth_pct" &&
          !g.fig.flowStated &&
          g.fig.sentence <= r.fig.sentence + 1
        )
          g.flow = best.flow;
      }
    }
  }
  // 5. Rounding or truncation: an outlet that truncates shows it in figures only truncation fits.
  let onlyTrunc = 0;
  let onlyRound = 0;
  for (const r of money()) {
    if (r.fig.kind !== "level") continue;
    const t = check(ds, r, date, true);
    const n = check(ds, r, date, false);
    if (t.fit === "truncated") onlyTrunc++;
    else if (n.fit === "rounded" && n.official !== null && Math.abs(n.official) < Math.abs(r.value)) onlyRound++;
  }
  // Figures printed to $1M or $10M that fit only when cut are read as truncated unless the text shows it rounds.
  const truncates = onlyTrunc >= onlyRound;

  const checks = readings.map((r) => check(ds, r, date, truncates));
  // 6. Swapped or mislabelled flows. A level no vintage comes near that the other flow fits exactly is mislabelled;
  // a rate that misses its own flow but fits the other, while the other flow's rate beside it fits this one's, is
  // one of a swapped pair (the one that fits its own flow stays as it is).
  const swappedNote = (c: FigureCheck, r: Reading): FigureCheck => ({
    ...c,
    verdict: "mismatch",
    explanation: engineBilingual((e, lang) => e.flowSwapped(c.explanation[lang], r.flow)),
  });
  readings.forEach((r, i) => {
    const c = checks[i];
    if (!c || c.score === 3 || r.fig.kind === "rank" || r.flow === "balance" || r.flow === "total") return;
    const other = check(ds, { ...r, flow: swapFlow(r.flow) }, date, truncates);
    if (other.score !== 3) return;
    if (r.fig.kind === "level") {
      if (c.score < 2) checks[i] = swappedNote(c, r);
      return;
    }
    const sibling = readings.find(
      (o) => o !== r && o.fig.sentence === r.fig.sentence && o.fig.kind === r.fig.kind && o.flow === swapFlow(r.flow),
    );
    if (sibling && check(ds, { ...sibling, flow: r.flow }, date, truncates).score === 3) checks[i] = swappedNote(c, r);
  });
  const identities = textIdentities(readings, checks, reading.figures);

  const sourceOf = (ids: string[]) =>
    ids.flatMap((id) => {
      const s = ds.sources.get(id);
      return s ? [{ id: s.id, title: s.title, url: s.url, vintage: s.vintage }] : [];
    });
  const byFig = new Map(readings.map((r, i) => [r.fig, { r, c: checks[i] }]));
  const figures: CheckedFigure[] = reading.figures.map((f) => {
    if (!f.claim)
      return { quote: f.quote, start: f.start, end: f.end, claim: false, why: f.why ?? "not a trade figure" };
    const hit = byFig.get(f);
    const r = hit?.r;
    const c = hit?.c;
    if (!r || !c) return { quote: f.quote, start: f.start, end: f.end, claim: false, why: "not read" };
    if (f.periodSource === "carried" && !r.reasons.period) r.reasons.period = engineBilingual((e) => e.periodCarried);
    return {
      quote: f.quote,
      start: f.start,
      end: f.end,
      claim: true,
      kind: f.kind ?? "level",
      partner: f.partner ?? "2010",
      flow: r.flow,
      perspective: f.perspective,
      value: r.value,
      precision: f.precision,
      ...(f.bound ? { bound: f.bound } : {}),
      ...(f.qualifier ? { qualifier: f.qualifier } : {}),
      ...(f.fromWords ? { fromWords: true } : {}),
      months: r.months,
      ...(r.compareMonths ? { compareMonths: r.compareMonths } : {}),
      basis: r.basis,
      periodStated: f.periodSource !== "date",
      basisStated: f.basisStated,
      reasons: r.reasons,
      verdict: c.verdict,
      official: c.official,
      delta: c.delta,
      tolerance: clean(c.tolerance),
      vintage: c.vintage,
      source: sourceOf(c.sourceIds),
      rounding: c.fit,
      explanation: c.explanation,
    };
  });
  return { lang: reading.lang, figures, identities, inference };
}

/** total = exports + imports and balance = exports − imports among a text's own level figures. */
function textIdentities(readings: Reading[], checks: FigureCheck[], all: ReadFigure[]): TextIdentity[] {
  const out: TextIdentity[] = [];
  const groups = new Map<string, number[]>();
  readings.forEach((r, i) => {
    if (r.fig.kind !== "level") return;
    const key = `${r.fig.partner ?? ""}|${r.months.join(",")}|${r.basis}`;
    const g = groups.get(key) ?? [];
    g.push(i);
    groups.set(key, g);
  });
  const idx = (i: number) => all.indexOf(readings[i]?.fig as ReadFigure);
  const consistent = (c: FigureCheck | undefined) => c?.verdict === "exact" || c?.verdict === "within_rounding";
  for (const g of groups.values()) {
    const pick = (flow: UsFlow) => g.find((i) => readings[i]?.flow === flow);
    mislabelledPair(readings, checks, g, out, idx);
    const e = pick("us_exports");
    const im = pick("us_imports");
    if (e === undefined || im === undefined) continue;
    for (const [flow, op] of [
      ["total", "+"],
      ["balance", "−"],
    ] as const) {
      const res = pick(flow);
      if (res === undefined) continue;
      const [re, ri, rr] = [readings[e], readings[im], readings[res]] as [Reading, Reading, Reading];
      const computed = clean(op === "+" ? re.value + ri.value : re.value - ri.value);
      const stated = rr.value;
      const delta = clean(stated - computed);
      const tolerance = clean((re.fig.precision + ri.fig.precision + rr.fig.precision) / 2);
      const holds = Math.abs(delta) <= tolerance + 1e-9;
      let breaks: number | null = null;
      if (!holds) {
        const trio = [e, im, res];
        const bad = trio.filter((i) => !consistent(checks[i]));
        if (bad.length === 1 && bad[0] !== undefined) breaks = bad[0];
      } else if (checks[res]?.verdict === "unverified") {
        const c = checks[res];
        if (c)
          checks[res] = {
            ...c,
            verdict: delta === 0 ? "exact" : "within_rounding",
            explanation: engineBilingual((e, lang) =>
              e.fitsOwnArithmetic(formatNumber(Math.abs(re.value), lang), op, formatNumber(Math.abs(ri.value), lang)),
            ),
          };
      }
      const formula = `${formatNumber(re.value, "en")} ${op} ${formatNumber(ri.value, "en")}`;
      const words = (lang: Lang) => ({
        formula,
        computed: formatNumber(computed, lang),
        stated: formatNumber(stated, lang),
        delta: formatNumber(delta, lang),
        tolerance: formatNumber(tolerance, lang),
      });
      const breaker = breaks !== null ? readings[breaks] : undefined;
      if (breaks !== null && breaker) {
        const c = checks[breaks];
        if (c)
          checks[breaks] = {
            ...c,
            verdict: "mismatch",
            explanation: engineBilingual((e, lang) => e.breaksOwnIdentity(c.explanation[lang], words(lang))),
          };
      }
      out.push({
        formula: `${flow} = ${formula}`,
        inputs: [idx(e), idx(im)],
        result: idx(res),
        computed,
        stated,
        delta,
        tolerance,
        holds,
        breaks: breaks === null ? null : idx(breaks),
        explanation: engineBilingual((e, lang) =>
          holds ? e.identityHolds(words(lang)) : e.identityFails(words(lang)),
        ),
      });
    }
  }
  return out;
}

/**
 * A total stated with two figures both labelled the same flow ("338 mil millones en exportaciones mexicanas",
 * "534.9 mil millones en importaciones", total 872.8): when they add up to the total, one of them is the other flow.
 * The one that does not fit its own flow's official value, while the other does, is the mislabelled one.
 */
function mislabelledPair(
  readings: Reading[],
  checks: FigureCheck[],
  group: number[],
  out: TextIdentity[],
  idx: (i: number) => number,
): void {
  const total = group.find((i) => readings[i]?.flow === "total");
  if (total === undefined) return;
  for (const flow of ["us_exports", "us_imports"] as const) {
    const same = group.filter((i) => readings[i]?.flow === flow);
    if (same.length !== 2 || group.some((i) => readings[i]?.flow === swapFlow(flow))) continue;
    const [a, b] = same as [number, number];
    const [ra, rb, rt] = [readings[a], readings[b], readings[total]] as [Reading, Reading, Reading];
    const computed = clean(ra.value + rb.value);
    const tolerance = clean((ra.fig.precision + rb.fig.precision + rt.fig.precision) / 2);
    const delta = clean(rt.value - computed);
    if (Math.abs(delta) > tolerance + 1e-9) continue;
    const fitsOwn = (i: number) => (checks[i]?.score ?? 0) >= 2;
    const wrong = fitsOwn(a) && !fitsOwn(b) ? b : fitsOwn(b) && !fitsOwn(a) ? a : null;
    if (wrong === null) continue;
    const c = checks[wrong];
    const ok = wrong === a ? rb : ra;
    if (c)
      checks[wrong] = {
        ...c,
        verdict: "mismatch",
        explanation: engineBilingual((e, lang) =>
          e.flowMislabelled({
            explanation: c.explanation[lang],
            total: formatNumber(rt.value, lang),
            right: formatNumber(ok.value, lang),
            flow,
          }),
        ),
      };
    const ct = checks[total];
    if (ct?.verdict === "unverified" && ct.official === null)
      checks[total] = {
        ...ct,
        verdict: delta === 0 ? "exact" : "within_rounding",
        explanation: engineBilingual((e, lang) => e.sumOfOwnPair(formatNumber(computed, lang))),
      };
    out.push({
      formula: `total = ${formatNumber(ra.value, "en")} + ${formatNumber(rb.value, "en")}`,
      inputs: [idx(a), idx(b)],
      result: idx(total),
      computed,
      stated: rt.value,
      delta,
      tolerance,
      holds: true,
      breaks: idx(wrong),
      explanation: engineBilingual((e, lang) =>
        e.pairSameFlow(formatNumber(ra.value, lang), formatNumber(rb.value, lang), formatNumber(computed, lang)),
      ),
    });
  }
}
