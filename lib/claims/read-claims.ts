/**
 * The claim reader: for every number in a text, whether it is a trade claim and, if so, what it claims — kind,
 * flow from the US side, partner, period, compared period, basis, printed precision, sign and qualifiers — read from
 * its clause, its sentence and the sentences before it. Attributes the text does not state are left for inference
 * (infer.ts) with `stated: false`. Pure: no I/O.
 */
import { ORDINAL_WORDS } from "./ordinals";
import type { Partner } from "../data/schema";
import { decimalMarkEvidence, scanNumerals, type DecimalMark, type Numeral } from "./numerals";
import { findPartnerMentions, foldText, US, type PartnerMention } from "./partner-names";
import {
  addMonths,
  findPeriodMentions,
  latestReleasedMonth,
  monthRange,
  ym,
  yearMonths,
  type Month,
  type PeriodMention,
} from "./periods";
import { clauses, sentences, type Span } from "./text-structure";
import {
  CHANGE_NOUN_AFTER,
  CHANGE_NOUN_BEFORE_PAREN,
  CHANGE_VERB_BEFORE,
  DOWN_WORDS,
  findFlowKeywords,
  GROWTH_WORDS,
  SHARE_WORDS,
  UP_WORDS,
  type FlowKeyword,
} from "./flow-words";

export type Kind = "level" | "change" | "growth_pct" | "share_pct" | "rank";
export type UsFlow = "us_exports" | "us_imports" | "balance" | "total";
export type Lang = "es" | "en";

export interface ReadFigure {
  quote: string;
  start: number;
  end: number;
  claim: boolean;
  why?: string;
  kind?: Kind;
  partner?: string;
  flow?: UsFlow;
  /** Whose side the words are told from: "exportaciones mexicanas" is Mexico's side. */
  perspective: "us" | "mx";
  /** As printed, in $M (money), points (percent) or a position (rank); sign from the US side. */
  value: number;
  /** The magnitude as printed, before any sign: lets inference flip a flow it had to guess. */
  magnitude: number;
  precision: number;
  months: Month[];
  compareMonths?: Month[];
  basis?: "SA" | "NSA";
  periodStated: boolean;
  basisStated: boolean;
  flowStated: boolean;
  partnerStated: boolean;
  /** The flow was read from default words ("exports" with nobody named), so the other side's flow may be meant. */
  flowSideGuessed: boolean;
  bound?: "lt" | "gt";
  qualifier?: "roughly";
  /** A rank read from words alone ("principal socio comercial"), not a written number. */
  fromWords?: boolean;
  /** Sign of a balance as the words give it, when a reading may need to flip it. */
  signFromWords: boolean;
  /** The compared period was not written: month-on-month for SA figures, year-on-year otherwise. */
  compareDefault?: boolean;
  /** Index of the sentence, for grouping a text's own identities. */
  sentence: number;
  /** Where the period came from, for its explanation. */
  periodSource: "stated" | "carried" | "date";
}

export interface TextReading {
  lang: Lang;
  mark: DecimalMark;
  figures: ReadFigure[];
  /** The text says its figures are seasonally adjusted (or are the FT-900 by-country list), or not. */
  basisStated: "SA" | "NSA" | null;
  refMonth: Month;
}

const SPANISH_HINT = /\b(?:de|los|las|del|que|en|por|con|millones|dolares|exportaciones|importaciones|mil)\b/g;
const ENGLISH_HINT = /\b(?:the|of|and|to|in|from|billion|million|exports|imports|with|was|were)\b/g;

export function detectLang(folded: string): Lang {
  const es = folded.match(SPANISH_HINT)?.length ?? 0;
  const en = folded.match(ENGLISH_HINT)?.length ?? 0;
  return en > es ? "en" : "es";
}

const DAY_MONTH =
  /^\s+de\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b/;
const MONTH_DAY_BEFORE =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+$/;
const SCALE_PHRASE = new RegExp(
  String.raw`\b(?:in|en)\s+(billions|millions|miles de millones|millones)\s+(?:of\s+(?:u\.s\.\s+)?dollars` +
    String.raw`|de\s+dolares)\b|\((?:en\s+)?(miles de millones|millones) de dolares\)` +
    String.raw`|\$\s?(?:m|bn)\b|\bmillions? of dollars\b`,
  "g",
);
const RANK_NOUN = new RegExp(
  String.raw`^\s+(?:mayor\s+)?(?:lugar|sitio|puesto|posicion|place|socio|mercado` +
    String.raw`|proveedor|destino|cliente|abastecedor|largest|biggest)`,
);
const ORDINAL_RE = /\b(primer[oa]?|first|segund[oa]|second|tercer[oa]?|third|cuart[oa]|fourth|quint[oa]|fifth)\b/g;
const PERIOD_NOUN_AFTER =
  /^\s+(?:\w+\s+)?(?:mes|meses|month|months|trimestre|bimestre|semestre|quarter|half|ano|year|dia|day)\b/;
const NUMBER_RANK = /\b(?:no\.|number|numero|num\.|#)\s?(\d{1,2})\b/g;
const TOP_COUNT = new RegExp(
  String.raw`\b(?:top|los|las)\s+(two|three|four|five|ten|dos|tres|cuatro|cinco` +
    String.raw`|diez)\b(?:\s+(?:principales|mayores|largest|biggest))?`,
  "g",
);
const WORD_RANK = new RegExp(
  String.raw`\b(?:principal(?:es)? socios? comercial(?:es)?|(?:top|largest|biggest) (?:u\.s\. )?trading partner` +
    String.raw`|principal mercado|principal destino|principal proveedor|principal abastecedor)\b`,
  "g",
);

interface Ctx {
  text: string;
  folded: string;
  lang: Lang;
  sentences: Span[];
  clauseOf: (at: number) => Span;
  sentenceIndex: (at: number) => number;
  partners: PartnerMention[];
  keywords: FlowKeyword[];
  periods: PeriodMention[];
  scalePhrases: Array<{ at: number; scale: number }>;
  refMonth: Month;
  date: string;
  /** Every period mention of the text (ctx.periods may be only those near the figure). */
  allPeriods: PeriodMention[];
}

/** Index of the first item starting at or after `at` (items sorted by start). */
function bisect<T extends { start: number }>(xs: readonly T[], at: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid]?.start ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The context seen from one sentence: only the mentions near it, so reading a figure costs what its sentence costs. */
function nearSentence(ctx: Ctx, sentence: Span): Ctx {
  const from = Math.max(0, sentence.start - 300);
  const to = sentence.end + 60;
  const cut = <T extends { start: number }>(xs: readonly T[]) => xs.slice(bisect(xs, from), bisect(xs, to));
  return { ...ctx, partners: cut(ctx.partners), keywords: cut(ctx.keywords), periods: cut(ctx.periods) };
}

function lastBefore<T extends { start: number }>(xs: readonly T[], span: Span, at: number): T | undefined {
  let found: T | undefined;
  for (const x of xs) {
    if (x.start >= at) break;
    if (x.start >= span.start) found = x;
  }
  return found;
}
function firstAfter<T extends { start: number }>(xs: readonly T[], span: Span, at: number): T | undefined {
  return xs.find((x) => x.start >= at && x.start < span.end);
}

// --------------------------------------------------------------------------------------------------------------
// Flow and partner

interface FlowReading {
  flow: UsFlow;
  partner: string | null;
  perspective: "us" | "mx";
  stated: boolean;
  sideGuessed: boolean;
  keyword: FlowKeyword | null;
}

const WORLD = "0015";
const TOTAL_BEFORE = /\b(?:total|overall|all)\s+(?:(?:of\s+)?(?:the\s+)?(?:u\.s\.|us|american|goods|merchandise)\s+)*$/;
const TOTAL_AFTER = /^\s+(?:totales|globales)\b/;

/** An export or import word qualified as a whole: "total U.S. goods imports", "exportaciones totales". */
function totalFlowWord(folded: string, kw: FlowKeyword | null): boolean {
  if (!kw || (kw.word !== "export" && kw.word !== "import")) return false;
  return (
    TOTAL_BEFORE.test(folded.slice(Math.max(0, kw.start - 40), kw.start)) ||
    TOTAL_AFTER.test(folded.slice(kw.end, kw.end + 12))
  );
}

/** A finite verb of buying (folded): "importó", "importaron", "compran", "adquirió" ("compra" is also a noun). */
const BUY_VERB = /^(?:import|compr|adquir)(?:o|io|aron|ieron|an|aba|aban|ia|ian)$/;

/** The roles around a flow word: who exports (origin) and who imports (destination). */
function rolesAround(ctx: Ctx, kw: FlowKeyword, clause: Span): { origin: string | null; dest: string | null } {
  let origin: string | null = null;
  let dest: string | null = null;
  const f = ctx.folded;
  const isExport = kw.word === "export";
  const isImport = kw.word === "import";
  // Adjacent demonym or genitive after the word: "exportaciones mexicanas", "importaciones de México",
  // "exportadores mexicanos".
  const nearestBefore = ctx.partners.filter((p) => p.end <= kw.start && p.start >= clause.start).at(-1);
  for (const p of ctx.partners) {
    if (p.start < clause.start || p.start > clause.end) continue;
    if (p.end <= kw.start && p !== nearestBefore) continue;
    const between = p.start >= kw.end ? f.slice(kw.end, p.start) : p.end <= kw.start ? f.slice(p.end, kw.start) : null;
    if (between === null) continue;
    const after = p.start >= kw.end;
    const gap = between.trim();
    if (after) {
      if (gap.length > 45) continue;
      const prep = new RegExp(
        String.raw`(?:^|\s)(desde|from|originarias de|procedentes de|provenientes de` +
          String.raw`|de|del|a|al|hacia|to|into|en|para|con|with|por parte de)\s*(?:el ` +
          String.raw`|la |los |las |the |su |sus )?(?:mercado |territorio |pais )?$`,
      ).exec(" " + between)?.[1];
      if (p.demonym && gap.split(/\s+/).length <= 3 && !prep) {
        // "exportaciones mexicanas", "productos estadounidenses", "exportadores mexicanos": the adjective names the
        // trader — for goods words ("productos", "mercancías", "bienes"), their origin.
        const goods =
          /(?:productos|mercancias|bienes|goods|products)\s*$/.test(between) ||
          /^\s*(?:de\s+)?(?:productos|mercancias|bienes)/.test(between);
        if (isExport || goods) origin ??= p.code;
        else if (isImport) dest ??= p.code;
        continue;
      }
      if (!prep) continue;
      if (/^(?:desde|from|originarias de|procedentes de|provenientes de)$/.test(prep)) origin ??= p.code;
      else if (/^(?:a|al|hacia|to|into|en|para)$/.test(prep)) dest ??= p.code;
      else if (/^(?:de|del|por parte de)$/.test(prep) && gap.split(/\s+/).length <= 4) {
        // "importaciones de México" are Mexico's; after a verb, "importó de ese país" buys from it.
        if (isExport) origin ??= p.code;
        else if (isImport && BUY_VERB.test(kw.text) && !/^por parte de$/.test(prep)) origin ??= p.code;
        else if (isImport) dest ??= p.code;
      }
    } else {
      // Before the word: subject ("México exportó", "Canadá vendió", "the US exported"), possessive or adjective.
      if (gap.length > 30 || /[.;,]/.test(gap)) continue;
      if (
        /(?:^|\s)(?:con|with|de|of|a|to|en|hacia|desde|from|y|and|que)(?:\s+(?:el|la|los|las|the|sus|su|its))?$/.test(
          " " + gap,
        ) &&
        gap !== ""
      )
        continue;
      if (
        p.demonym &&
        /’s|'s/.test(f.slice(p.start, p.end)) === false &&
        ctx.lang === "en" &&
        /^(?:u\.s\.-made)$/.test(f.slice(p.start, p.end))
      )
        continue;
      if (isExport) origin ??= p.code;
      else if (isImport) {
        // English "Mexican imports" are imports of Mexican goods; "Mexico's imports", "Mexicans bought" are Mexico's.
        const word = f.slice(p.start, p.end);
        if (
          ctx.lang === "en" &&
          p.demonym &&
          /^(?:mexican|canadian|chinese|japanese|german|american)$/.test(word) &&
          gap === ""
        )
          origin ??= p.code;
        else dest ??= p.code;
      }
    }
  }
  // Goods words later in the clause: "importó bienes estadounidenses", "la compra de mercancías mexicanas".
  return { origin, dest };
}

function readFlow(ctx: Ctx, fig: Span, clause: Span, sentence: Span, prevFlow: FlowReading | null): FlowReading | null {
  const kw =
    lastBefore(ctx.keywords, clause, fig.start) ??
    firstAfter(ctx.keywords, clause, fig.end) ??
    lastBefore(ctx.keywords, sentence, fig.start) ??
    firstAfter(ctx.keywords, sentence, fig.end);
  if (!kw) {
    if (!prevFlow) return null;
    const own = ctx.partners.filter((p) => p.code !== US && p.start >= sentence.start && p.start < sentence.end);
    return {
      ...prevFlow,
      stated: false,
      partner: (own.filter((p) => p.start < fig.start).at(-1) ?? own[0])?.code ?? null,
    };
  }
  const kwClause = ctx.clauseOf(kw.start);
  const defaultSide: "us" | "mx" = ctx.lang === "es" ? "mx" : "us";
  const clausePartner = (): string | null => {
    const inClause = ctx.partners.filter((p) => p.code !== US && p.start >= clause.start && p.start < clause.end);
    const before = inClause.filter((p) => p.start < fig.start).at(-1) ?? inClause[0];
    if (before) return before.code;
    const inSentence = ctx.partners.filter((p) => p.code !== US && p.start >= sentence.start && p.start < fig.start);
    return inSentence.at(-1)?.code ?? null;
  };
  if (kw.word === "balance" || kw.word === "total") {
    return {
      flow: kw.word,
      partner: clausePartner(),
      perspective: ctx.lang === "es" ? "mx" : "us",
      stated: true,
      sideGuessed: false,
      keyword: kw,
    };
  }
  if (kw.word === "supplier" || kw.word === "market") {
    return {
      flow: kw.word === "supplier" ? "us_imports" : "us_exports",
      partner: clausePartner(),
      perspective: "us",
      stated: true,
      sideGuessed: false,
      keyword: kw,
    };
  }
  const { origin, dest } = rolesAround(ctx, kw, kwClause.start <= clause.start ? kwClause : clause);
  const isExport = kw.word === "export";
  let exporter = origin;
  let importer = dest;
  if (isExport && !exporter && importer) exporter = importer === US ? null : US;
  if (!isExport && !importer && exporter) importer = exporter === US ? null : US;
  let usExports: boolean;
  let sideGuessed = false;
  let perspective: "us" | "mx";
  let partner: string | null = null;
  if (exporter === US || importer === (US as string | null)) {
    usExports = exporter === US;
    partner = usExports
      ? importer && importer !== US
        ? importer
        : null
      : exporter && exporter !== US
        ? exporter
        : null;
    // Told from the side of whoever the word makes act: "exportaciones (México a EUA)" are Mexico's exports.
    perspective = (isExport ? exporter === US : importer === US) ? "us" : "mx";
  } else if (exporter) {
    usExports = false;
    partner = exporter;
    perspective = "mx";
  } else if (importer) {
    usExports = true;
    partner = importer;
    perspective = "mx";
  } else {
    // Nobody named: Spanish texts about Mexico speak from its side, English ones from the US side.
    perspective = defaultSide;
    usExports = perspective === "us" ? isExport : !isExport;
    sideGuessed = true;
  }
  return {
    flow: usExports ? "us_exports" : "us_imports",
    partner: partner ?? clausePartner(),
    perspective,
    stated: true,
    sideGuessed,
    keyword: kw,
  };
}

/** +1 for a balance the words give as the US side's surplus, -1 for a US deficit (a Mexican surplus). */
function balanceSign(ctx: Ctx, kw: FlowKeyword | null): number {
  if (!kw) return -1;
  const word = kw.text;
  const holderIsPartner =
    /(?:para|a favor de|de)\s+(?:nuestro pais|mexico|canada|china)\b/.test(ctx.folded.slice(kw.end, kw.end + 50)) ||
    new RegExp(
      String.raw`\b(?:mexico|canada|china|nuestro pais)(?:'s|’s)?\s+(?:registr\w+\s+` +
        String.raw`|tuvo\s+|tiene\s+|obtuvo\s+)?(?:un\s+)?$`,
    ).test(ctx.folded.slice(Math.max(0, kw.start - 30), kw.start));
  const holderIsUs =
    /\b(?:u\.s\.|us|united states|estados unidos|ee\.uu\.|eua)(?:'s|’s)?\s+(?:trade\s+|goods\s+)?$/.test(
      ctx.folded.slice(Math.max(0, kw.start - 25), kw.start),
    ) || /\bde (?:estados unidos|ee\.uu\.|eua|eu)\b/.test(ctx.folded.slice(kw.end, kw.end + 25));
  const surplus = /superavit|surplus|utilidades/.test(word);
  const negative = /negative/.test(word);
  if (negative) return -1;
  const holder = holderIsUs || holderIsPartner ? null : balanceHolder(ctx, kw);
  if (/deficit/.test(word)) return (holderIsPartner && !holderIsUs) || holder === "partner" ? 1 : -1;
  if (surplus) {
    if (holderIsUs || holder === "us") return 1;
    if (holderIsPartner || holder === "partner") return -1;
    return ctx.lang === "es" ? -1 : 1;
  }
  return -1;
}

/** Right after a percent, a flow or total it is a part of: "de las compras", "del total", "de las exportaciones". */
const OF_FLOW_AFTER = new RegExp(
  String.raw`^\s*(?:del?)\s+(?:(?:las|los|la|el)\s+)?` +
    String.raw`(?:total|importaciones|exportaciones|compras|ventas|envios|comercio|intercambio)\b`,
);

/** Adjectives that may stand between a balance word and whoever holds it: "Mexico's goods trade surplus". */
const BALANCE_ADJECTIVES =
  String.raw`(?:(?:goods|trade|merchandise|commercial|bilateral|overall|total|record|annual|monthly|in goods|` +
  String.raw`comercial|historico|anual|mensual|de bienes|de mercancias)\s+)*`;
const HOLDER_BEFORE = new RegExp(String.raw`^(?:'s|’s)?\s+${BALANCE_ADJECTIVES}$`);
const HOLDER_AFTER = new RegExp(
  String.raw`^\s+${BALANCE_ADJECTIVES}(?:(?:de|del|para|a favor de)\s+(?:la\s+|el\s+)?)?$`,
);
const COUNTERPART_AFTER = new RegExp(
  String.raw`^\s+${BALANCE_ADJECTIVES}(?:with|con|frente a|ante|against|vis-a-vis)\s+(?:the\s+|el\s+|la\s+|los\s+)?$`,
);

/**
 * Whose balance a balance word names, from the partner mentions around it: a possessive or demonym right before
 * ("Mexico's goods trade surplus", "the U.S. deficit", "Chinese surplus"), a genitive or demonym right after
 * ("el superávit de Canadá", "el déficit estadounidense"), or else the other side of a counterpart ("surplus with
 * the United States", "déficit con China": held by whoever that is not). Null when the words do not say.
 */
function balanceHolder(ctx: Ctx, kw: FlowKeyword): "us" | "partner" | null {
  const f = ctx.folded;
  const side = (code: string) => (code === US ? "us" : "partner");
  const before = ctx.partners.filter((p) => p.end <= kw.start && kw.start - p.end <= 40).at(-1);
  if (before && HOLDER_BEFORE.test(f.slice(before.end, kw.start))) {
    const possessive = before.code === US || before.demonym || /^(?:'s|’s)/.test(f.slice(before.end, kw.start));
    if (possessive) return side(before.code);
  }
  const after = ctx.partners.find((p) => p.start >= kw.end && p.start - kw.end <= 40);
  if (!after) return null;
  const gap = f.slice(kw.end, after.start);
  if (HOLDER_AFTER.test(gap) && (after.demonym || /(?:de|del|para|a favor de)\s+(?:la\s+|el\s+)?$/.test(gap)))
    return side(after.code);
  if (COUNTERPART_AFTER.test(gap)) return after.code === US ? "partner" : "us";
  return null;
}

function directionNear(ctx: Ctx, clause: Span, fig: Span): number {
  const before = ctx.folded.slice(clause.start, fig.start);
  const after = ctx.folded.slice(fig.end, Math.min(clause.end, fig.end + 40));
  const last = (re: RegExp, s: string) => {
    re.lastIndex = 0;
    let pos = -1;
    for (const m of s.matchAll(re)) pos = m.index;
    return pos;
  };
  const up = last(UP_WORDS, before);
  const down = last(DOWN_WORDS, before);
  if (up >= 0 || down >= 0) return down > up ? -1 : 1;
  UP_WORDS.lastIndex = 0;
  DOWN_WORDS.lastIndex = 0;
  const upA = after.search(UP_WORDS);
  const downA = after.search(DOWN_WORDS);
  if (upA >= 0 || downA >= 0) return downA >= 0 && (upA < 0 || downA < upA) ? -1 : 1;
  return 1;
}

// --------------------------------------------------------------------------------------------------------------
// Periods

interface PeriodState {
  anchor: Month;
  last: { months: Month[]; source: ReadFigure["periodSource"] } | null;
}

function resolveMention(p: PeriodMention, anchor: Month, ctx: Ctx, sentenceYear: number | null): Month[] | null {
  const dateYear = Number(ctx.date.slice(0, 4));
  const anchorYear = Number(anchor.slice(0, 4));
  if (p.toDate) {
    const y = p.year ?? dateYear;
    const last = ctx.refMonth.startsWith(String(y)) ? Number(ctx.refMonth.slice(5)) : 12;
    return yearMonths(y, last);
  }
  if (p.wholeYear) {
    if (p.relativeYears === -1) return yearMonths(dateYear - 1);
    if (p.year !== null) return yearMonths(p.year);
    return null;
  }
  if (p.monthNums.length > 0) {
    let year = p.year;
    if (year === null && p.relativeYears === 0) year = dateYear;
    if (year === null && p.relativeYears === -1) year = dateYear - 1;
    if (year === null && sentenceYear !== null) year = sentenceYear;
    const lastNum = p.monthNums.at(-1) ?? 1;
    if (year === null) {
      // The latest such month not after the anchor.
      year = ym(anchorYear, lastNum) <= anchor ? anchorYear : anchorYear - 1;
    }
    return p.monthNums.map((n) => ym(year, n));
  }
  return null;
}

function sameMonthsYearBefore(months: Month[]): Month[] {
  return months.map((m) => addMonths(m, -12));
}

// --------------------------------------------------------------------------------------------------------------

function numeralKindOf(ctx: Ctx, n: Numeral): { claim: false; why: string } | null {
  const t = ctx.text;
  const f = ctx.folded;
  const before = f.slice(Math.max(0, n.start - 24), n.start);
  const after = f.slice(n.end, n.end + 24);
  const line = lineOf(t, n.start);
  if (n.percent || n.scaleWritten || n.currency) return null;
  if (n.raw === "0" && /-{1,3}0-{1,3}/.test(t.slice(Math.max(0, n.numStart - 3), n.numEnd + 3)))
    return { claim: false, why: "end-of-release mark" };
  const plain = /^\d{4}$/.test(n.raw);
  const year = plain && n.value >= 1900 && n.value <= 2100;
  if (/^\s*\*\*/.test(t.slice(n.end, n.end + 3)) && /\*\*\s*$/.test(t.slice(n.start - 3, n.start)))
    return { claim: false, why: "release number" };
  if (
    /\b(?:comunicado|boletin|release|no\.|numero)\s*$/.test(before) &&
    !/(?:ranked|ranks|ocupa)\s+no\.\s*$/.test(before)
  )
    return /no\.\s*$/.test(before) && /rank|lugar|ocup/.test(f.slice(Math.max(0, n.start - 30), n.start))
      ? null
      : { claim: false, why: "release number" };
  if (!year && /^\d{1,2}$/.test(n.raw) && (DAY_MONTH.test(after) || MONTH_DAY_BEFORE.test(before)))
    return { claim: false, why: "date" };
  if (year) return { claim: false, why: "year (period label)" };
  // A table cell: a number alone on its line.
  if (line.trim() === t.slice(n.start, n.end).trim()) return null;
  if (/^\d{1,3}$/.test(n.raw) && !n.explicitSign) return { claim: false, why: "count" };
  return null;
}

const LINE_STARTS = new WeakMap<object, number[]>();
let lineKey: { text: string } = { text: "" };

/** The line holding offset `at`, found by binary search over the line starts (so a one-line 50 KB text is cheap). */
function lineOf(text: string, at: number): string {
  if (lineKey.text !== text) lineKey = { text };
  let starts = LINE_STARTS.get(lineKey);
  if (!starts) {
    starts = [0];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    LINE_STARTS.set(lineKey, starts);
  }
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  const s = starts[lo] ?? 0;
  const next = starts[lo + 1];
  return text.slice(s, next === undefined ? text.length : next - 1);
}

/** Reads every figure of `text`, published on `date` (YYYY-MM-DD, YYYY-MM or YYYY). */
export function readText(
  text: string,
  date: string,
  partners: ReadonlyMap<string, Partner>,
  langHint?: Lang,
  markHint?: DecimalMark,
): TextReading {
  const folded = foldText(text);
  const lang = langHint ?? detectLang(folded);
  const ev = decimalMarkEvidence(text);
  const mark: DecimalMark = markHint ?? (ev.comma > ev.dot ? "," : ".");
  const sents = sentences(text);
  const clauseList = sents.map((s) => clauses(text, s));
  const sentenceIndex = (at: number) => {
    let lo = 0;
    let hi = sents.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((sents[mid]?.start ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const clauseOf = (at: number): Span => {
    const list = clauseList[sentenceIndex(at)] ?? [];
    return list.find((c) => at >= c.start && at < c.end) ?? list.at(-1) ?? { start: 0, end: text.length };
  };
  const refMonth = latestReleasedMonth(date.length === 4 ? `${date}-12-31` : date);
  const scalePhrases: Ctx["scalePhrases"] = [];
  SCALE_PHRASE.lastIndex = 0;
  for (const m of folded.matchAll(SCALE_PHRASE)) {
    const w = m[1] ?? m[2] ?? m[0];
    scalePhrases.push({ at: m.index, scale: /billions|miles de millones|bn/.test(w) ? 1e9 : 1e6 });
  }
  const ctx0: Ctx = {
    text,
    folded,
    lang,
    sentences: sents,
    clauseOf,
    sentenceIndex,
    partners: findPartnerMentions(text, partners, lang),
    keywords: findFlowKeywords(folded),
    periods: findPeriodMentions(folded, text),
    scalePhrases,
    refMonth,
    date,
    allPeriods: [],
  };
  ctx0.allPeriods = ctx0.periods;
  const fullCtx = ctx0;

  const basisStated = statedBasis(folded);
  // The FT-900 by-country list ("deficits were recorded, in billions of dollars, with China ($22.9), …") is SA,
  // and so is the paragraph that quotes it; the text's other figures keep their own basis.
  const listParagraphs: Span[] = [];
  for (const para of paragraphs(text)) {
    const pf = folded.slice(para.start, para.end);
    if (
      /\b(?:deficits|surpluses)\b[^.]{0,60}\bin billions of dollars\b/.test(pf) ||
      /\bin billions of dollars,? (?:with|china|the)\b/.test(pf)
    )
      listParagraphs.push(para);
  }
  const basisAt = (at: number): "SA" | "NSA" | null =>
    basisStated ?? (listParagraphs.some((p) => at >= p.start && at < p.end) ? "SA" : null);
  const numerals = scanNumerals(text, mark);
  const figures: ReadFigure[] = [];
  const state: PeriodState = { anchor: refMonth, last: null };
  let prevFlow: FlowReading | null = null;
  let prevPartner: string | null = null;
  let prevTableFlow: { flow: UsFlow; partner: string | null } | null = null;
  const wordRanks = readWordRanks(fullCtx);
  const events: Array<{ at: number; kind: "numeral"; n: Numeral } | { at: number; kind: "rank"; r: WordRank }> = [
    ...numerals.map((n) => ({ at: n.start, kind: "numeral" as const, n })),
    ...wordRanks.map((r) => ({ at: r.start, kind: "rank" as const, r })),
  ].sort((a, b) => a.at - b.at);
  // Non-claims from period words: "primer mes", "first two months", "séptimo mes".
  for (const p of fullCtx.periods) {
    const q = text.slice(p.start, p.end);
    if (
      new RegExp(
        String.raw`^(?:the\s+)?(?:first|primer|primeros|segundo|tercer|cuarto|quinto` +
          String.raw`|sexto|septimo|séptimo|octavo|noveno|decimo|décimo|second|third)\b`,
        "i",
      ).test(q)
    ) {
      const end =
        p.start +
        (/(?:mes|month|months|meses|trimestre|bimestre|semestre|quarter|half)\b/i.exec(q)?.index ?? 0) +
        (/(?:mes|month|months|meses|trimestre|bimestre|semestre|quarter|half)\b/i.exec(q)?.[0].length ?? q.length);
      figures.push(nonClaim(text, p.start, end, "period description (ordinal)", 0));
    }
  }
  TOP_COUNT.lastIndex = 0;
  for (const m of folded.matchAll(TOP_COUNT)) {
    if (
      !/^(?:top|los|las)\s+\w+\s+(?:principales|mayores|largest|biggest|trade|deficits|surpluses|socios)|^top/.test(
        m[0] + folded.slice(m.index + m[0].length, m.index + m[0].length + 12),
      )
    )
      continue;
    figures.push(nonClaim(text, m.index, m.index + m[0].length, "count (size of a list)", 0));
  }

  let localSentence = -1;
  let ctx = fullCtx;
  for (const ev2 of events) {
    const at = ev2.at;
    const si = sentenceIndex(at);
    const sentence = sents[si] ?? { start: 0, end: text.length };
    if (si !== localSentence) {
      ctx = nearSentence(fullCtx, sentence);
      localSentence = si;
    }
    const clause = clauseOf(at);
    // Advance the anchor with main periods stated before this figure.
    const sentenceYear = yearOfSentence(ctx, sentence);
    if (ev2.kind === "rank") {
      const r = ev2.r;
      const flowR = readFlow(ctx, { start: r.start, end: r.start }, clause, sentence, null);
      const partner = rankPartner(ctx, r, clause, sentence) ?? prevPartner ?? "2010";
      const period = figurePeriod(ctx, r, clause, sentence, state, sentenceYear);
      figures.push({
        quote: text.slice(r.start, r.end),
        start: r.start,
        end: r.end,
        claim: true,
        kind: "rank",
        partner,
        flow: flowR && (flowR.keyword?.word === "market" || flowR.keyword?.word === "supplier") ? flowR.flow : "total",
        perspective: lang === "es" ? "mx" : "us",
        value: r.rank,
        magnitude: r.rank,
        precision: 1,
        months: period.months,
        basis: "NSA",
        periodStated: period.stated,
        basisStated: false,
        flowStated: true,
        partnerStated: true,
        flowSideGuessed: false,
        fromWords: r.fromWords,
        signFromWords: false,
        sentence: si,
        periodSource: period.source,
      });
      continue;
    }
    const n = ev2.n;
    const non = numeralKindOf(ctx, n);
    if (non) {
      let [s0, e0] = [n.start, n.end];
      if (non.why === "end-of-release mark") {
        while (s0 > 0 && /[-–]/.test(text[s0 - 1] ?? "")) s0--;
        while (/[-–]/.test(text[e0] ?? "")) e0++;
      }
      figures.push(nonClaim(text, s0, e0, non.why, si));
      continue;
    }
    if (Number.isNaN(n.value)) {
      figures.push(nonClaim(text, n.start, n.end, "digits that cannot be read as one number", si));
      continue;
    }
    const fig: Span = { start: n.start, end: n.end };
    const ownLine = lineOf(text, n.start).trim() === text.slice(n.start, n.end).trim();
    let isPercent = n.percent;
    let scale = n.scale;
    let scaleFromContext = false;
    if (!n.percent && !n.scaleWritten) {
      const phrase = lastPhraseBefore(scalePhrases, n.start, sentence.start - 400);
      if (ownLine && !n.currency) {
        // A table cell: grouped whole numbers are $M; a signed or small decimal is a percent change.
        if (/[.,]\d{3}/.test(n.raw) && !/[.,]\d{1,2}$/.test(n.raw)) {
          scale = 1e6;
          scaleFromContext = true;
        } else {
          isPercent = true;
        }
      } else if (n.currency && phrase) {
        scale = phrase.scale;
        scaleFromContext = true;
      } else if (n.currency) {
        scale = 1;
      } else {
        figures.push(nonClaim(text, n.start, n.end, "a number with no unit (count or label)", si));
        continue;
      }
    }
    const flowR: FlowReading | null = ownLine ? null : readFlow(ctx, fig, clause, sentence, prevFlow);
    let kind: Kind;
    const beforeClause = folded.slice(Math.max(clause.start, n.start - 60), n.start);
    const afterText = folded.slice(n.end, Math.min(folded.length, n.end + 30));
    if (isPercent) {
      const sentBefore = folded.slice(sentence.start, n.start);
      const clauseText = folded.slice(clause.start, clause.end);
      const share =
        !n.explicitSign &&
        (SHARE_WORDS.test(folded.slice(Math.max(clause.start, n.start - 40), Math.min(clause.end, n.end + 40))) ||
          (!GROWTH_WORDS.test(clauseText) && SHARE_WORDS.test(sentBefore)) ||
          (!GROWTH_WORDS.test(clauseText) &&
            /\(\s*$/.test(folded.slice(n.start - 2, n.start)) &&
            SHARE_WORDS.test(folded.slice(0, n.start)) &&
            !GROWTH_WORDS.test(sentBefore.slice(-80))));
      // "15.5% de las compras de EUA": a percent of a flow or of a total is a share of it, unless a growth word
      // leads to it in its clause ("un alza de 6.9% de las exportaciones").
      const ofFlow = !n.explicitSign && OF_FLOW_AFTER.test(afterText) && !GROWTH_WORDS.test(beforeClause);
      // "bajó a 13.4%", "rose to 15.4%": the rate's new level, a share where the sentence speaks of one.
      const newLevel =
        !n.explicitSign &&
        /\b(?:a|al|to|hasta|at)\s*$/.test(folded.slice(Math.max(0, n.start - 6), n.start)) &&
        SHARE_WORDS.test(sentBefore);
      kind = n.points ? "change" : share || ofFlow || newLevel ? "share_pct" : "growth_pct";
    } else {
      const change =
        CHANGE_VERB_BEFORE.test(beforeClause) ||
        (/^\s*(?:(?:and|y)\s+)?(?:by|en)\s*(?:us\$|\$)?\s*$/.test(beforeClause) &&
          CHANGE_VERB_BEFORE.test(
            folded
              .slice(sentence.start, clause.start)
              .replace(/\$?[\d.,]+\s*(?:million|billion|millones|mil millones|mdd)?[^,;]*$/, "")
              .trimEnd() + " ",
          )) ||
        CHANGE_NOUN_AFTER.test(afterText) ||
        CHANGE_NOUN_BEFORE_PAREN.test(folded.slice(Math.max(0, n.start - 50), n.start));
      kind = change ? "change" : "level";
    }
    let flow: UsFlow;
    let partner: string | null;
    let perspective: "us" | "mx";
    let flowStated: boolean;
    let sideGuessed = false;
    if (ownLine && prevTableFlow && isPercent) {
      flow = prevTableFlow.flow;
      partner = prevTableFlow.partner;
      perspective = "us";
      flowStated = false;
    } else if (flowR) {
      flow = flowR.flow;
      partner = flowR.partner;
      perspective = flowR.perspective;
      sideGuessed = flowR.sideGuessed;
      flowStated = flowR.stated;
    } else {
      // No flow word anywhere near: a table of levels. Inference picks the flow the value fits.
      flow = "us_imports";
      partner = null;
      perspective = "us";
      flowStated = false;
    }
    const own = ownPartner(ctx, fig, clause);
    const nearestInSentence = ctx.partners
      .filter((p) => p.code !== US && p.start >= sentence.start && p.end <= n.start)
      .at(-1)?.code;
    if (own) partner = own;
    else if (nearestInSentence && !(flowR?.keyword?.word === "export" || flowR?.keyword?.word === "import"))
      partner = nearestInSentence;
    else if (
      nearestInSentence &&
      partner !== nearestInSentence &&
      ctx.partners.some((p) => p.code === nearestInSentence && p.start > (flowR?.keyword?.end ?? Infinity))
    )
      partner = nearestInSentence;
    // "Total U.S. goods imports", "las importaciones totales de EUA", with no partner in the sentence: the World.
    const worldTotal =
      !partner &&
      !ctx.partners.some((p) => p.code !== US && p.start >= sentence.start && p.start < sentence.end) &&
      totalFlowWord(ctx.folded, flowR?.keyword ?? null);
    if (worldTotal) partner = WORLD;
    if (!partner) {
      const inSentence = ctx.partners.filter(
        (p) => p.code !== US && p.start < n.start && p.start >= sentence.start - (ownLine ? 200 : 0),
      );
      partner = inSentence.at(-1)?.code ?? prevPartner ?? null;
    }
    const partnerStated = partner !== null;
    partner ??= "2010";
    if (!worldTotal) prevPartner = partner;
    if (flowR) prevFlow = flowR;
    if (ownLine && !isPercent) prevTableFlow = { flow, partner };

    const magnitude = isPercent ? n.value : (n.value * scale) / 1e6;
    const precision = isPercent ? n.step : (n.step * scale) / 1e6;
    let value = magnitude * n.sign;
    let signFromWords = false;
    if (kind === "growth_pct") {
      if (!n.explicitSign && !n.parenNegative) value = magnitude * directionNear(ctx, clause, fig);
    } else if (kind === "change") {
      const dir = n.explicitSign ? n.sign : directionNear(ctx, clause, fig);
      value = flow === "balance" ? magnitude * dir * balanceSign(ctx, flowR?.keyword ?? null) : magnitude * dir;
    } else if (kind === "level" && flow === "balance") {
      value = magnitude * (n.explicitSign ? n.sign : balanceSign(ctx, flowR?.keyword ?? null));
      signFromWords = true;
    }
    const pre = folded.slice(Math.max(0, n.start - 24), n.start);
    const bound = /(?:less than|menos de|under|below|inferior a|por debajo de)\s*$/.test(pre)
      ? ("lt" as const)
      : /(?:more than|over|above|mas de|superior a|por encima de)\s*$/.test(pre)
        ? ("gt" as const)
        : undefined;
    const qualifier = new RegExp(
      String.raw`(?:roughly|about|around|nearly|almost|approximately|some|cerca de` +
        String.raw`|alrededor de|casi|aproximadamente|unos|unas)\s*$`,
    ).test(pre)
      ? ("roughly" as const)
      : undefined;
    const start = qualifier && kind === "growth_pct" ? n.start - (/(\S+\s*)$/.exec(pre)?.[1]?.length ?? 0) : n.start;
    const period: { months: Month[]; stated: boolean; source: ReadFigure["periodSource"]; mention?: PeriodMention } =
      figurePeriod(ctx, fig, clause, sentence, state, sentenceYear);
    let compareMonths: Month[] | undefined;
    let compareDefault = false;
    if ((kind === "change" || kind === "growth_pct") && period.mention?.transition && period.months.length > 1) {
      compareMonths = [period.months[0] ?? ""];
      period.months = [period.months.at(-1) ?? ""];
    } else if (kind === "change" || kind === "growth_pct")
      compareMonths = comparePeriod(
        ctx,
        fig,
        sentence,
        period.months,
        state,
        sentenceYear,
        basisAt(n.start),
        kind,
        scaleFromContext && !ownLine,
        () => (compareDefault = true),
      );
    figures.push({
      quote: text.slice(start, n.end),
      start,
      end: n.end,
      claim: true,
      kind,
      partner,
      flow,
      perspective,
      value: cleanNum(value),
      magnitude: cleanNum(magnitude),
      precision: Number(precision.toPrecision(12)),
      months: period.months,
      ...(compareMonths ? { compareMonths, compareDefault } : {}),
      ...(basisAt(n.start) ? { basis: basisAt(n.start) ?? "NSA" } : {}),
      periodStated: period.stated,
      basisStated: basisAt(n.start) !== null,
      flowStated,
      partnerStated,
      flowSideGuessed: sideGuessed,
      ...(bound ? { bound } : {}),
      ...(qualifier ? { qualifier } : {}),
      signFromWords,
      sentence: si,
      periodSource: period.source,
    });
  }
  figures.sort((a, b) => a.start - b.start);
  // A share is of the flow of the level it sits beside: "una participación de 15.0% ($309,749 mdd)",
  // "colocó 28,990 millones … una participación de 16.6 por ciento".
  figures.forEach((f, i) => {
    if (f.kind !== "share_pct") return;
    const next = figures[i + 1];
    const paren =
      next?.claim && next.kind === "level" && /^\s*\(\s*$/.test(text.slice(f.end, next.start).replace(/\n/g, " "));
    let prevLevel: ReadFigure | undefined;
    for (let k = i - 1; k >= 0; k--) {
      const g = figures[k];
      if (!g || g.sentence !== f.sentence) break;
      if (g.claim && g.kind === "level") {
        prevLevel = g;
        break;
      }
    }
    const level = paren ? next : prevLevel;
    if (level?.flow && level.flow !== f.flow && level.partner === f.partner) f.flow = level.flow;
  });
  return { lang, mark, figures, basisStated, refMonth };
}

/** The last scale phrase ("in billions of dollars") before `at` and not before `from`: binary search, sorted input. */
function lastPhraseBefore(xs: ReadonlyArray<{ at: number; scale: number }>, at: number, from: number) {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid]?.at ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  const p = xs[lo - 1];
  return p && p.at >= from ? p : undefined;
}

function cleanNum(x: number): number {
  const r = Math.round(x * 1e6) / 1e6;
  return Object.is(r, -0) ? 0 : r;
}

function nonClaim(text: string, start: number, end: number, why: string, sentence: number): ReadFigure {
  return {
    quote: text.slice(start, end),
    start,
    end,
    claim: false,
    why,
    perspective: "us",
    value: 0,
    magnitude: 0,
    precision: 1,
    months: [],
    periodStated: false,
    basisStated: false,
    flowStated: false,
    partnerStated: false,
    flowSideGuessed: false,
    signFromWords: false,
    sentence,
    periodSource: "date",
  };
}

function statedBasis(folded: string): "SA" | "NSA" | null {
  if (
    new RegExp(
      String.raw`\b(?:not seasonally adjusted|unadjusted|sin ajuste estacional` +
        String.raw`|no desestacionalizad\w*|cifras originales|serie original)\b`,
    ).test(folded)
  )
    return "NSA";
  if (
    /\b(?:seasonally adjusted|desestacionalizad\w*|ajustad\w* por estacionalidad|con ajuste estacional)\b/.test(folded)
  )
    return "SA";
  return null;
}

function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const re = /\n[ \t\r]*\n/g;
  for (const m of text.matchAll(re)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out;
}

function yearOfSentence(ctx: Ctx, sentence: Span): number | null {
  const inS = ctx.periods.filter((p) => p.start >= sentence.start && p.start < sentence.end);
  const hasBareMonth = inS.some((p) => p.monthNums.length > 0 && p.year === null && p.relativeYears === null);
  if (!hasBareMonth) return null;
  const y = inS.find((p) => p.wholeYear && p.year !== null && !p.compareCue);
  return y?.year ?? null;
}

function figurePeriod(
  ctx: Ctx,
  fig: Span,
  clause: Span,
  sentence: Span,
  state: PeriodState,
  sentenceYear: number | null,
): { months: Month[]; stated: boolean; source: ReadFigure["periodSource"]; mention?: PeriodMention } {
  const inSentence = ctx.periods.filter(
    (p) =>
      p.start >= sentence.start &&
      p.start < sentence.end &&
      !p.yoyMarker &&
      !(p.wholeYear && sentenceYear !== null && p.year === sentenceYear),
  );
  // "from $5.3 billion in March to $4.4 billion": the March belongs to the figure before the "to".
  const usable = (p: PeriodMention) =>
    !p.compareCue &&
    !(
      p.end <= fig.start &&
      p.end < fig.start - 1 &&
      (ctx.lang === "en" ? /^\s*(?:,\s*)?to\s*(?:us\$|\$)?\s*$/ : /^\s*(?:,\s*)?(?:a|hasta)\s*(?:us\$|\$)?\s*$/).test(
        ctx.folded.slice(p.end, fig.start),
      ) &&
      /\b(?:from|desde|de)\s+(?:us\$|\$)?\d[^$]*$/.test(
        ctx.folded.slice(Math.max(sentence.start, p.start - 40), p.start),
      )
    );
  // Right after the figure ("$24.1 billion in April"), before the next figure.
  const next = inSentence.find((p) => p.start >= fig.end && p.start - fig.end <= 28 && usable(p));
  const inClauseBefore = inSentence.filter((p) => p.start < fig.start && p.start >= clause.start && usable(p)).at(-1);
  const before = inSentence.filter((p) => p.end <= fig.start && usable(p)).at(-1);
  const after = inSentence.find((p) => p.start >= fig.end && usable(p));
  const agoAfter = ctx.periods.find(
    (p) =>
      p.yoyMarker &&
      p.start >= fig.end &&
      p.start - fig.end <= 3 &&
      /year ago|year earlier|hace un ano|un ano antes/.test(ctx.folded.slice(p.start, p.end)),
  );
  if (agoAfter && state.last)
    return { months: state.last.months.map((m) => addMonths(m, -12)), stated: true, source: "stated" };
  let chosen = next ?? inClauseBefore ?? before ?? after;
  if (chosen?.sameAsBefore) chosen = undefined;
  if (chosen?.monthly) {
    const last = state.last?.months.at(-1);
    if (last) {
      state.last = { months: [last], source: "stated" };
      return { months: [last], stated: true, source: "carried" as const, mention: chosen };
    }
    chosen = undefined;
  }
  const advance = (months: Month[], source: ReadFigure["periodSource"]) => {
    if (!state.last || (months.at(-1) ?? "") >= (state.last.months.at(-1) ?? "") || state.last.source === "date")
      state.last = { months, source };
    const last = months.at(-1);
    if (last && source === "stated" && last > state.anchor) state.anchor = last;
    return { months, stated: source !== "date", source };
  };
  if (chosen) {
    const months = resolveMention(chosen, state.anchor, ctx, sentenceYear);
    if (months) return { ...advance(months, "stated"), mention: chosen };
  }
  // Only a compared period in the sentence ("down 3.4 percent from 2018"): the figure is the year after.
  const cmp = inSentence.find((p) => p.compareCue && p.year !== null && (p.wholeYear || p.monthNums.length > 0));
  if (cmp) {
    const months = resolveMention(cmp, state.anchor, ctx, sentenceYear);
    if (months)
      return advance(
        months.map((m) => addMonths(m, 12)),
        "stated",
      );
  }
  if (state.last)
    return {
      months: state.last.months,
      stated: state.last.source !== "date",
      source: state.last.source === "date" ? "date" : "carried",
    };
  // Nothing before: a later sentence may name the period ("Mexico ranked in 2024 as…").
  const later = ctx.allPeriods.find((p) => p.start >= sentence.end && !p.compareCue && !p.yoyMarker && !p.sameAsBefore);
  if (later) {
    const months = resolveMention(later, state.anchor, ctx, null);
    if (months) return { months, stated: true, source: "carried" };
  }
  return { months: [ctx.refMonth], stated: false, source: "date" };
}

function comparePeriod(
  ctx: Ctx,
  fig: Span,
  sentence: Span,
  months: Month[],
  state: PeriodState,
  sentenceYear: number | null,
  basis: "SA" | "NSA" | null,
  kind: Kind,
  fromList: boolean,
  onDefault: () => void = () => undefined,
): Month[] {
  const inSentence = ctx.periods.filter((p) => p.start >= sentence.start && p.start < sentence.end);
  const explicit = inSentence.find((p) => p.compareCue && !p.yoyMarker && (p.monthNums.length > 0 || p.wholeYear));
  if (explicit) {
    const m = resolveMention(explicit, addMonths(months[0] ?? state.anchor, -1), ctx, null);
    if (m && m.join() !== months.join())
      return m.length === months.length ? m : m.length > months.length ? m.slice(0, months.length) : m;
  }
  const yoy = inSentence.some((p) => p.yoyMarker || (p.compareCue && p.year !== null));
  if (yoy) return sameMonthsYearBefore(months);
  // Two periods in the sentence: "from March to April", "from $17.9 billion in March to $24.1 billion in April".
  const resolved = inSentence
    .filter((p) => !p.yoyMarker && (p.monthNums.length > 0 || p.wholeYear))
    .map((p) => resolveMention(p, months.at(-1) ?? state.anchor, ctx, sentenceYear))
    .filter((m): m is Month[] => m !== null && m.join() !== months.join() && (m.at(-1) ?? "") < (months[0] ?? ""));
  if (resolved.length > 0) return resolved.at(-1) ?? [];
  const first = months[0] ?? state.anchor;
  // Month-on-month where the figures are seasonally adjusted or a change between months ("increased $2.7 billion
  // in February"); year-on-year otherwise, as the Mexican and US press compare unadjusted figures.
  onDefault();
  if (months.length === 1 && (basis === "SA" || fromList || kind === "change")) return [addMonths(first, -1)];
  return sameMonthsYearBefore(months);
}

// --------------------------------------------------------------------------------------------------------------
// Ranks

interface WordRank extends Span {
  rank: number;
  fromWords: boolean;
}

function readWordRanks(ctx: Ctx): WordRank[] {
  const out: WordRank[] = [];
  const f = ctx.folded;
  ORDINAL_RE.lastIndex = 0;
  for (const m of f.matchAll(ORDINAL_RE)) {
    const end = m.index + m[0].length;
    const rest = f.slice(end, end + 30);
    if (PERIOD_NOUN_AFTER.test(rest)) continue;
    const before = f.slice(Math.max(0, m.index - 20), m.index);
    const noun = RANK_NOUN.exec(rest);
    const rankedBefore =
      /\b(?:ranked|ranks|ranking|ocupa|ocupo|se ubica en|se ubico en|quedo en|en el|en)\s+(?:el\s+)?$/.test(before);
    if (!noun && !(rankedBefore && /ranked|ranks|ocup|ubic/.test(before))) continue;
    const rank = ORDINAL_WORDS[m[1] ?? ""] ?? 0;
    if (!rank) continue;
    const nounEnd = noun ? end + noun[0].length : end;
    // "primer mayor mercado": the noun may be followed by more of the phrase; quote the ordinal and its noun.
    out.push({ start: m.index, end: nounEnd, rank, fromWords: false });
  }
  NUMBER_RANK.lastIndex = 0;
  for (const m of f.matchAll(NUMBER_RANK)) {
    const before = f.slice(Math.max(0, m.index - 20), m.index);
    if (!/\b(?:ranked|ranks|rank|was|is|ocupa|lugar|posicion|en el)\s*$/.test(before)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, rank: Number(m[1]), fromWords: false });
  }
  WORD_RANK.lastIndex = 0;
  for (const m of f.matchAll(WORD_RANK)) {
    const before = f.slice(Math.max(0, m.index - 40), m.index);
    if (/\b(?:segundo|tercer|second|third|uno de|one of)\b/.test(before)) continue;
    let start = m.index;
    const lead = /(?:se mantienen como|se mantiene como|se posiciono como|como su|como el|como)\s+$/.exec(before);
    if (lead) start -= lead[0].length;
    out.push({ start, end: m.index + m[0].length, rank: 1, fromWords: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A partner named right at the figure: "China ($22.9)", "$67.68 billion from China", "con 64,300 millones". */
function ownPartner(ctx: Ctx, fig: Span, clause: Span): string | null {
  const after = ctx.partners.find(
    (p) =>
      p.code !== US &&
      p.start >= fig.end &&
      p.start - fig.end <= 30 &&
      p.start < clause.end &&
      /^[^\d$]*?\b(?:from|to|with|de|desde|a|hacia|con|en)\s+(?:the\s+|el\s+|la\s+)?$/.test(
        ctx.folded.slice(fig.end, p.start),
      ),
  );
  if (after) return after.code;
  const before = ctx.partners
    .filter((p) => p.code !== US && !p.demonym && p.end <= fig.start && p.start >= clause.start)
    .at(-1);
  if (before && !/[\d]/.test(ctx.text.slice(before.end, fig.start).replace(/\$/g, ""))) return before.code;
  return null;
}

function rankPartner(ctx: Ctx, r: Span, clause: Span, sentence: Span): string | null {
  const nonUs = ctx.partners.filter((p) => p.code !== US && !p.demonym);
  const inClause = nonUs.filter((p) => p.start >= clause.start && p.start < clause.end);
  const before = inClause.filter((p) => p.start < r.start).at(-1);
  const after = inClause.find((p) => p.start >= r.end);
  if (before || after) return (before ?? after)?.code ?? null;
  const sBefore = nonUs.filter((p) => p.start >= sentence.start && p.start < r.start).at(-1);
  const sAfter = nonUs.find((p) => p.start >= r.end && p.start < sentence.end);
  return (sBefore ?? sAfter)?.code ?? null;
}

export { monthRange };
