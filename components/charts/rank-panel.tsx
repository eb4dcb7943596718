"use client";
import type { ReactNode } from "react";
import { resolveRange } from "@/lib/views/range";
import type { RankView } from "@/lib/views/rank";
import { rankHistoryTable } from "@/lib/views/rank-history-table";
import { dataTableHtml } from "@/lib/render/data-table";
import { formatMusd, formatPeriod } from "@/lib/i18n/format";
import { clientMessages } from "@/lib/i18n/client-messages";
import { ranksQuery } from "../query/queries";
import { useDeferredQuery } from "../query/use-deferred-query";
import { useDashboardState } from "../dashboard/use-url-state";
import { ChartFrame } from "./chart-frame";
import { RankHistoryChart, RankMonthChart } from "./lazy-charts";
import { DeferredChart } from "./deferred-chart";
import { ClientDrawnTable } from "./drawn-table";
import { useChartsActive } from "./chart-activation";
import { StatusBadge } from "../ui/status-badge";
import { ChartDownloadLink } from "../downloads/chart-download-link";
import { ChartImageLinks, CiteThis, XlsxDownloadLink } from "../downloads/export-links";
import { chartCsvDownloadUrl, xlsxBesideCsv } from "@/lib/http/download-url";
import { chartDownloadLabel } from "@/lib/i18n/download-labels";
import { citationLine, permalink } from "@/lib/export/citation";
import { stateToSearch } from "@/lib/http/dashboard-state";
import type { ReleaseMeta } from "@/lib/data/release-schema";

export type RankPanelView = Omit<
  RankView,
  "history" | "historyTable" | "from" | "to" | "notes" | "sourceLine" | "table"
>;

/** Mexico's rank among US partners in the release month, with Canada and China, and over the URL's range. */
export function RankPanel({
  slug,
  view,
  bounds,
  actions,
  drawnMonth,
  drawnHistory,
  drawnHistoryTable,
  drawnMonthTable,
  caption,
  origin,
  release,
}: {
  slug: string;
  origin: string;
  release: Pick<ReleaseMeta, "issuerShort" | "number" | "date">;
  view: RankPanelView;
  bounds: { first: string; last: string };
  actions?: ReactNode;
  drawnMonth: ReactNode;
  drawnHistory: ReactNode;
  drawnHistoryTable: ReactNode;
  /** The release month's table and the frame's caption as the server wrote them: they do not change with the range. */
  drawnMonthTable: ReactNode;
  caption: ReactNode;
}) {
  const { state } = useDashboardState();
  const lang = state.lang;
  const t = clientMessages(lang);
  const range = resolveRange(state.range, bounds);
  const url = permalink(origin, slug, stateToSearch(state), "chart-rank");
  // The page holds no rank history: it is fetched once charts are activated; the server's drawing and table stand
  // for it until then (far less to hydrate); the browser writes any other range's table alike.
  const active = useChartsActive();
  const [query, runQuery] = useDeferredQuery(ranksQuery(slug, range), active);
  const rows = query.data ?? [];
  const month = formatPeriod(view.period, lang);
  return (
    <ChartFrame
      id="chart-rank"
      title={view.title[lang]}
      unit={view.unit[lang]}
      unitLabel={t.unit}
      actions={
        <>
          <ChartDownloadLink slug={slug} chart="ranks" state={range} lang={lang} />
          <XlsxDownloadLink
            href={xlsxBesideCsv(chartCsvDownloadUrl(slug, "ranks", range), lang)}
            what={chartDownloadLabel("ranks", range, lang).replace(/^[^:]*: /, "")}
            lang={lang}
          />
          <ChartImageLinks
            chart="rank"
            options={{ release: slug, from: range.from, to: range.to }}
            title={view.title[lang]}
            lang={lang}
          />
          <CiteThis
            citation={citationLine({ title: view.title[lang], release, sources: view.sources, url, lang })}
            url={url}
            lang={lang}
            label={view.title[lang]}
          />
          {actions}
        </>
      }
      caption={caption}
      tableLabel={t.dataTable}
      table={
        <>
          {drawnMonthTable}
          {query.isError && !query.data ? (
            <p className="table-pending">{t.loadError}</p>
          ) : !active || !query.data ? (
            drawnHistoryTable
          ) : (
            <ClientDrawnTable
              table={dataTableHtml(rankHistoryTable(rows, view.partners, range), lang, { busy: query.isFetching })}
            />
          )}
        </>
      }
    >
      <p className="rank-claim" data-claim={view.claimId ?? undefined}>
        {/* one string: React writes no comment between the parts of a single text */}
        {`${view.month[0]?.name[lang] ?? ""}: #${view.month[0]?.rank ?? t.noValue} ` +
          `${t.partnersRanked(view.partnersRanked)}, ${month}` +
          (view.month[0]?.total != null
            ? ` (${t.twoWayTrade.toLowerCase()} ${formatMusd(view.month[0].total, lang)})`
            : "") +
          " "}
        {view.status ? <StatusBadge status={view.status} lang={lang} /> : null}
      </p>
      <DeferredChart drawn={drawnMonth}>
        <RankMonthChart month={view.month} claimId={view.claimId} lang={lang} label={`${view.title[lang]}, ${month}`} />
      </DeferredChart>
      {runQuery}
      {query.isError ? <p role="alert">{t.loadError}</p> : null}
      <DeferredChart drawn={drawnHistory} ready={query.data !== undefined}>
        <RankHistoryChart
          rows={rows}
          partners={view.partners}
          releasePeriod={view.period}
          lang={lang}
          label={`${t.rankOverTime}: ${view.title[lang]}`}
        />
      </DeferredChart>
    </ChartFrame>
  );
}
