// One catalogue of interface words per language (es.ts, en.ts), whole: server code reads its words here. Client
// leaves read client-messages.ts and check-page-messages.ts, parts of it, so that their scripts carry no more.
import { catalogue } from "./catalogue";
import { es } from "./es";
import { en } from "./en";

export type Messages = typeof es;

const whole = catalogue<Messages>(es, en);

/** The catalogue of one language. */
export const messages = whole.of;

/** One message in both languages, for view models that carry their words to any renderer. */
export const bilingual = whole.both;
