import type { Lang } from "@/lib/i18n/format";
import type { Bilingual } from "@/lib/views";
import { WIDGET_TEXT } from "@/lib/i18n/embed-labels";
import { html, type Html, type HtmlValue } from "@/lib/render/html";

export interface FrameLinks {
  dashboard: string;
  csv: string;
  csvLabel: string;
}

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
  const newTab = l === "es" ? " (abre una pestaña nueva)" : " (opens a new tab)";
  // Each link's text follows its tag with no whitespace between (built apart, so the formatter keeps it so).
  const dashboardText = html`${WIDGET_TEXT.viewInBalanza[l]}<span class="vh">${newTab}</span>`;
  const dashboardLink = html`<a href="${a.links.dashboard}" target="_blank" rel="noopener">${dashboardText}</a>`;
  const csvText = WIDGET_TEXT.downloadCsv[l];
  const csvLink = html`<a href="${a.links.csv}" download aria-label="${a.links.csvLabel}">${csvText}</a>`;
  return html`<article aria-labelledby="${a.id}-title">
    <h1 id="${a.id}-title">${a.title}</h1>
    <p class="unit">${WIDGET_TEXT.unit[l]}: ${a.unit}</p>
    ${a.status ?? ""}${a.chart}${
      a.notes.length
        ? html`<details class="note">
            <summary>${l === "es" ? "Notas" : "Notes"} (${a.notes.length})</summary>
            ${a.notes.map((n) => html`<p>${n[l]}</p>`)}
          </details>`
        : ""
    }
    <p class="src">${a.sourceLine}</p>
    <p class="links">${dashboardLink}${csvLink}</p>
  </article>`;
}
