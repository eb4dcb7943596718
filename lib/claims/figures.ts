/**
 * Figures as printed in Spanish and English trade releases: "39,874 mdd", "12.7 mil millones de dólares",
 * "US$12.7 billion", "$64.5B", "39.874" (es-ES). Pure: no I/O.
 *
 * Scales: "millones"/"mdd"/"million" = 1e6; "mil millones"/"mmdd"/"billion"/"bn" = 1e9;
 * Spanish "billón"/"billones" = 1e12 (never 1e9); "mil" alone = 1e3.
 * Precision is the step the figure is printed to, in units of `value`: decimals give 0.1, 0.01…;
 * a whole number ending in two or more zeros is read as rounded (12,700 → 100), otherwise 1.
 */

/** es-MX and en-US group with "," and mark decimals with "."; es-ES groups with "." (or a space) and uses ",". */
export type FigureLocale = "es-MX" | "es-ES" | "en-US";

export type FigureUnit = "USD" | "percent" | null;

export interface ParsedFigure {
  /** The number as printed, without scale: 12.7 for "12.7 mil millones". */
  value: number;
  unit: FigureUnit;
  /** Multiplier that turns `value` into units: 1e6 for "mdd". */
  scale: number;
  /** Step the figure is printed to, in units of `value`. */
  precision: number;
}

export interface FoundFigure extends ParsedFigure {
  text: string;
  start: number;
  end: number;
}

export class FigureParseError extends Error {
  constructor(
    readonly input: string,
    reason: string,
  ) {
    super(`Cannot read "${input}" as a figure: ${reason}`);
    this.name = "FigureParseError";
  }
}

const DE_DOLARES = String.raw`(?:\s+de\s+d[oó]lares(?:\s+estadounidenses)?)?`;

// Longest first: "mil millones" before "mil" and "millones"; "billones" before "billón".
// Matched in either case ("MDD", "Billion"), except where a capital means something else: "MN" is moneda nacional.
const WORD_SCALES: ReadonlyArray<{ pattern: string; scale: number; unit: FigureUnit; caseSensitive?: true }> = [
  { pattern: String.raw`mil\s+millones` + DE_DOLARES, scale: 1e9, unit: null },
  { pattern: String.raw`millones` + DE_DOLARES, scale: 1e6, unit: null },
  { pattern: String.raw`billones` + DE_DOLARES, scale: 1e12, unit: null },
  { pattern: String.raw`bill[oó]n` + DE_DOLARES, scale: 1e12, unit: null },
  { pattern: "mmdd", scale: 1e9, unit: "USD" },
  { pattern: "mdd", scale: 1e6, unit: "USD" },
  { pattern: "trillion", scale: 1e12, unit: null },
  { pattern: "billion", scale: 1e9, unit: null },
  { pattern: "million", scale: 1e6, unit: null },
  { pattern: "bn", scale: 1e9, unit: null, caseSensitive: true },
  { pattern: "mn", scale: 1e6, unit: null, caseSensitive: true },
  { pattern: "mil", scale: 1e3, unit: null },
  { pattern: "d[oó]lares", scale: 1, unit: "USD" },
  { pattern: "dollars", scale: 1, unit: "USD" },
  { pattern: "USD", scale: 1, unit: "USD" },
];

const COMPACT_SCALES: Record<string, number> = { K: 1e3, k: 1e3, M: 1e6, B: 1e9, T: 1e12 };

const NUMBER_PATTERNS: Record<FigureLocale, string> = {
  "es-MX": String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`,
  "en-US": String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`,
  "es-ES": String.raw`\d{1,3}(?:[.\u00a0\u202f ]\d{3})+(?![\d])(?:,\d+)?|\d+(?:,\d+)?`,
};

/**
 * A pattern that matches its letters in either case ("MDD", "Mil Millones", "Billion"), for the scale words only:
 * the compact suffixes stay case-sensitive ("5M" is millions, "5m" is not a money figure). Node 20's RegExp has
 * no inline (?i:…) group, so each letter becomes a class of both cases; escapes such as \s are kept as they are.
 */
function caseless(pattern: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? "";
    if (c === "\\") {
      out += c + (pattern[i + 1] ?? "");
      i++;
    } else if (c === "[" || c === "]") {
      inClass = c === "[";
      out += c;
    } else if (c.toLowerCase() !== c.toUpperCase()) {
      const both = c.toLowerCase() + c.toUpperCase();
      out += inClass ? both : `[${both}]`;
    } else {
      out += c;
    }
  }
  return out;
}

function figurePattern(locale: FigureLocale): RegExp {
  const words = WORD_SCALES.map((w) => (w.caseSensitive ? w.pattern : caseless(w.pattern))).join("|");
  return new RegExp(
    String.raw`(?<![\p{L}\p{N}.,])(?<prefix>US\$\s?|USD\s?|\$\s?)?(?<number>${NUMBER_PATTERNS[locale]})` +
      String.raw`(?:(?<compact>[kKMBT])(?![\p{L}\p{N}])|\s*(?<percent>%)|\s+(?<word>(?:${words}))(?![\p{L}]))?`,
    "gu",
  );
}

const PATTERNS = new Map<FigureLocale, RegExp>();
function patternFor(locale: FigureLocale): RegExp {
  let pattern = PATTERNS.get(locale);
  if (!pattern) {
    pattern = figurePattern(locale);
    PATTERNS.set(locale, pattern);
  }
  return pattern;
}

function readNumber(raw: string, locale: FigureLocale): { value: number; precision: number } {
  const decimalMark = locale === "es-ES" ? "," : ".";
  const [intPartRaw = "", decimals] = raw.split(decimalMark) as [string, string | undefined];
  const intPart = intPartRaw.replace(/[^\d]/g, "");
  const value = Number(decimals === undefined ? intPart : `${intPart}.${decimals}`);
  if (decimals !== undefined) return { value, precision: 10 ** -decimals.length };
  const trailingZeros = /0*$/.exec(intPart)?.[0].length ?? 0;
  const rounded = trailingZeros >= 2 && trailingZeros < intPart.length;
  return { value, precision: rounded ? 10 ** trailingZeros : 1 };
}

function toFigure(groups: Record<string, string | undefined>, locale: FigureLocale): ParsedFigure {
  const { value, precision } = readNumber(groups.number ?? "", locale);
  let unit: FigureUnit = groups.prefix ? "USD" : null;
  let scale = 1;
  if (groups.compact) scale = COMPACT_SCALES[groups.compact] ?? 1;
  if (groups.percent) unit = "percent";
  if (groups.word) {
    const word = groups.word;
    const match = WORD_SCALES.find((w) => new RegExp(`^(?:${w.pattern})$`, w.caseSensitive ? "u" : "iu").test(word));
    if (match) {
      scale = match.scale;
      if (match.unit || /d[oó]lares|dollars/iu.test(word)) unit = "USD";
    }
  }
  return { value, unit, scale, precision };
}

/** Every figure in a text, with its span. Numbers inside words (T-MEC2, COVID19) are not figures. */
export function findFigures(text: string, locale: FigureLocale = "es-MX"): FoundFigure[] {
  const found: FoundFigure[] = [];
  for (const match of text.matchAll(patternFor(locale))) {
    const start = match.index;
    found.push({ ...toFigure(match.groups ?? {}, locale), text: match[0], start, end: start + match[0].length });
  }
  return found;
}

/** Reads one figure; the whole input must be the figure. Throws FigureParseError otherwise. */
export function parseFigure(input: string, locale: FigureLocale = "es-MX"): ParsedFigure {
  const trimmed = input.trim();
  if (trimmed === "") throw new FigureParseError(input, "it is empty");
  const figures = findFigures(trimmed, locale);
  const [only] = figures;
  if (figures.length !== 1 || !only || only.start !== 0 || only.end !== trimmed.length) {
    throw new FigureParseError(input, 'expected one number with an optional currency and scale, e.g. "39,874 mdd"');
  }
  return { value: only.value, unit: only.unit, scale: only.scale, precision: only.precision };
}
