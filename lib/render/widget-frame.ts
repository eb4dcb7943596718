import type { Lang } from "@/lib/i18n/format";
import type { Bilingual } from "@/lib/views";
import { messages, type Messages } from "@/lib/i18n/messages";
import { html, type Html, type HtmlValue } from "@/lib/render/html";

export interface FrameLinks {
  dashboard: string;
  csv: string;
  csvLabel: string;
}

const newTabNote = (m: Messages) => html`<span class="vh">${m.opensNewTab}</span>`;

/**
 * What every widget shows around its chart: title, unit, the check status where it applies, the chart, notes,
 * the source line (with vintage and basis), "View in Balanza" (same state) and "Download CSV".
 */
export function widgetFrame(a: {
  lang: Lang;
  id: string;
  title: string;
  unit: string;
  status?: HtmlValue;
  chart: HtmlValue;
  notes: readonly Bilingual[];
  sourceLine: string;
  links: FrameLinks;
}): Html {
  const l = a.lang;
  const m = messages(l);
  // Each link one template, its words right after its start tag (as the markup reads, and as tests match it).
  const [view, viewWords] = [a.links.dashboard, html`${m.viewInBalanza}${newTabNote(m)}`];
  const viewLink = html`<a href="${view}" target="_blank" rel="noopener">${viewWords}</a>`;
  const csvLink = html`<a href="${a.links.csv}" download aria-label="${a.links.csvLabel}">${m.downloadCsv}</a>`;
  return html`<article aria-labelledby="${a.id}-title">
    <h1 id="${a.id}-title">${a.title}</h1>
    <p class="unit">${m.unit}: ${a.unit}</p>
    ${a.status ?? ""}${a.chart}${
      a.notes.length
        ? html`<details class="note">
            <summary>${m.notes} (${a.notes.length})</summary>
            ${a.notes.map((n) => html`<p>${n[l]}</p>`)}
          </details>`
        : ""
    }
    <p class="src">${a.sourceLine}</p>
    <p class="links">${viewLink}${csvLink}</p>
  </article>`;
}
