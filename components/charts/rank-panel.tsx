"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { resolveRange } from "@/lib/views/range";
import type { RankView } from "@/lib/views/rank";
import { formatMusd, formatNumber, formatPeriod } from "@/lib/i18n/format";
import { messages } from "@/lib/i18n/messages";
import { ranksQuery } from "../query/queries";
import { useDashboardState } from "../dashboard/use-url-state";
import { ChartFrame, frameText } from "./chart-frame";
import { RankHistoryChart, RankMonthChart } from "./lazy-charts";
import { DeferredChart } from "./deferred-chart";
import { useChartsActive } from "./chart-activation";
import { StatusBadge } from "../ui/status-badge";
import { ChartDownloadLink } from "../downloads/chart-download-link";

export type RankPanelView = Omit<RankView, "history" | "from" | "to">;

/** Mexico's rank among US partners in the release month, with Canada and China, and over the URL's range. */
export function RankPanel({
  slug,
  view,
  bounds,
  actions,
  drawnMonth,
  drawnHistory,
  drawnHistoryTable,
}: {
  slug: string;
  view: RankPanelView;
  bounds: { first: string; last: string };
  actions?: ReactNode;
  drawnMonth: ReactNode;
  drawnHistory: ReactNode;
  drawnHistoryTable: ReactNode;
}) {
  const { state } = useDashboardState();
  const lang = state.lang;
  const t = messages(lang);
  const range = resolveRange(state.range, bounds);
  const query = useQuery({ ...ranksQuery(slug, range), placeholderData: keepPreviousData });
  const rows = query.data ?? [];
  const month = formatPeriod(view.period, lang);
  // the server wrote the long table for the page's range (far less to hydrate); React writes any other
  const active = useChartsActive();
  return (
    <ChartFrame
      id="chart-rank"
      {...frameText(view, lang)}
      actions={
        <>
          <ChartDownloadLink slug={slug} chart="ranks" state={range} lang={lang} />
          {actions}
        </>
      }
      tableLabel={t.dataTable}
      table={
        <>
          <table>
            <caption>
              {t.rank}, {month} ({t.partnersRanked(view.partnersRanked)}, {view.basis} {view.vintage})
            </caption>
            <thead>
              <tr>
                <th scope="col">{t.partner}</th>
                <th scope="col">{t.rank}</th>
                <th scope="col">{t.twoWayTrade}</th>
                <th scope="col">{t.usExports}</th>
                <th scope="col">{t.usImports}</th>
              </tr>
            </thead>
            <tbody>
              {view.month.map((m, i) => (
                <tr
                  key={m.partner}
                  data-claim={i === 0 ? (view.claimId ?? undefined) : undefined}
                  tabIndex={i === 0 && view.claimId ? 0 : undefined}
                >
                  <th scope="row">{m.name[lang]}</th>
                  <td className="num">{m.rank ?? t.noValue}</td>
                  <td className="num">{m.total === null ? t.noValue : formatNumber(m.total, lang, 1)}</td>
                  <td className="num">{m.exports === null ? t.noValue : formatNumber(m.exports, lang, 1)}</td>
                  <td className="num">{m.imports === null ? t.noValue : formatNumber(m.imports, lang, 1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {!active ? (
            drawnHistoryTable
          ) : (
            <table aria-busy={query.isFetching}>
              <caption>
                {t.rankOverTime}, {range.from}–{range.to}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t.month}</th>
                  {view.partners.map((p) => (
                    <th scope="col" key={p.partner}>
                      {p.name[lang]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.period} className={r.isReleaseMonth ? "release-row" : undefined}>
                    <th scope="row">
                      {r.period}
                      {r.isReleaseMonth ? ` (${t.releaseMonth})` : ""}
                    </th>
                    {view.partners.map((p) => (
                      <td className="num" key={p.partner}>
                        {r.ranks[p.partner] ?? t.noValue}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      }
    >
      <p className="rank-claim" data-claim={view.claimId ?? undefined}>
        {view.month[0]?.name[lang]}: #{view.month[0]?.rank ?? t.noValue} {t.partnersRanked(view.partnersRanked)},{" "}
        {month}
        {view.month[0]?.total != null
          ? ` (${t.twoWayTrade.toLowerCase()} ${formatMusd(view.month[0].total, lang)})`
          : ""}{" "}
        {view.status ? <StatusBadge status={view.status} lang={lang} /> : null}
      </p>
      <DeferredChart drawn={drawnMonth}>
        <RankMonthChart month={view.month} claimId={view.claimId} lang={lang} label={`${view.title[lang]}, ${month}`} />
      </DeferredChart>
      {query.isError ? <p role="alert">{t.loadError}</p> : null}
      <DeferredChart drawn={drawnHistory}>
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
