import type { Lang } from "@/lib/i18n/format";
import type { CheckStatus } from "@/lib/checks/schema";
import type { EmbedTheme } from "@/lib/http/embed/options";
import { STATUS_WORD } from "@/lib/i18n/embed-labels";
import { html, raw, type Html } from "@/lib/render/html";
import { WIDGET_CSS } from "./widget-css";

/** The script that adds tooltips, keyboard moves and height messages; served from public/, no framework. */
export const WIDGET_SCRIPT_PATH = "/embed-widget.js";

/**
 * A whole widget page: no site chrome, the stylesheet inline, one deferred same-origin script.
 * `robots` noindex: the dashboard, not the frame, is the page to find.
 */
export function widgetDocument(a: {
  lang: Lang;
  theme: EmbedTheme;
  title: string;
  body: Html;
  oembedHref?: string;
}): string {
  return `<!doctype html>${html`<html lang="${a.lang}" class="${a.theme}">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width,initial-scale=1" />
      <meta name="robots" content="noindex" />
      <link rel="icon" href="data:," />
      <title>${a.title}</title>
      ${a.oembedHref ? html`<link rel="alternate" type="application/json+oembed" href="${a.oembedHref}" title="${a.title}" />` : ""}
      <style>
        ${raw(WIDGET_CSS)}
      </style>
      <script src="${WIDGET_SCRIPT_PATH}" defer></script>
    </head>
    <body>
      <main>
        ${a.body}
        <div class="tip" aria-hidden="true" hidden></div>
      </main>
    </body>
  </html>`}`;
}

const ICON_PATHS: Record<CheckStatus, string> = {
  exact: "M3 8.5l3.2 3L13 4.5",
  within_rounding: "M3 6c2-2 4 2 6 0s3-1 4-1M3 11c2-2 4 2 6 0s3-1 4-1",
  revised: "M12.5 5.5A5 5 0 1 0 13 9M13 2.5v3.2H9.8",
  mismatch: "M4 4l8 8M12 4l-8 8",
  unverified: "M6 6a2 2 0 1 1 3 1.7c-.8.5-1 1-1 1.8M8 12v.5",
};

/** A check status as an icon and a word (never colour alone); the icon is decorative, the word is read. */
export function statusBadge(status: CheckStatus, lang: Lang): Html {
  return html`<span class="status st-${status}"
    ><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="${ICON_PATHS[status]}"
        fill="none"
        stroke="currentColor"
        stroke-width="2"
        stroke-linecap="round"
        stroke-linejoin="round"
      /></svg
    >${STATUS_WORD[status][lang]}</span
  >`;
}
