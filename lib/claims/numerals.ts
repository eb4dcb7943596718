/**
 * Every written number in a text, with its scale and unit words, found by one left-to-right pass (no backtracking
 * regular expression runs over the whole text, so time grows linearly with its length). Pure: no I/O.
 *
 * Handles "39,874 mdd", "45 mil 366 millones de dólares", "448 mil millones", "399.5 mil millones de dólares",
 * "$38,232,900,000", "557 034 millones", "US$12.7 billion", "$171.809 billion dollars", "(3.40%)", "6,3%",
 * "8.24 por ciento", "3.4 percent", "puntos porcentuales", a cut-off "$4.4 bi". A Spanish "billón" is 10¹², never 10⁹.
 */

/** Which mark is the decimal one: "." (es-MX, en-US: 39,874.5) or "," (es-ES: 39.874,5; "6,3%"). */
export type DecimalMark = "." | ",";

export interface Numeral {
  /** UTF-16 offsets of the whole figure: sign, currency, number and scale words. */
  start: number;
  end: number;
  /** Offsets of the digits alone. */
  numStart: number;
  numEnd: number;
  /** The digits and separators as printed ("39,874", "6,3", "557 034"). */
  raw: string;
  sign: 1 | -1;
  explicitSign: boolean;
  currency: boolean;
  /** Multiplier of the number in dollars (1e6 for "millones"); 1 when none is written. */
  scale: number;
  scaleWritten: boolean;
  percent: boolean;
  /** "puntos porcentuales", "percentage points". */
  points: boolean;
  /** "(3.40%)" alone on a line: an accountant's negative. */
  parenNegative: boolean;
  /** The number before any sign, e.g. 45366 for "45 mil 366"; NaN when the digits cannot be read in this mark. */
  value: number;
  /** Step the number is printed to, in its own units (0.1 for "12.7"; 100 for "12,700"). */
  step: number;
  /** "mil" joined two groups ("45 mil 366"). */
  milCompound: boolean;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 32 || c === 0xa0 || c === 0x202f || c === 9;
const isLetter = (ch: string) => /\p{L}/u.test(ch);

/** The run of digits and inner separators starting at i: "39,874", "1.234.567,8", "557 034". */
function numeralRun(text: string, i: number): number {
  let j = i;
  while (j < text.length && isDigit(text.charCodeAt(j))) j++;
  for (;;) {
    const c = text.charCodeAt(j);
    if ((c === 44 || c === 46) && isDigit(text.charCodeAt(j + 1))) {
      let k = j + 1;
      while (k < text.length && isDigit(text.charCodeAt(k))) k++;
      j = k;
      continue;
    }
    // A space groups thousands only before exactly three digits: "557 034", never "2024 500".
    if (isSpace(c) && isDigit(text.charCodeAt(j + 1)) && isDigit(text.charCodeAt(j + 2))) {
      if (isDigit(text.charCodeAt(j + 3)) && !isDigit(text.charCodeAt(j + 4)) && groupOk(text, i, j)) {
        j += 4;
        continue;
      }
    }
    return j;
  }
}

/** A space-grouped number starts with one to three digits: "557 034" but not "2024 034". */
function groupOk(text: string, start: number, at: number): boolean {
  const head = text.slice(start, at);
  return /^\d{1,3}( \d{3})*$/.test(head.replace(/[\u00a0\u202f]/g, " "));
}

/** Reads the digits with a decimal mark; NaN when the groups do not fit it ("1,23,4"). */
export function readRaw(raw: string, mark: DecimalMark): { value: number; decimals: number } {
  const group = mark === "." ? "," : ".";
  const norm = raw.replace(/[\s\u00a0\u202f]/g, " ");
  const parts = norm.split(mark);
  if (parts.length > 2) return { value: NaN, decimals: 0 };
  const [intPart = "", dec] = parts;
  const groups = intPart.split(new RegExp(`[ ${group === "." ? "\\." : ","}]`));
  if (groups.length > 1 && (!/^\d{1,3}$/.test(groups[0] ?? "") || groups.slice(1).some((g) => !/^\d{3}$/.test(g)))) {
    return { value: NaN, decimals: 0 };
  }
  if (dec !== undefined && !/^\d+$/.test(dec)) return { value: NaN, decimals: 0 };
  const digits = groups.join("");
  if (digits.length > 21) return { value: NaN, decimals: 0 };
  return { value: Number(dec === undefined ? digits : `${digits}.${dec}`), decimals: dec?.length ?? 0 };
}

/** Step of a printed number: decimals give 0.1…; two or more trailing zeros of a whole number read as rounding. */
function stepOf(value: number, decimals: number, digits: string): number {
  if (decimals > 0) return 10 ** -decimals;
  const zeros = /0*$/.exec(digits)?.[0].length ?? 0;
  return zeros >= 2 && zeros < digits.length ? 10 ** zeros : 1;
}

// Scale words, tried in order at the position after the number (sticky, case-insensitive, bounded: no backtracking).
const DE_DOLARES = String.raw`(?:\s+(?:de\s+)?d[oó]lares(?:\s+(?:estadounidenses|americanos))?|\s+dollars|\s+USD)?`;
const SCALE_WORDS: ReadonlyArray<{ re: RegExp; scale: number; currency?: true }> = [
  { re: new RegExp(String.raw`\s*mil\s+millones` + DE_DOLARES, "iy"), scale: 1e9 },
  { re: new RegExp(String.raw`\s*millones` + DE_DOLARES, "iy"), scale: 1e6 },
  { re: new RegExp(String.raw`\s*mill[oó]n` + DE_DOLARES, "iy"), scale: 1e6 },
  { re: new RegExp(String.raw`\s*billones` + DE_DOLARES, "iy"), scale: 1e12 },
  { re: new RegExp(String.raw`\s*bill[oó]n` + DE_DOLARES, "iy"), scale: 1e12 },
  { re: /\s*mmdd/iy, scale: 1e9, currency: true },
  { re: /\s*mdd/iy, scale: 1e6, currency: true },
  { re: new RegExp(String.raw`\s*trillion` + DE_DOLARES, "iy"), scale: 1e12 },
  { re: new RegExp(String.raw`\s*billions?` + DE_DOLARES, "iy"), scale: 1e9 },
  { re: new RegExp(String.raw`\s*millions?` + DE_DOLARES, "iy"), scale: 1e6 },
  { re: /\s?bn/y, scale: 1e9 },
  { re: /\s?mn/y, scale: 1e6 },
  { re: /[BKMT]/y, scale: NaN },
  { re: /\s+(?:de\s+)?d[oó]lares/iy, scale: 1, currency: true },
  { re: /\s+dollars/iy, scale: 1, currency: true },
];
const COMPACT: Record<string, number> = { B: 1e9, K: 1e3, M: 1e6, T: 1e12 };
const PERCENT = /\s*(?:%|por\s*ciento|per\s*cent|percent(?:age\s+points?)?|puntos\s+porcentuales|pp\b)/iy;
// "45 mil 366 millones"; a group of one or two digits only before "millones": "334 mil 41 millones" is 334,041.
const MIL_GROUP = /\s+mil\s+(\d{3})(?!\d)|\s+mil\s+(\d{1,2})(?![\d.,])(?=\s+mill)/iy;
const MIL_ALONE = /\s+mil(?![\p{L}])/iuy;

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** At the end of a cut-off excerpt, "$4.4 bi" still names its scale. */
function truncatedScale(text: string, at: number): { scale: number; end: number } | null {
  const tail = text.slice(at);
  const m = /^\s+([a-z]{2,8})$/i.exec(tail.length < 12 ? tail : "");
  if (!m?.[1]) return null;
  const w = m[1].toLowerCase();
  if ("billion".startsWith(w)) return { scale: 1e9, end: text.length };
  if ("million".startsWith(w) || "millones".startsWith(w)) return { scale: 1e6, end: text.length };
  return null;
}

function afterNumber(text: string, at: number) {
  let end = at;
  let scale = 1;
  let scaleWritten = false;
  let currency = false;
  let percent = false;
  let points = false;
  let milExtra: string | null = null;

  const group = sticky(MIL_GROUP, text, at);
  if (group) {
    milExtra = (group[1] ?? group[2])?.padStart(3, "0") ?? null;
    end = at + group[0].length;
  } else if (!sticky(/\s*mil\s+millones/iy, text, at)) {
    const alone = sticky(MIL_ALONE, text, at);
    if (alone) {
      end = at + alone[0].length;
      scale = 1e3;
      scaleWritten = true;
    }
  }
  const p = sticky(PERCENT, text, end);
  if (p && !milExtra && !scaleWritten) {
    percent = true;
    points = /punt|point|pp/i.test(p[0]);
    end += p[0].length;
    return { end, scale, scaleWritten, currency, percent, points, milExtra };
  }
  const nextChar = (k: number) => text[k] ?? "";
  for (const w of SCALE_WORDS) {
    const m = sticky(w.re, text, end);
    if (!m) continue;
    const after = end + m[0].length;
    if (isLetter(nextChar(after)) || (w.re.source.startsWith("[") && /[\p{N}]/u.test(nextChar(after)))) continue;
    const factor = Number.isNaN(w.scale) ? (COMPACT[m[0]] ?? 1) : w.scale;
    scale = scaleWritten && milExtra === null ? scale * factor : factor;
    scaleWritten = true;
    if (w.currency || /d[oó]lar|dollar|usd/i.test(m[0])) currency = true;
    end = after;
    break;
  }
  if (!scaleWritten) {
    const cut = truncatedScale(text, end);
    if (cut) {
      scale = cut.scale;
      scaleWritten = true;
      end = cut.end;
    }
  }
  return { end, scale, scaleWritten, currency, percent, points, milExtra };
}

/**
 * Every number in `text`. Its digits are read with `mark` as the decimal mark; a number whose groups do not fit
 * that mark gets value NaN (the caller decides the mark for the whole text first, see decimalMarkOf).
 */
export function scanNumerals(text: string, mark: DecimalMark): Numeral[] {
  const out: Numeral[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (!isDigit(c)) {
      i++;
      continue;
    }
    const prev = text[i - 1] ?? "";
    if (/[\p{L}\p{N}_]/u.test(prev) || ((prev === "." || prev === ",") && isDigit(text.charCodeAt(i - 2)))) {
      // Inside a word (T-MEC2) or a longer number: skip the whole run.
      while (i < text.length && /[\p{L}\p{N}]/u.test(text[i] ?? "")) i++;
      continue;
    }
    const numStart = i;
    const numEnd = numeralRun(text, i);
    const raw = text.slice(numStart, numEnd);
    let start = numStart;
    let currency = false;
    const before = text.slice(Math.max(0, numStart - 4), numStart);
    const cur = /(?:US\$|USD|MXN|\$)\s?$/.exec(before);
    if (cur) {
      currency = true;
      start = numStart - cur[0].length;
    }
    let sign: 1 | -1 = 1;
    let explicitSign = false;
    const s = text[start - 1];
    if ((s === "-" || s === "−" || s === "+" || s === "–") && !/[\p{L}\p{N}]/u.test(text[start - 2] ?? "")) {
      sign = s === "+" ? 1 : -1;
      explicitSign = true;
      start -= 1;
    }
    const a = afterNumber(text, numEnd);
    let { value, decimals } = readRaw(raw, mark);
    let digits = raw.replace(/\D/g, "");
    if (a.milExtra !== null) {
      value = value * 1000 + Number(a.milExtra);
      digits = digits + a.milExtra;
      decimals = 0;
    }
    const step = a.percent ? 10 ** -decimals : stepOf(value, decimals, digits);
    let end = a.end;
    let parenNegative = false;
    if (!explicitSign && text[start - 1] === "(" && text[end] === ")") {
      const lineStart = text.lastIndexOf("\n", start - 2) + 1;
      const nl = text.indexOf("\n", end);
      const lineEnd = nl === -1 ? text.length : nl;
      if (text.slice(lineStart, start - 1).trim() === "" && text.slice(end + 1, lineEnd).trim() === "") {
        parenNegative = true;
        start -= 1;
        end += 1;
      }
    }
    out.push({
      start,
      end,
      numStart,
      numEnd,
      raw,
      sign: parenNegative ? -1 : sign,
      explicitSign,
      currency: currency || a.currency,
      scale: a.scale,
      scaleWritten: a.scaleWritten,
      percent: a.percent,
      points: a.points,
      parenNegative,
      value,
      step: a.milExtra !== null ? 1 : step,
      milCompound: a.milExtra !== null,
    });
    i = Math.max(end, numEnd);
  }
  return out;
}

/**
 * The decimal mark of a whole text, from the numbers that show it: "6,3" or "1.234.567" mean ",";
 * "12.7" or "1,234,567" mean "."; "39,874" or "39.874" alone say nothing. Ties go to "." (es-MX, en-US).
 */
export function decimalMarkEvidence(text: string): { dot: number; comma: number } {
  let dot = 0;
  let comma = 0;
  for (const n of scanNumerals(text, ".")) {
    const r = n.raw;
    const lastDot = r.lastIndexOf(".");
    const lastComma = r.lastIndexOf(",");
    if (lastDot >= 0 && lastComma >= 0) {
      if (lastDot > lastComma) dot++;
      else comma++;
      continue;
    }
    const sep = lastDot >= 0 ? "." : lastComma >= 0 ? "," : null;
    if (!sep) continue;
    const pieces = r.split(sep);
    const tailOk = pieces.slice(1).every((p) => p.length === 3);
    if (pieces.length > 2 && tailOk) {
      if (sep === ".") comma++;
      else dot++;
    } else if (!tailOk) {
      if (sep === ".") dot++;
      else comma++;
    }
  }
  return { dot, comma };
}
