import type { CheckStatus } from "@/lib/checks/schema";
import type { Lang } from "@/lib/i18n/format";
import { statusText } from "@/lib/i18n/status";
import { html, type Html } from "@/lib/render/html";

/**
 * A check status as icon, word and colour (the colour is never the only signal; the icon is decorative, the word
 * is read). The one badge of every surface: the widget writes it as is, the dashboard's React badge inserts it.
 */
export function statusBadge(status: CheckStatus, lang: Lang): Html {
  const { icon, word } = statusText(status, lang);
  // Its own lang: a badge in the reader's language may sit inside a text in another (a Spanish release on the English
  // page), and a screen reader should read the word in the badge's language.
  return html`<span class="status st-${status}" data-status="${status}" lang="${lang}"
    ><span aria-hidden="true" class="status-icon">${icon}</span> ${word}</span
  >`;
}

/** The badge in its box, as HTML beside text (a table cell, a sentence): what the React StatusBadge renders too. */
export function statusBadgeBox(status: CheckStatus, lang: Lang): Html {
  return html`<span class="status-badge">${statusBadge(status, lang)}</span>`;
}
