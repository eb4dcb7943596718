"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { rangeMissesData, resolveRange } from "@/lib/views/range";
import { rowVintageText, seriesFetchRange, seriesView } from "@/lib/views/series";
import type { Bilingual } from "@/lib/views/types";
import type { Basis } from "@/lib/data/schema";
import { formatDelta, formatNumber, formatPeriod, type Lang } from "@/lib/i18n/format";
import { messages } from "@/lib/i18n/messages";
import { seriesQuery } from "../query/queries";
import { useDashboardState } from "../dashboard/use-url-state";
import { ChartFrame, frameText } from "./chart-frame";
import { RangeControls } from "./range-controls";
import { SeriesDownloadLink } from "../downloads/series-download-link";
import { SeriesChart } from "./lazy-charts";
import { DeferredChart } from "./deferred-chart";
import { useChartsActive } from "./chart-activation";

export interface SeriesPanelProps {
  partner: string;
  partnerName: Bilingual;
  releasePeriod: string | null;
  periodNote?: Bilingual;
  bounds: Record<Basis, { first: string; last: string }>;
  actions?: ReactNode;
  /** The chart as the server drew it for the page's range and basis, shown until recharts loads. */
  drawn: ReactNode;
  /** Its data table as server HTML, shown until then too (the same markup, far less to hydrate). */
  drawnTable: ReactNode;
}

/** The monthly series: its range and basis come from the URL; data from GET /api/series (prefetched by the server). */
export function SeriesPanel(p: SeriesPanelProps) {
  const { state } = useDashboardState();
  const lang: Lang = state.lang;
  const t = messages(lang);
  const range = resolveRange(state.range, p.bounds[state.basis]);
  const query = useQuery({
    ...seriesQuery({ basis: state.basis, perspective: state.perspective, ...seriesFetchRange(range) }),
    placeholderData: keepPreviousData,
  });
  const view = seriesView({
    points: query.data?.points ?? [],
    partner: p.partner,
    partnerName: p.partnerName,
    basis: state.basis,
    perspective: state.perspective,
    ...range,
    releasePeriod: p.releasePeriod,
    sources: query.data?.sources ?? [],
    ...(p.periodNote ? { periodNote: p.periodNote } : {}),
  });
  const active = useChartsActive();
  const n = (v: number | null) => (v === null ? t.noValue : formatNumber(v, lang, 1));
  const y = (c: { change: number; percent: number | null } | null) =>
    c === null
      ? t.noValue
      : c.percent === null
        ? formatDelta(c.change, lang, 1)
        : `${formatDelta(c.percent, lang, 1)} %`;
  return (
    <ChartFrame
      id="chart-series"
      {...frameText(view, lang)}
      actions={
        <>
          <SeriesDownloadLink
            state={{
              partner: p.partner,
              basis: state.basis,
              perspective: state.perspective,
              from: view.from,
              to: view.to,
            }}
            partnerName={p.partnerName[lang]}
            lang={lang}
          />
          {p.actions}
        </>
      }
      tableLabel={`${t.dataTable} (${view.rows.length})`}
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
        !active ? (
          p.drawnTable
        ) : (
          <table aria-busy={query.isFetching}>
            <caption>
              {view.title[lang]}, {formatPeriod(view.from, lang, "short")}–{formatPeriod(view.to, lang, "short")}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t.month}</th>
                {view.flows.map((f) => (
                  <th scope="col" key={f.flow} colSpan={2}>
                    {f.label[lang]}
                  </th>
                ))}
                <th scope="col">{t.vintageColumn}</th>
              </tr>
            </thead>
            <tbody>
              {view.rows.map((r) => (
                <tr key={r.period} className={r.isReleaseMonth ? "release-row" : undefined}>
                  <th scope="row">
                    {r.period}
                    {r.isReleaseMonth ? ` (${t.releaseMonth})` : ""}
                  </th>
                  {view.flows.map((f) => [
                    <td key={f.flow} className="num">
                      {n(r[f.flow])}
                    </td>,
                    <td key={`${f.flow}-yoy`} className="num yoy">
                      {t.yoy} {y(r.yoy[f.flow])}
                    </td>,
                  ])}
                  <td className="vintage">{rowVintageText(view, r, lang, t.noValue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      }
    >
      {query.isError ? <p role="alert">{t.loadError}</p> : null}
      <DeferredChart drawn={p.drawn}>
        <SeriesChart view={view} lang={lang} label={view.title[lang]} />
      </DeferredChart>
    </ChartFrame>
  );
}
