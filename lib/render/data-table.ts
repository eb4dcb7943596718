import type { DataTable, TableCell, TextPiece } from "@/lib/views/table";
import { formatDelta, formatNumber, formatPeriod, type Lang } from "@/lib/i18n/format";
import { clientMessages, type ClientMessages } from "@/lib/i18n/client-messages";
import { html, type Html } from "@/lib/render/html";
import { statusBadge } from "./status-badge";

function piece(p: TextPiece, lang: Lang, t: ClientMessages): string {
  if (typeof p === "string") return p;
  switch (p.kind) {
    case "text":
      return p.text[lang];
    case "word":
      return t[p.word];
    case "partnersRanked":
      return t.partnersRanked(p.count);
    case "number":
      return formatNumber(p.value, lang, 1);
    case "delta":
      return formatDelta(p.value, lang, 1);
    case "month":
      return formatPeriod(p.period, lang, p.style);
  }
}

/** A caption or header in the reader's language and number format. */
export function tableText(pieces: readonly TextPiece[], lang: Lang): string {
  const t = clientMessages(lang);
  return pieces.map((p) => piece(p, lang, t)).join("");
}

function cellHtml(c: TableCell, lang: Lang, t: ClientMessages): Html {
  switch (c.kind) {
    case "number":
      return html`<td class="num">${c.value === null ? t.noValue : formatNumber(c.value, lang, 1)}</td>`;
    case "rank":
      return html`<td class="num">${c.value === null ? t.noValue : String(c.value)}</td>`;
    case "yoy": {
      const y = c.value;
      const shown =
        y === null
          ? t.noValue
          : y.percent === null
            ? formatDelta(y.change, lang, 1)
            : `${formatDelta(y.percent, lang, 1)} %`;
      return html`<td class="num yoy">${t.yoy} ${shown}</td>`;
    }
    case "status":
      return html`<td>${c.value ? statusBadge(c.value, lang, "in-page-table") : t.noValue}</td>`;
    case "percent":
      return html`<td class="num">${c.value === null ? t.noValue : `${formatNumber(c.value, lang, 2)} %`}</td>`;
    case "change": {
      const v = c.value;
      if (v === null) return html`<td class="num">${t.noValue}</td>`;
      const pct = v.percent === null ? "" : ` (${formatDelta(v.percent, lang, 2)} %)`;
      return html`<td class="num">${formatDelta(v.change, lang, 1)}${pct}</td>`;
    }
    case "text":
      return html`<td${c.vintage ? html` class="vintage"` : ""}>${c.value[lang]}</td>`;
  }
}

/**
 * A chart's data table as HTML, for the dashboard (server and browser) and the widget alike: a caption, column and
 * row headers with their scope, and numbers in the reader's locale. `linked` (the dashboard): each row that states a
 * release figure is a Tab stop carrying its claim (data-claim), so the figure linker highlights it in the text and
 * the checks. `busy`: the rows are being replaced.
 */
export function dataTableHtml(table: DataTable, lang: Lang, opts: { busy?: boolean; linked?: boolean } = {}): Html {
  const t = clientMessages(lang);
  return html`<table${opts.busy ? html` aria-busy="true"` : ""}>
    <caption>
      ${tableText(table.caption, lang)}
    </caption>
    <thead>
      <tr>
        ${table.head.map(
          (h) => html`<th${h.span ? html` colspan="${h.span}"` : ""} scope="col">${tableText(h.text, lang)}</th>`,
        )}
      </tr>
    </thead>
    <tbody>
      ${table.rows.map((r) => {
        const rowClass = r.releaseMonth ? html` class="release-row"` : "";
        const claim = opts.linked && r.claimId ? html` data-claim="${r.claimId}" tabindex="0"` : "";
        const month = r.releaseMonth ? ` (${t.releaseMonth})` : "";
        const cells = r.cells.map((c) => cellHtml(c, lang, t));
        return html`<tr${rowClass}${claim}><th scope="row">${tableText(r.head, lang)}${month}</th>${cells}</tr>`;
      })}
    </tbody>
  </table>`;
}
