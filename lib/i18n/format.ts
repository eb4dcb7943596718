/** Locale-aware formatting of figures and months. Pure: Intl only. */
import type { Lang } from "../data/release-schema";

export type { Lang };

export const LOCALE: Record<Lang, string> = { es: "es-MX", en: "en-US" };

// An Intl formatter is slow to make (a long table or chart makes thousands of calls): one per locale and options.
const numberFormats = new Map<string, Intl.NumberFormat>();
const periodFormats = new Map<string, Intl.DateTimeFormat>();
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(LOCALE[lang], options)));
  return f;
}

/** Millions of dollars with the given decimals in the locale's separators: 39,874 / 39,656.8. */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 1, minimumFractionDigits = 0): string {
  return numberFormat(lang, { maximumFractionDigits, minimumFractionDigits }).format(value);
}

/** A signed difference, always with its sign: +36 / −48.2. */
export function formatDelta(value: number, lang: Lang, maximumFractionDigits = 1): string {
  return numberFormat(lang, { maximumFractionDigits, signDisplay: "exceptZero" }).format(value);
}

/**
 * Millions of US dollars the way each language writes them: "39,874 mdd" in Spanish,
 * "US$39.9 billion" in English (an English billion is a Spanish "mil millones", never "billón").
 */
export function formatMusd(value: number, lang: Lang, opts: { exact?: boolean } = {}): string {
  if (lang === "es") return `${formatNumber(value, "es", opts.exact ? 1 : 0)} mdd`;
  if (opts.exact || Math.abs(value) < 1000) return `US$${formatNumber(value, "en", 1)} million`;
  return `US$${formatNumber(value / 1000, "en", 1)} billion`;
}

/** "enero de 2024" / "January 2024". */
export function formatPeriod(period: string, lang: Lang, month: "long" | "short" = "long"): string {
  const [y, m] = period.split("-").map(Number) as [number, number];
  const key = `${lang}|${month}`;
  let f = periodFormats.get(key);
  if (!f)
    periodFormats.set(key, (f = new Intl.DateTimeFormat(LOCALE[lang], { month, year: "numeric", timeZone: "UTC" })));
  return f.format(new Date(Date.UTC(y, m - 1, 1)));
}
