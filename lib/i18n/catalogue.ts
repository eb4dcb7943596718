// One catalogue in its two languages: the lookup every catalogue module exports (messages.ts, client-messages.ts,
// check-page-messages.ts, engine-messages.ts).
import type { Bilingual } from "../data/release-schema";
import type { Lang } from "./format";

export function catalogue<T>(es: T, en: T) {
  const byLang: Record<Lang, T> = { es, en };
  return {
    /** The catalogue of one language. */
    of: (lang: Lang): T => byLang[lang],
    /** One message in both languages, for view models that carry their words to any renderer. */
    both: (pick: (m: T, lang: Lang) => string): Bilingual => ({ es: pick(es, "es"), en: pick(en, "en") }),
  };
}
