// The claim engine's words, one catalogue per language (engine-es.ts, engine-en.ts), apart from the interface's
// (messages.ts): the engine runs on the server, and a page's scripts need none of them.
import type { Bilingual } from "../data/release-schema";
import type { Lang } from "./format";
import { esEngine } from "./engine-es";
import { enEngine } from "./engine-en";

export type EngineMessages = typeof esEngine;

const CATALOGUES: Record<Lang, EngineMessages> = { es: esEngine, en: enEngine };

/** The engine's words in one language. */
export function engineMessages(lang: Lang): EngineMessages {
  return CATALOGUES[lang];
}

/** One of the engine's messages in both languages (a reason, an explanation, a label). */
export function engineBilingual(pick: (e: EngineMessages, lang: Lang) => string): Bilingual {
  return { es: pick(esEngine, "es"), en: pick(enEngine, "en") };
}
