import type { ReactNode } from "react";
import type { ChartMeta } from "@/lib/views/types";
import type { Lang } from "@/lib/i18n/format";
import { clientMessages } from "@/lib/i18n/client-messages";

export interface ChartFrameProps {
  id: string;
  title: string;
  unit: string;
  unitLabel: string;
  /** The caption's source line and notes, unless `caption` gives it already written. */
  sourceLine?: string;
  notes?: string[];
  notesLabel?: string;
  /** Buttons beside the title (Download CSV, Embed… added by later features). */
  actions?: ReactNode;
  /** Controls above the chart (range, basis). */
  controls?: ReactNode;
  /** The chart itself: a client leaf in a box of reserved height. */
  children: ReactNode;
  /** The data table: exactly the numbers the chart draws. */
  table?: ReactNode;
  /** Or its whole disclosure already written (the server's, sent once: lib/render/chart-table.ts). */
  tableDetails?: ReactNode;
  tableLabel: string;
  /** The caption's content already written (the server's, sent once); otherwise built from sourceLine and notes. */
  caption?: ReactNode;
}

/** A frame's words from the chart's view model, in `lang`: every chart is titled, unit-labelled and sourced alike. */
export function frameText(
  view: Pick<ChartMeta, "title" | "unit" | "sourceLine" | "notes">,
  lang: Lang,
): Required<Pick<ChartFrameProps, "title" | "unit" | "unitLabel" | "sourceLine" | "notes" | "notesLabel">> {
  const t = clientMessages(lang);
  return {
    title: view.title[lang],
    unit: view.unit[lang],
    unitLabel: t.unit,
    sourceLine: view.sourceLine[lang],
    notes: view.notes.map((n) => n[lang]),
    notesLabel: t.notes,
  };
}

/** A chart with its title, unit, source line, inference notes, an actions slot and its data table. */
export function ChartFrame(p: ChartFrameProps) {
  return (
    <figure className="chart-frame" id={p.id} aria-labelledby={`${p.id}-title`}>
      <div className="chart-head">
        <h3 id={`${p.id}-title`}>{p.title}</h3>
        {p.actions ? <div className="chart-actions">{p.actions}</div> : null}
      </div>
      {/* one string: React writes no comment between the parts of a single text */}
      <p className="chart-unit">{`${p.unitLabel}: ${p.unit}`}</p>
      {p.controls}
      {p.children}
      {p.tableDetails ?? (
        <details className="chart-table">
          <summary>{p.tableLabel}</summary>
          <div className="table-scroll" tabIndex={0} role="region" aria-label={`${p.tableLabel}: ${p.title}`}>
            {p.table}
          </div>
        </details>
      )}
      <figcaption>
        {p.caption ?? (
          <>
            <p className="chart-source">{p.sourceLine}</p>
            {p.notes && p.notes.length > 0 ? (
              <ul className="chart-notes" aria-label={p.notesLabel}>
                {p.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            ) : null}
          </>
        )}
      </figcaption>
    </figure>
  );
}
