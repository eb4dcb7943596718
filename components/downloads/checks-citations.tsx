import type { Lang } from "@/lib/i18n/format";
import type { ChecksReport } from "@/lib/checks/schema";
import { messages } from "@/lib/i18n/messages";
import { citationHref, citationLine } from "@/lib/export/citation";
import { html } from "@/lib/render/html";
import { citationHtml } from "@/lib/render/export-links";
import { ServerHtml } from "../ui/server-html";

/**
 * "Cite this" for each check of the table: one citation line per check (the figure, the release, the sources it was
 * compared with and their vintages, the date accessed left to fill in) ending in its permanent link (server
 * component).
 * Static markup, written as HTML and carried by the page once (components/ui/server-html.tsx).
 */
export function ChecksCitations({
  report,
  lang,
  permalinkOf,
  here,
}: {
  report: ChecksReport;
  lang: Lang;
  /** The permanent URL of a check's row, which its citation ends in. */
  permalinkOf: (checkId: string) => string;
  /** The path of the page the citations are printed on (citationHref). */
  here: string;
}) {
  const w = messages(lang).exportWords;
  const items = report.results.map((r) => {
    const url = permalinkOf(r.id);
    const title = w.checkTitle(r.label[lang]);
    const line = citationLine({ title, release: report.release, sources: r.sources, url, lang });
    return html`<li>${citationHtml(line, url, citationHref(url, here))}</li>`;
  });
  const markup = html`<details class="cite-this">
    <summary aria-label="${w.citeThis}: ${messages(lang).checks}">${w.citeThis}</summary>
    <ul class="citations">
      ${items}
    </ul>
  </details>`;
  return <ServerHtml html={markup.value} />;
}
