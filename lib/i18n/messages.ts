// One catalogue of interface words per language (es.ts, en.ts): every surface reads its words here.
import type { Bilingual } from "../data/release-schema";
import type { Lang } from "./format";
import { es } from "./es";
import { en } from "./en";

export type Messages = typeof es;

const CATALOGUES: Record<Lang, Messages> = { es, en };

/** The catalogue of one language. */
export function messages(lang: Lang): Messages {
  return CATALOGUES[lang];
}

/** One message in both languages, for view models that carry their words to any renderer. */
export function bilingual(pick: (m: Messages, lang: Lang) => string): Bilingual {
  return { es: pick(es, "es"), en: pick(en, "en") };
}
