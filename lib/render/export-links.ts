import type { Lang } from "@/lib/i18n/format";
import { clientMessages } from "@/lib/i18n/client-messages";
import { chartImageUrl } from "@/lib/http/download-url";
import { html, type Html } from "./html";
import { citationBeforeUrl } from "@/lib/export/citation";

/**
 * The dashboard's download and citation links as HTML, for the parts of the page no script changes (sent once, not
 * repeated in the RSC payload: components/ui/server-html.tsx). The same markup as the React links in
 * components/downloads/, which the client panels use.
 */

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A plain link with `download` (components/downloads/download-link.tsx). */
export function downloadLinkHtml(
  href: string,
  accessibleName: string,
  text: string,
  opts: { fileName?: string; mimeType?: string } = {},
): Html {
  return html`<a
    class="download-link"
    href="${href}"
    download="${opts.fileName ?? ""}"
    aria-label="${accessibleName}"
    type="${opts.mimeType ?? "text/csv"}"
    >${text}</a
  >`;
}

/** "Download XLSX" beside a "Download CSV"; `what` says what it holds, for screen readers. */
export function xlsxLinkHtml(href: string, what: string, lang: Lang): Html {
  const w = clientMessages(lang).exportWords;
  return downloadLinkHtml(href, w.xlsxOf(what), w.downloadXlsx, { mimeType: XLSX_TYPE });
}

/** The chart as an image, SVG and PNG, drawn on the server with the options of its widget. */
export function imageLinksHtml(
  chart: "release-month" | "bridge" | "series" | "rank" | "figure",
  options: Record<string, string | undefined>,
  title: string,
  lang: Lang,
): Html {
  const w = clientMessages(lang).exportWords;
  const links = (["svg", "png"] as const).map((format) =>
    downloadLinkHtml(
      chartImageUrl(chart, format, { lang, ...options }),
      `${w[format]}: ${w.imageOf(w[format], title)}`,
      w[format],
      { mimeType: format === "svg" ? "image/svg+xml" : "image/png" },
    ),
  );
  return html`<span class="image-links">${links}</span>`;
}

/**
 * A citation line whose URL, at its end, is the permanent link itself; `href` is how the link is written
 * (citationHref: a fragment of this page, or a path).
 */
export function citationHtml(citation: string, url: string, href: string = url): Html {
  const link = html`<a class="permalink" href="${href}">${url}</a>`;
  return html`<p class="citation">${citationBeforeUrl(citation, url)}${link}</p>`;
}

/**
 * "Cite this": the citation line ending in its permanent URL, linked as `href` (citationHref), in a disclosure (no
 * script: a <details>).
 */
export function citeThisHtml(citation: string, url: string, href: string, lang: Lang, label: string): Html {
  const w = clientMessages(lang).exportWords;
  return html`<details class="cite-this">
    <summary aria-label="${w.citeThis}: ${label}">${w.citeThis}</summary>
    ${citationHtml(citation, url, href)}
  </details>`;
}

/** A chart's source line and inference notes, the content of its <figcaption>. */
export function chartCaptionHtml(sourceLine: string, notes: readonly string[], notesLabel: string): Html {
  const list =
    notes.length > 0
      ? html`<ul class="chart-notes" aria-label="${notesLabel}">
          ${notes.map((n) => html`<li>${n}</li>`)}
        </ul>`
      : "";
  return html`<p class="chart-source">${sourceLine}</p>
    ${list}`;
}
