import type { Lang } from "../i18n/format";

/**
 * A page's language from its search params: `?lang=en` is English, anything else (absent, repeated, unknown) the
 * default Spanish. Pages never fail on `lang`; the API refuses a bad one with a 400 instead.
 */
export function readPageLang(searchParams: Record<string, string | string[] | undefined>): Lang {
  return searchParams.lang === "en" ? "en" : "es";
}
