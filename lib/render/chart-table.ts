import { html, type Html } from "./html";

/**
 * A chart frame's data table behind its disclosure, as HTML: the markup components/charts/chart-frame.tsx writes
 * around a table, for the frames whose table no script changes (sent once, not repeated in the RSC payload).
 */
export function chartTableHtml(tableLabel: string, title: string, table: Html): Html {
  return html`<details class="chart-table">
    <summary>${tableLabel}</summary>
    <div class="table-scroll" tabindex="0" role="region" aria-label="${tableLabel}: ${title}">
      <div class="drawn-table">${table}</div>
    </div>
  </details>`;
}
