import type { CheckStatus } from "@/lib/checks/schema";
import type { Lang } from "@/lib/i18n/format";
import { statusText } from "@/lib/i18n/status";
import { html, type Html } from "@/lib/render/html";

/** Where a badge sits: in a text, which may be in another language, or in a table of the page's own language. */
export type BadgeContext = "in-text" | "in-page-table";

/**
 * A check status as icon, word and colour (the colour is never the only signal; the icon is decorative, the word
 * is read); its class names the status, for every surface's stylesheet to colour. The one badge of every surface:
 * the widget writes it as is, the dashboard's React badge inserts it.
 */
export function statusBadge(status: CheckStatus, lang: Lang, where: BadgeContext = "in-text"): Html {
  const { icon, word } = statusText(status, lang);
  // Its own lang in a text: a badge in the reader's language may sit inside a text in another (a Spanish release on
  // the English page), and a screen reader should read the word in the badge's language. A table of the page's is
  // in the page's language already.
  const own = where === "in-text" ? html`lang="${lang}"` : html``;
  return html`<span class="status st-${status}" ${own}
    ><span aria-hidden="true" class="status-icon">${icon}</span> ${word}</span
  >`;
}

/** The badge in its box, as HTML beside text (a table cell, a sentence): what the React StatusBadge renders too. */
export function statusBadgeBox(status: CheckStatus, lang: Lang, where: BadgeContext = "in-text"): Html {
  return html`<span class="status-badge">${statusBadge(status, lang, where)}</span>`;
}
