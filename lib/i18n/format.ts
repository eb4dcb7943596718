/** Locale-aware formatting of figures and months. Pure: Intl for numbers, written-out month names. */
import type { Lang } from "../data/release-schema";

export type { Lang };

export const LOCALE: Record<Lang, string> = { es: "es-MX", en: "en-US" };

// An Intl formatter is slow to make (a long table or chart makes thousands of calls): one per locale and options.
const numberFormats = new Map<string, Intl.NumberFormat>();
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

// Month names as Intl writes them for es-MX and en-US (tests/unit/format-period.test.ts holds them to Node's Intl):
// written out, because a page's first Intl.DateTimeFormat loads the locale's calendar data, about 100 ms of a
// phone's main thread while the dashboard hydrates, and browsers' ICU versions differ ("sep" or "sept").
const MONTHS: Record<Lang, Record<"long" | "short", readonly string[]>> = {
  es: {
    long: "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(" "),
    short: "ene feb mar abr may jun jul ago sep oct nov dic".split(" "),
  },
  en: {
    long: "January February March April May June July August September October November December".split(" "),
    short: "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" "),
  },
};

/** "enero de 2024" / "January 2024"; short, "ene 2024" / "Jan 2024". */
export function formatPeriod(period: string, lang: Lang, month: "long" | "short" = "long"): string {
  const [y, m] = period.split("-").map(Number) as [number, number];
  const name = MONTHS[lang][month][m - 1];
  return lang === "es" && month === "long" ? `${name} de ${y}` : `${name} ${y}`;
}
