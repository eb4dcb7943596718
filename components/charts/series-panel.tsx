"use client";
import type { ReactNode } from "react";
import { rangeMissesData, resolveRange } from "@/lib/views/range";
import { seriesFetchRange, seriesView, type SeriesView } from "@/lib/views/series";
import type { Bilingual } from "@/lib/views/types";
import type { Basis } from "@/lib/data/schema";
import type { Lang } from "@/lib/i18n/format";
import { dataTableHtml } from "@/lib/render/data-table";
import { clientMessages } from "@/lib/i18n/client-messages";
import { seriesQuery } from "../query/queries";
import { useDeferredQuery } from "../query/use-deferred-query";
import { useDashboardState } from "../dashboard/use-url-state";
import { ChartFrame, frameText } from "./chart-frame";
import { RangeControls } from "./range-controls";
import { SeriesDownloadLink } from "../downloads/series-download-link";
import { ChartImageLinks, CiteThis, XlsxDownloadLink } from "../downloads/export-links";
import { seriesCsvDownloadUrl, xlsxBesideCsv } from "@/lib/http/download-url";
import { seriesDownloadLabel } from "@/lib/i18n/download-labels";
import { citationLine, permalink } from "@/lib/export/citation";
import { stateToSearch } from "@/lib/http/dashboard-state";
import type { ReleaseMeta } from "@/lib/data/release-schema";
import { SeriesChart } from "./lazy-charts";
import { DeferredChart } from "./deferred-chart";
import { ClientDrawnTable } from "./drawn-table";
import { useChartsActive } from "./chart-activation";

export interface SeriesPanelProps {
  slug: string;
  /** Balanza's public origin, for the permanent link. */
  origin: string;
  release: Pick<ReleaseMeta, "issuerShort" | "number" | "date">;
  partner: string;
  partnerName: Bilingual;
  releasePeriod: string | null;
  /** The spans of months the release's figures sum, marked on the chart. */
  claimedSpans?: ReadonlyArray<{ first: string; last: string }>;
  periodNote?: Bilingual;
  bounds: Record<Basis, { first: string; last: string }>;
  actions?: ReactNode;
  /**
   * What the frame says of the server's drawing (its sources, notes and number of months): the page holds no series
   * data, so until the client has fetched it (once charts are activated) the frame describes the drawing.
   */
  drawnMeta: Pick<SeriesView, "sources" | "sourceLine" | "notes"> & { rowCount: number };
  /** The chart as the server drew it for the page's range and basis, shown until recharts and its data load. */
  drawn: ReactNode;
  /** Its data table as the server wrote it, shown until then too (the same markup, far less to hydrate). */
  drawnTable: ReactNode;
}

/**
 * The monthly series: its range and basis come from the URL; data from GET /api/series, fetched once charts are
 * activated (a range change activates them); until then the server's drawing and table stand for it.
 */
export function SeriesPanel(p: SeriesPanelProps) {
  const { state } = useDashboardState();
  const lang: Lang = state.lang;
  const t = clientMessages(lang);
  const range = resolveRange(state.range, p.bounds[state.basis]);
  const active = useChartsActive();
  const [query, runQuery] = useDeferredQuery(
    seriesQuery({ basis: state.basis, perspective: state.perspective, ...seriesFetchRange(range) }),
    active,
  );
  const computed = seriesView({
    points: query.data?.points ?? [],
    partner: p.partner,
    partnerName: p.partnerName,
    basis: state.basis,
    perspective: state.perspective,
    ...range,
    releasePeriod: p.releasePeriod,
    ...(p.claimedSpans ? { claimedSpans: p.claimedSpans } : {}),
    sources: query.data?.sources ?? [],
    ...(p.periodNote ? { periodNote: p.periodNote } : {}),
  });
  // No data yet (before activation, or its first request in flight): the frame tells what the drawing shows.
  const view = query.data ? computed : { ...computed, ...p.drawnMeta };
  const rowCount = query.data ? computed.rows.length : p.drawnMeta.rowCount;
  const download = {
    partner: p.partner,
    basis: state.basis,
    perspective: state.perspective,
    from: view.from,
    to: view.to,
  };
  const url = permalink(p.origin, p.slug, stateToSearch(state), "chart-series");
  return (
    <ChartFrame
      id="chart-series"
      {...frameText(view, lang)}
      actions={
        <>
          <SeriesDownloadLink state={download} partnerName={p.partnerName[lang]} lang={lang} />
          <XlsxDownloadLink
            href={xlsxBesideCsv(seriesCsvDownloadUrl(download), lang)}
            what={seriesDownloadLabel(download, p.partnerName[lang], lang).replace(/^[^:]*: /, "")}
            lang={lang}
          />
          <ChartImageLinks
            chart="series"
            options={{
              release: p.slug,
              perspective: state.perspective,
              basis: state.basis,
              from: view.from,
              to: view.to,
            }}
            title={view.title[lang]}
            lang={lang}
          />
          <CiteThis
            citation={citationLine({ title: view.title[lang], release: p.release, sources: view.sources, url, lang })}
            url={url}
            lang={lang}
            label={view.title[lang]}
          />
          {p.actions}
        </>
      }
      tableLabel={`${t.dataTable} (${rowCount})`}
      controls={
        <RangeControls
          lang={lang}
          resolved={range}
          {...(state.range.preset === "custom" && rangeMissesData(state.range, p.bounds[state.basis])
            ? { missed: { asked: state.range, bounds: p.bounds[state.basis] } }
            : {})}
        />
      }
      table={
        // A failed fetch leaves no table on its way: say so where it would be (the CSV links above still work).
        query.isError && !query.data ? (
          <p className="table-pending">{t.loadError}</p>
        ) : !active || !query.data ? (
          p.drawnTable
        ) : (
          <ClientDrawnTable table={dataTableHtml(view.table, lang, { busy: query.isFetching })} />
        )
      }
    >
      {runQuery}
      {query.isError ? <p role="alert">{t.loadError}</p> : null}
      <DeferredChart drawn={p.drawn} ready={query.data !== undefined}>
        <SeriesChart view={view} lang={lang} label={view.title[lang]} />
      </DeferredChart>
    </ChartFrame>
  );
}
