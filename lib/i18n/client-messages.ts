// The words the browser's scripts show, one catalogue per language (client-es.ts, client-en.ts): what client leaves
// and the lib modules they import read, instead of the whole catalogue (messages.ts), so that a page's scripts carry
// only these. The whole catalogue holds them too (es.ts spreads client-es.ts).
import { catalogue } from "./catalogue";
import { clientEs } from "./client-es";
import { clientEn } from "./client-en";

export type ClientMessages = typeof clientEs;

const client = catalogue<ClientMessages>(clientEs, clientEn);

/** The words of one language that the browser's scripts show. */
export const clientMessages = client.of;

/** One of these messages in both languages. */
export const clientBilingual = client.both;
