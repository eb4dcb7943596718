// The claim engine's words, one catalogue per language (engine-es.ts, engine-en.ts), apart from the interface's
// (messages.ts): the engine runs on the server, and a page's scripts need none of them.
import { catalogue } from "./catalogue";
import { esEngine } from "./engine-es";
import { enEngine } from "./engine-en";

export type EngineMessages = typeof esEngine;

const engine = catalogue<EngineMessages>(esEngine, enEngine);

/** The engine's words in one language. */
export const engineMessages = engine.of;

/** One of the engine's messages in both languages (a reason, an explanation, a label). */
export const engineBilingual = engine.both;
