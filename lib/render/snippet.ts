import { escapeHtml } from "./html";
import { clientMessages } from "../i18n/client-messages";
import type { AnyEmbedOptions } from "../http/embed/options";
import { defaultHeight, embedPath } from "../http/embed/urls";

/** The loader every snippet includes (public/embed.js): it sizes the iframes to the height their widgets post. */
export const LOADER_PATH = "/embed.js";

export function snippetTitle(w: AnyEmbedOptions): string {
  return `Balanza — ${clientMessages(w.options.lang).chartName[w.chart]}`;
}

/**
 * The HTML a site pastes: an iframe (titled, lazy, as tall as the whole widget by default so it reads right
 * without the script) and the loader script. `width` is CSS px, or the frame fills its column when omitted; `drawnHeight`,
 * the height of a chart of a release's other figures (claimedBarsHeight): the snippet grows with it.
 */
export function embedSnippet(
  origin: string,
  w: AnyEmbedOptions,
  opts: { width?: number; height?: number; drawnHeight?: number | null } = {},
): string {
  const src = `${origin}${embedPath(w)}`;
  const height = opts.height ?? defaultHeight(w.chart, w.options.size, opts.drawnHeight);
  const width = opts.width ? `${opts.width}` : "100%";
  const style = opts.width ? "border:0;max-width:100%" : "border:0;width:100%";
  return (
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(snippetTitle(w))}" loading="lazy" ` +
    `width="${width}" height="${height}" style="${style}"></iframe>\n` +
    `<script src="${escapeHtml(origin + LOADER_PATH)}" async></script>`
  );
}
