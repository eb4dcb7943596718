import type { Lang } from "@/lib/i18n/format";
import type { EmbedTheme } from "@/lib/http/embed/options";
import { html, raw, type Html } from "@/lib/render/html";
import { WIDGET_CSS } from "./widget-css";

/** The script that adds tooltips, keyboard moves and height messages; served from public/, no framework. */
export const WIDGET_SCRIPT_PATH = "/embed-widget.js";

/**
 * The stylesheet element, built outside any formatted template: its text must be exactly WIDGET_CSS, whose hash is
 * the only inline style the widget's CSP allows (a newline or indent inside <style> would block the whole sheet).
 */
const WIDGET_STYLE = raw(`<style>${WIDGET_CSS}</style>`);

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
  const oembedLink = a.oembedHref
    ? html`<link rel="alternate" type="application/json+oembed" href="${a.oembedHref}" title="${a.title}" />`
    : "";
  // Prettier's HTML formatting would put ${oembedLink} and ${WIDGET_STYLE} on one line, changing the page's bytes.
  // prettier-ignore
  const page = html`<html lang="${a.lang}" class="${a.theme}">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width,initial-scale=1" />
      <meta name="robots" content="noindex" />
      <link rel="icon" href="data:," />
      <title>${a.title}</title>
      ${oembedLink}
      ${WIDGET_STYLE}
      <script src="${WIDGET_SCRIPT_PATH}" defer></script>
    </head>
    <body>
      <main>
        ${a.body}
        <div class="tip" aria-hidden="true" hidden></div>
      </main>
    </body>
  </html>`;
  return `<!doctype html>${page.value}`;
}
