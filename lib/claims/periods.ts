/**
 * Periods named in trade prose, Spanish and English: "enero de 2025", "en julio", "primer trimestre", "primer bimestre
 * de 2024", "de enero a julio de 2025", "entre enero y mayo", "first two months of 2024", "so far this year",
 * "el año pasado", "in 2024", "frente al mismo mes de 2024", "year-over-year". Found on the folded text (lower case,
 * no accents) with bounded patterns; months without a year are resolved by the reader against the text's anchor.
 */
import { ORDINAL_WORDS } from "./ordinals";
import { matchSpans, TakenSpans } from "./taken-spans";

export type Month = string; // YYYY-MM

const ES_MONTHS = [
  "enero",
  "febrero",
  "marzo",
  "abril",
  "mayo",
  "junio",
  "julio",
  "agosto",
  "septiembre",
  "octubre",
  "noviembre",
  "diciembre",
];
const EN_MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const COUNTS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
};

export function monthNumber(word: string): number | null {
  const w = word === "setiembre" ? "septiembre" : word;
  const es = ES_MONTHS.indexOf(w);
  if (es >= 0) return es + 1;
  const en = EN_MONTHS.indexOf(w);
  return en >= 0 ? en + 1 : null;
}

export function ym(year: number, month: number): Month {
  const y = year + Math.floor((month - 1) / 12);
  const m = (((month - 1) % 12) + 12) % 12;
  return `${String(y)}-${String(m + 1).padStart(2, "0")}`;
}

export function addMonths(m: Month, k: number): Month {
  const [y = 0, mo = 1] = m.split("-").map(Number);
  return ym(y, mo + k);
}

export function monthRange(from: Month, to: Month): Month[] {
  const out: Month[] = [];
  for (let m = from; m <= to && out.length < 240; m = addMonths(m, 1)) out.push(m);
  return out;
}

export function yearMonths(year: number, upTo = 12): Month[] {
  return monthRange(ym(year, 1), ym(year, upTo));
}

/** The latest month whose Census figures were out by `date` (they come about five weeks after the month ends). */
export function latestReleasedMonth(date: string): Month {
  const [y = 2000, m = 12, d] = date.split("-").map(Number);
  if (date.length === 4) return ym(y, 12 - 2 + 12 * 0);
  const day = d ?? 28;
  return ym(y, m - (day >= 3 ? 2 : 3));
}

/** A period as written: months resolved when a year is given, else a month pattern the reader resolves. */
export interface PeriodMention {
  start: number;
  end: number;
  /** Month numbers 1..12 (for a range, every month in it); year null when the text gives none. */
  monthNums: number[];
  year: number | null;
  /** The whole of a year ("en 2024", "el año pasado"). */
  wholeYear: boolean;
  /** "so far this year": January to the latest month released. */
  toDate: boolean;
  /** Relative to the reader's anchor: -12 for "a year ago", "el año pasado" = previous year. */
  relativeYears: number | null;
  /** "ese mismo mes", "that month": the month just spoken of. */
  sameAsBefore: boolean;
  /** Words that mark a period compared with ("frente a", "from", "compared with", "mismo mes de 2024"). */
  compareCue: boolean;
  /** Year-over-year marker without a period of its own ("anual", "year-over-year", "interanual"). */
  yoyMarker: boolean;
  /** "from February to March": for a change, the months compared rather than a cumulative range. */
  transition: boolean;
  /** "medición mensual", "monthly": a single month, the latest spoken of. */
  monthly: boolean;
}

const MONTH_ALT = [...ES_MONTHS, "setiembre", ...EN_MONTHS].join("|");
const ORD_ALT = Object.keys(ORDINAL_WORDS).join("|");
const COUNT_ALT = Object.keys(COUNTS).join("|");
const YEAR = String.raw`(?:19[89]\d|20\d\d)`;
const OF_YEAR = String.raw`(?:\s*(?:,|de|del|of|in)?\s*(?:(${YEAR})|(este ano|this year|ano pasado|last year)))?`;

const PATTERNS: ReadonlyArray<{ re: RegExp; kind: string }> = [
  {
    re: new RegExp(
      String.raw`\b(?:de\s+|desde\s+|entre\s+|from\s+|between\s+|acumulado\s+(?:de\s+)?)?(${MONTH_ALT})` +
        String.raw`\s*(?:-|–|a|al|y|to|and|through|hasta)\s*(${MONTH_ALT})\b` +
        OF_YEAR,
      "g",
    ),
    kind: "range",
  },
  {
    re: new RegExp(String.raw`\b(${ORD_ALT})\s+(trimestre|bimestre|semestre|quarter|half|mes|month)\b` + OF_YEAR, "g"),
    kind: "ordinal",
  },
  {
    re: new RegExp(String.raw`\b(?:first|primeros)\s+(${COUNT_ALT}|\d{1,2})\s+(?:months|meses)\b` + OF_YEAR, "g"),
    kind: "firstN",
  },
  {
    re: new RegExp(
      String.raw`\b(?:so far this year|so far in (?:19|20)\d\d|year to date|year-to-date` +
        String.raw`|en lo que va del? (?:ano|(?:19|20)\d\d)|en lo que va de este ano` +
        String.raw`|acumulado anual|en el acumulado del ano)\b`,
      "g",
    ),
    kind: "ytd",
  },
  { re: /\b(?:ese|este|aquel) mismo mes\b|\bthat (?:same )?month\b|\bel mismo mes\b(?! de)/g, kind: "same" },
  {
    re: new RegExp(
      String.raw`\b(?:(?:el )?(?:mismo|igual) (?:mes|periodo|lapso|trimestre|semestre|bimestre)` +
        String.raw`(?: del? ano anterior| de)?` +
        String.raw`|the same (?:month|period|quarter) (?:of|last year|a year earlier))\s*(${YEAR})?`,
      "g",
    ),
    kind: "yoy",
  },
  {
    re: new RegExp(
      String.raw`\b(?:a year (?:ago|earlier)|hace un ano|un ano antes|year[- ]over[- ]year` +
        String.raw`|year[- ]on[- ]year|interanual(?:es)?|anual(?:es)?|annual(?:ly)?` +
        String.raw`|del ano anterior|ano anterior|previous year|prior year)\b`,
      "g",
    ),
    kind: "yoyMarker",
  },
  { re: /\b(?:el ano pasado|last year|el ano previo)\b/g, kind: "lastYear" },
  { re: /\b(?:medicion mensual|desglose mensual|en el mes|in the month|monthly figure)\b/g, kind: "monthly" },
  { re: new RegExp(String.raw`\b(${MONTH_ALT})\b` + OF_YEAR, "g"), kind: "month" },
  {
    re: new RegExp(String.raw`(?<![\d.,$])\b(${YEAR})\b(?![.,]?\d)(?!\s*(?:%|mil|millones|million|billion|mdd))`, "g"),
    kind: "year",
  },
];

const COMPARE_BEFORE = new RegExp(
  String.raw`(?:frente a[l]?|respecto (?:a[l]?|del?)|comparad[oa]s? con|compared (?:to|with)|from|desde|than|over` +
    String.raw`|contra|versus|vs\.?|que en|con respecto a[l]?|sobre` +
    String.raw`|(?:superior|inferior|mayor|menor)(?:es)? (?:a|al|que)(?: l[ao]s?| el| lo)?(?: de| del)?)` +
    String.raw`\s*(?:el |la |los |las |the |de |del )?` +
    String.raw`(?:(?:mismo|igual) (?:mes|periodo|lapso) (?:de |del )?)?$`,
);

/**
 * Every period mention in the folded text. `original` is the text as written, to require capitals where English
 * needs them ("May" the month, "may" the verb).
 */
export function findPeriodMentions(folded: string, original: string): PeriodMention[] {
  const taken = new TakenSpans(folded.length);
  const out: PeriodMention[] = [];
  for (const { re, kind } of PATTERNS) {
    for (const { m, start, end } of matchSpans(folded, re)) {
      if (!taken.isFree(start, end)) continue;
      const mention = toMention(kind, m, start, end, original);
      if (!mention) continue;
      // "its smallest since 2009", "el mayor nivel desde 2008": a landmark, not the period of a figure.
      if (kind === "year" && /\b(?:since|desde)\s+$/.test(folded.slice(Math.max(0, start - 8), start))) continue;
      taken.take(start, end);
      const before = folded.slice(Math.max(0, start - 40), start);
      const nearBefore = before.slice(
        Math.max(before.lastIndexOf(","), before.lastIndexOf("."), before.lastIndexOf(";")) + 1,
      );
      mention.compareCue =
        mention.compareCue ||
        COMPARE_BEFORE.test(before) ||
        /\b(?:than|frente a|respecto a|respecto al|compared (?:to|with)|comparad[oa] con|versus)\b/.test(nearBefore);
      out.push(mention);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function englishMonthNeedsCapital(word: string, original: string, at: number): boolean {
  return EN_MONTHS.includes(word) && !ES_MONTHS.includes(word) && !/^\p{Lu}/u.test(original.slice(at, at + 1));
}

function yearOf(m: RegExpMatchArray, yearGroup: number, relGroup: number): { year: number | null; rel: string | null } {
  const y = m[yearGroup];
  return { year: y ? Number(y) : null, rel: m[relGroup] ?? null };
}

function base(start: number, end: number): PeriodMention {
  return {
    start,
    end,
    monthNums: [],
    year: null,
    wholeYear: false,
    toDate: false,
    relativeYears: null,
    sameAsBefore: false,
    compareCue: false,
    yoyMarker: false,
    transition: false,
    monthly: false,
  };
}

function applyYear(p: PeriodMention, y: { year: number | null; rel: string | null }) {
  p.year = y.year;
  if (y.rel === "ano pasado" || y.rel === "last year") p.relativeYears = -1;
  if (y.rel === "este ano" || y.rel === "this year") p.relativeYears = 0;
}

function toMention(
  kind: string,
  m: RegExpMatchArray,
  start: number,
  end: number,
  original: string,
): PeriodMention | null {
  const p = base(start, end);
  switch (kind) {
    case "range": {
      const a = monthNumber(m[1] ?? "");
      const b = monthNumber(m[2] ?? "");
      if (!a || !b || b < a) return null;
      const offA = start + m[0].indexOf(m[1] ?? "");
      if (englishMonthNeedsCapital(m[1] ?? "", original, offA)) return null;
      p.monthNums = Array.from({ length: b - a + 1 }, (_, i) => a + i);
      p.transition = /^(?:from|desde)\s/.test(m[0]) && /\s(?:to|a|hasta)\s/.test(m[0]);
      applyYear(p, yearOf(m, 3, 4));
      return p;
    }
    case "ordinal": {
      const n = ORDINAL_WORDS[m[1] ?? ""] ?? 0;
      const unit = m[2] ?? "";
      const size = /trimestre|quarter/.test(unit) ? 3 : /bimestre/.test(unit) ? 2 : /semestre|half/.test(unit) ? 6 : 1;
      if (n < 1 || n * size > 12) return null;
      p.monthNums = Array.from({ length: size }, (_, i) => (n - 1) * size + i + 1);
      applyYear(p, yearOf(m, 3, 4));
      return p;
    }
    case "firstN": {
      const raw = m[1] ?? "";
      const n = COUNTS[raw] ?? Number(raw);
      if (!(n >= 1 && n <= 12)) return null;
      p.monthNums = Array.from({ length: n }, (_, i) => i + 1);
      applyYear(p, yearOf(m, 2, 3));
      return p;
    }
    case "ytd": {
      p.toDate = true;
      const y = /(?:19|20)\d\d/.exec(m[0]);
      p.year = y ? Number(y[0]) : null;
      if (!y) p.relativeYears = 0;
      return p;
    }
    case "same":
      p.sameAsBefore = true;
      return p;
    case "yoy": {
      p.compareCue = true;
      p.yoyMarker = true;
      if (m[1]) p.year = Number(m[1]);
      return p;
    }
    case "yoyMarker":
      p.yoyMarker = true;
      p.compareCue = true;
      return p;
    case "monthly":
      p.monthly = true;
      return p;
    case "lastYear":
      p.wholeYear = true;
      p.relativeYears = -1;
      return p;
    case "month": {
      const word = m[1] ?? "";
      if (englishMonthNeedsCapital(word, original, start)) return null;
      const n = monthNumber(word);
      if (!n) return null;
      p.monthNums = [n];
      applyYear(p, yearOf(m, 2, 3));
      return p;
    }
    case "year": {
      p.wholeYear = true;
      p.year = Number(m[1]);
      return p;
    }
  }
  return null;
}
