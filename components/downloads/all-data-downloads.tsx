import type { Lang } from "@/lib/i18n/format";
import { allDataDownloads, commonDownloadUrl } from "@/lib/export/all-data-server";
import { BUNDLE_FILE_NAME } from "@/lib/export/all-data";
import { xlsxBesideCsv, seriesCsvDownloadUrl } from "@/lib/http/download-url";
import { XLSX_TYPE } from "@/lib/render/export-links";
import { messages } from "@/lib/i18n/messages";
import { html } from "@/lib/render/html";
import { ServerHtml } from "../ui/server-html";

/**
 * "Download all data": the prebuilt full series on each basis, each with its metadata (server component). Static
 * markup, written as HTML and carried by the page once (components/ui/server-html.tsx).
 */
export function AllDataDownloads({ lang }: { lang: Lang }) {
  const w = messages(lang).allData;
  const x = messages(lang).exportWords;
  const link = (href: string, fileName: string, accessibleName: string, type: string, text: string) =>
    html`<a class="download-link" href="${href}" download="${fileName}" aria-label="${accessibleName}" type="${type}"
      >${text}</a
    >`;
  const links = html`<ul>
    ${allDataDownloads().map((d) => {
      const xlsx = xlsxBesideCsv(seriesCsvDownloadUrl({ partner: "MX", basis: d.basis, perspective: "us" }), lang);
      const what = `${w.lead.split(" (")[0]}, ${w.basis[d.basis]}, ${d.first} – ${d.last}`;
      return html`<li>
        ${link(
          d.csv.href,
          d.csv.fileName,
          `${w.title}: ${w.basis[d.basis]}, ${d.first} – ${d.last} (${w.csv})`,
          "text/csv",
          `${w.title} (${w.basis[d.basis]}, ${d.first} – ${d.last}, ${w.csv})`,
        )}
        · <a href="${d.metadata.href}" download="${d.metadata.fileName}">${w.meta}</a> ·
        ${link(xlsx, "", x.xlsxOf(what), XLSX_TYPE, x.downloadXlsx)}
      </li>`;
    })}
    <li>
      ${link(
        commonDownloadUrl(BUNDLE_FILE_NAME),
        BUNDLE_FILE_NAME,
        `${w.title}: ${x.zipLabel}`,
        "application/zip",
        `${w.title} (${x.zip})`,
      )}
    </li>
  </ul>`;
  return (
    <ServerHtml
      as="section"
      className="all-data-downloads"
      aria-labelledby="all-data-title"
      html={
        html`<h2 id="all-data-title">${w.title}</h2>
          <p>${w.lead}</p>
          ${links}`.value
      }
    />
  );
}
