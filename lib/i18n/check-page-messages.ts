// The words of the page that checks any text, one catalogue per language (check-page-es.ts, check-page-en.ts), read
// by its client leaves without the rest of the catalogue; the whole catalogue holds them as `checkPage`.
import { catalogue } from "./catalogue";
import { esCheckPage } from "./check-page-es";
import { enCheckPage } from "./check-page-en";

export type CheckPageMessages = typeof esCheckPage;

/** The check page's words in one language. */
export const checkPageMessages = catalogue<CheckPageMessages>(esCheckPage, enCheckPage).of;
