import type { Lang } from "@/lib/i18n/format";
import { messages } from "@/lib/i18n/messages";
import { html, type Html } from "@/lib/render/html";
import { downloadLinkHtml } from "./export-links";

/**
 * A long data table the dashboard leaves out of its HTML (it writes it from the data it fetches once the reader
 * reaches for the chart, components/charts/series-panel.tsx): a line saying it is on its way, with the CSV of the
 * same numbers; without JavaScript, the table itself, framed from GET /embed/{chart}/table.
 */
export function tableOnDemandHtml(a: {
  framePath: string;
  title: string;
  csv: { href: string; label: string };
  lang: Lang;
}): Html {
  const t = messages(a.lang);
  return html`<noscript
      ><iframe class="table-frame" src="${a.framePath}" title="${t.dataTable}: ${a.title}"></iframe
    ></noscript>
    <p class="table-pending" role="status">
      ${t.tableLoading} ${downloadLinkHtml(a.csv.href, a.csv.label, t.downloadCsv)}
    </p>`;
}
