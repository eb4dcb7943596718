import { claimedSpansOf } from "@/lib/views/series-data";
import { shownDate } from "@/lib/data/release-schema";
import { getDataset } from "@/lib/data/get-dataset";
import { getChecksReport, getRelease } from "@/lib/checks/release-checks";
import {
  bridgeView,
  rankView,
  releaseMonthView,
  resolveRange,
  rankBounds,
  seriesBounds,
  seriesViewFromDataset,
  partnerName,
} from "@/lib/views";
import type { DashboardState } from "@/lib/http/dashboard-state";
import { formatDelta, formatNumber, formatPeriod } from "@/lib/i18n/format";
import { messages } from "@/lib/i18n/messages";
import { ReleaseText } from "../release/release-text";
import { claimedFiguresView } from "@/lib/views/claimed-figures";
import { claimedBarsHeight, claimedBarsSvg } from "@/lib/render/claimed-svg";
import { ServerHtml } from "../ui/server-html";
import { ChecksTable } from "../checks/checks-table";
import { ChartFrame, frameText } from "../charts/chart-frame";
import { BridgeChart, ReleaseMonthChart } from "../charts/lazy-charts";
import { DeferredChart } from "../charts/deferred-chart";
import { DrawnChart, DrawnTable } from "../charts/drawn-chart";
import { dataTableHtml } from "@/lib/render/data-table";
import { releaseMonthChartSvg } from "../../lib/render/release-month-svg";
import { shortHead } from "@/lib/views/release-month-labels";
import { html, type Html } from "@/lib/render/html";
import { chartTableHtml } from "@/lib/render/chart-table";
import {
  chartCaptionHtml,
  citeThisHtml,
  downloadLinkHtml,
  imageLinksHtml,
  xlsxLinkHtml,
} from "@/lib/render/export-links";
import { bridgeChartSvg } from "../../lib/render/bridge-svg";
import { seriesChartSvg } from "../../lib/render/series-svg";
import { rankHistorySvg, rankMonthSvg, RANK_FILL } from "../../lib/render/rank-svg";
import { legend } from "../../lib/render/svg-parts";
import { SeriesPanel } from "../charts/series-panel";
import { RankPanel } from "../charts/rank-panel";
import { statusBadgeBox } from "@/lib/render/status-badge";
import { FigureLinker } from "./figure-linker";
import { EmbedDialog } from "../embed/embed-dialog";
import { ViewToggles } from "./view-toggles";
import { PageViewProvider } from "./use-url-state";
import { checksDownload } from "@/lib/export/all-data-server";
import { AllDataDownloads } from "../downloads/all-data-downloads";
import { ChecksCitations } from "../downloads/checks-citations";
import {
  chartCsvDownloadUrl,
  checksCsvDownloadUrl,
  seriesCsvDownloadUrl,
  xlsxBesideCsv,
} from "@/lib/http/download-url";
import { embedTablePath } from "@/lib/http/embed/urls";
import { tableOnDemandHtml } from "@/lib/render/table-on-demand";
import type { ChartSource } from "@/lib/views/types";
import { citationHref, citationLine, permalink } from "@/lib/export/citation";
import { stateToSearch } from "@/lib/http/dashboard-state";
import { chartDownloadLabel, checksDownloadLabel, seriesDownloadLabel } from "@/lib/i18n/download-labels";

const NO_BOUNDS = { first: "1985-01", last: "1985-01" };
/** A framed table's widget options besides the view's own: it follows the reader's colour scheme. */
const EMBED_FRAME = { theme: "auto", size: "m" } as const;

/**
 * The analyst page of one release, rendered on the server in full (text, checks, every chart's numbers); the charts
 * and controls hydrate as client leaves. The series and ranks the interactive charts draw are not in the page: the
 * server's drawings and tables show them, and the client fetches them once charts are activated.
 */
export function Dashboard({
  slug,
  state,
  origin,
  basePath,
}: {
  slug: string;
  state: DashboardState;
  origin: string;
  /** The path the reader asked for ("/" or "/releases/{slug}"), which the view's links keep. */
  basePath: string;
}) {
  const release = getRelease(slug);
  const report = getChecksReport(slug);
  if (!release || !report) return null;
  const ds = getDataset();
  const { lang, perspective } = state;
  const t = messages(lang);

  const month = releaseMonthView(ds, release, report, perspective);
  const claimed = claimedFiguresView(ds, release, report, perspective);
  const bridge = bridgeView(ds, release, report, perspective);
  const partner = month.partner;
  const bounds = {
    SA: seriesBounds(ds, partner, "SA") ?? NO_BOUNDS,
    NSA: seriesBounds(ds, partner, "NSA") ?? NO_BOUNDS,
  };
  const ranked = rankBounds(ds, partner) ?? NO_BOUNDS;
  const rankRange = resolveRange(state.range, ranked);
  const { history, historyTable: _historyTable, ...rank } = rankView(ds, release, report, rankRange);

  // The server draws each chart (plain SVG, no JavaScript); recharts replaces it when the reader reaches for it.
  const seriesDrawn = seriesViewFromDataset(ds, {
    partner,
    basis: state.basis,
    perspective,
    range: state.range,
    release,
  });
  // The series' CSV beside its table's place: the months, basis and side the server drew.
  const seriesDownload = {
    partner,
    basis: state.basis,
    perspective,
    from: seriesDrawn.from,
    to: seriesDrawn.to,
  };
  const rankLabel = `${rank.title[lang]}, ${formatPeriod(rank.period, lang)}`;
  // the rank frame's caption and month table are written here (they do not change with the range): not in its props
  const { notes: _notes, sourceLine: _sourceLine, table: _table, ...rankPanelView } = rank;

  const rankClaim = release.claims.find((c) => c.measure === "rank");
  // The side the release tells its figures from; seen from the other, the checks (and their CSV) are restated.
  const releaseSide = release.claims.find((c) => c.measure !== "rank")?.perspective ?? perspective;
  const periodNote = release.claims.find((c) => c.partner === partner)?.periodAttribution;
  const search = stateToSearch(state);
  // "Cite this" of a chart: its title, the release, its sources with vintages, and the URL of this very view.
  const cite = (anchor: string, view: { title: { es: string; en: string }; sources: ChartSource[] }) => {
    const url = permalink(origin, slug, search, anchor);
    const citation = citationLine({ title: view.title[lang], release: release.meta, sources: view.sources, url, lang });
    return citeThisHtml(citation, url, citationHref(url, basePath), lang, view.title[lang]);
  };
  // A frame's static links (CSV, XLSX, image, Cite this) and its caption, written as HTML and sent once.
  const staticActions = (...parts: Html[]) => (
    <ServerHtml className="contents" html={parts.map((x) => x.value).join("")} />
  );
  const staticTable = (title: string, table: Html) => (
    <ServerHtml className="contents" html={chartTableHtml(t.dataTable, title, table).value} />
  );
  const staticCaption = (text: ReturnType<typeof frameText>) => (
    <ServerHtml html={chartCaptionHtml(text.sourceLine, text.notes, text.notesLabel).value} />
  );
  // The actions of a chart of the release itself: its CSV and XLSX, its image, a citation and the widget.
  const releaseChartActions = (
    chart: "release-month" | "bridge",
    view: { title: { es: string; en: string }; sources: ChartSource[] },
  ) => (
    <>
      {staticActions(
        downloadLinkHtml(
          chartCsvDownloadUrl(slug, chart, { perspective }, lang),
          chartDownloadLabel(chart, { perspective }, lang),
          t.downloadCsv,
        ),
        xlsxLinkHtml(
          xlsxBesideCsv(chartCsvDownloadUrl(slug, chart, { perspective }), lang),
          chartDownloadLabel(chart, { perspective }, lang).replace(/^[^:]*: /, ""),
          lang,
        ),
        imageLinksHtml(chart, { release: slug, perspective }, view.title[lang], lang),
        cite(`chart-${chart}`, view),
      )}
      <EmbedDialog chart={chart} lang={lang} state={{ release: slug }} />
    </>
  );
  // what a client panel's citation names of the release (not the whole of its metadata, which would be in the payload)
  const citedRelease = {
    issuerShort: release.meta.issuerShort,
    number: release.meta.number,
    date: release.meta.date,
  };
  const monthText = frameText(month, lang);
  const langQuery = lang === "en" ? "?lang=en" : "";
  // The checks table's downloads: restated from the reader's side when the table is.
  const restatedFrom = perspective !== releaseSide ? perspective : undefined;
  const checksName = `${release.meta.issuerShort}, ${t.release.toLowerCase()} ${release.meta.number} (${release.meta.date})`;
  const checksCsv = checksDownload(slug, lang, restatedFrom);
  const bridgeText = bridge ? frameText(bridge, lang) : null;

  return (
    <PageViewProvider search={search} basePath={basePath}>
      <div lang={lang} className="dashboard">
        {/* Without JavaScript the charts stay as the server drew them; the data tables show open beneath them. */}
        <noscript>
          <style>
            {".chart-table>summary{display:none}.chart-table::details-content{content-visibility:visible;display:block}" +
              ".table-pending{display:none}"}
          </style>
        </noscript>
        <FigureLinker />
        <header className="site-header">
          <div>
            <ServerHtml
              as="p"
              className="app-name"
              html={
                html`<a href="/${langQuery}">${t.appName}</a> · <span>${t.tagline}</span> ·
                  <a href="/check${langQuery}" class="check-link">${t.checkPage.link}</a> ·
                  <a href="/releases${langQuery}" class="library-link">${t.library.link}</a>`.value
              }
            />
            {/* in the RSC payload too: the page's name is there at once after a client navigation */}
            <h1>
              {release.meta.number === "—"
                ? `${release.meta.issuerShort} (${shownDate(release.meta)})`
                : `${t.release} ${release.meta.number}, ${release.meta.issuerShort} (${release.meta.date})`}
            </h1>
          </div>
          <ViewToggles />
        </header>

        <ServerHtml
          as="section"
          className="summary"
          aria-labelledby="summary-title"
          html={
            html`<h2 id="summary-title">${t.summary}</h2>
              <p class="summary-text">${report.summary.text[lang]}</p>`.value
          }
        />

        <main className="layout">
          <section className="release" aria-labelledby="release-title">
            <h2 id="release-title">{t.releaseText}</h2>
            <p className="note">
              {(release.meta.excerpt ? t.releaseExcerptNote : t.releaseTextNote)(release.meta.language)}
            </p>
            <ReleaseText release={release} report={report} lang={lang} />
            <p className="note">{release.meta.sourceNote}</p>
            {release.meta.excerpt || release.meta.url ? (
              <p className="note">{release.meta.url ? <a href={release.meta.url}>{t.originalLink}</a> : null}</p>
            ) : null}
          </section>

          <section className="charts" aria-labelledby="charts-title">
            <h2 id="charts-title">{t.charts}</h2>
            {month.rows.some((r) => r.values.stated !== null) ? (
              <ChartFrame
                id="chart-release-month"
                actions={releaseChartActions("release-month", month)}
                {...monthText}
                caption={staticCaption(monthText)}
                tableLabel={t.dataTable}
                tableDetails={staticTable(month.title[lang], dataTableHtml(month.table, lang, { linked: true }))}
              >
                <DeferredChart
                  drawn={
                    <DrawnChart
                      label={month.title[lang]}
                      legend={legend(
                        month.series.map((s) => ({
                          fillClass: `f-${s.key}`,
                          label: s.label[lang],
                          short: shortHead(s, lang),
                        })),
                      )}
                      draw={(d, h) => releaseMonthChartSvg(month, lang, h - 44, d)}
                    />
                  }
                >
                  <ReleaseMonthChart
                    view={{ rows: month.rows, series: month.series }}
                    lang={lang}
                    label={month.title[lang]}
                  />
                </DeferredChart>
              </ChartFrame>
            ) : null}

            {claimed.map((c) => (
              <ChartFrame
                key={c.kind}
                id={`chart-${c.id}`}
                {...frameText(c, lang)}
                caption={staticCaption(frameText(c, lang))}
                actions={
                  <>
                    {staticActions(
                      downloadLinkHtml(
                        chartCsvDownloadUrl(slug, c.id, { perspective }, lang),
                        chartDownloadLabel(c.id, { perspective }, lang),
                        t.downloadCsv,
                      ),
                      xlsxLinkHtml(
                        xlsxBesideCsv(chartCsvDownloadUrl(slug, c.id, { perspective }), lang),
                        chartDownloadLabel(c.id, { perspective }, lang).replace(/^[^:]*: /, ""),
                        lang,
                      ),
                      cite(`chart-${c.id}`, c),
                    )}
                    <EmbedDialog
                      chart={c.id}
                      lang={lang}
                      state={{ release: slug, perspective }}
                      drawnHeight={claimedBarsHeight(c.bars)}
                    />
                  </>
                }
                tableLabel={t.dataTable}
                tableDetails={staticTable(c.title[lang], dataTableHtml(c.table, lang, { linked: true }))}
              >
                <ServerHtml
                  className="chart-box chart-box-auto drawn"
                  role="img"
                  aria-label={c.title[lang]}
                  html={
                    legend([
                      { fillClass: "f-printed", label: t.claimed.legendStated },
                      { fillClass: "f-officialNSA", label: t.claimed.legendOfficial },
                    ]).value + claimedBarsSvg(c.bars, c.valueUnit === "percent" ? "percent" : "musd", lang).value
                  }
                />
              </ChartFrame>
            ))}

            {bridge ? (
              <ChartFrame
                id="chart-bridge"
                actions={releaseChartActions("bridge", { title: bridge.title, sources: [] })}
                {...bridgeText!}
                caption={staticCaption(bridgeText!)}
                tableLabel={t.dataTable}
                tableDetails={staticTable(bridge.title[lang], dataTableHtml(bridge.table, lang, { linked: true }))}
              >
                <ServerHtml
                  as="p"
                  className="bridge-sum"
                  {...(bridge.steps[3]?.claimId ? { "data-claim": bridge.steps[3].claimId } : {})}
                  html={
                    html`${formatNumber(bridge.exports, lang, 1)} − ${formatNumber(bridge.imports, lang, 1)} =
                      <strong>${formatNumber(bridge.computed, lang, 1)}</strong> · ${t.reported}:
                      <strong>${formatNumber(bridge.printed, lang, 1)}</strong> (${t.delta}
                      ${formatDelta(bridge.delta, lang, 1)}, ${t.tolerance} ±${formatNumber(bridge.tolerance, lang, 1)})
                      ${bridge.status ? statusBadgeBox(bridge.status, lang) : ""}`.value
                  }
                />
                <DeferredChart
                  drawn={
                    <DrawnChart label={bridge.title[lang]} draw={(d, h) => bridgeChartSvg(bridge, lang, h - 72, d)} />
                  }
                >
                  <BridgeChart view={{ steps: bridge.steps }} lang={lang} label={bridge.title[lang]} />
                </DeferredChart>
              </ChartFrame>
            ) : null}

            <SeriesPanel
              slug={slug}
              origin={origin}
              release={citedRelease}
              actions={<EmbedDialog chart="series" lang={lang} state={{ release: slug }} />}
              partner={partner}
              partnerName={partnerName(ds, partner)}
              releasePeriod={month.period}
              claimedSpans={claimedSpansOf(release, partner)}
              {...(periodNote?.inferred ? { periodNote: periodNote.reason } : {})}
              bounds={bounds}
              drawnMeta={{
                sources: seriesDrawn.sources,
                sourceLine: seriesDrawn.sourceLine,
                notes: seriesDrawn.notes,
                rowCount: seriesDrawn.rows.length,
              }}
              drawnTable={
                <DrawnTable
                  table={tableOnDemandHtml({
                    framePath: embedTablePath({
                      chart: "series",
                      options: {
                        ...EMBED_FRAME,
                        lang,
                        release: slug,
                        perspective,
                        basis: state.basis,
                        from: seriesDrawn.from,
                        to: seriesDrawn.to,
                      },
                    }),
                    title: seriesDrawn.title[lang],
                    csv: {
                      href: seriesCsvDownloadUrl(seriesDownload, lang),
                      label: seriesDownloadLabel(seriesDownload, partnerName(ds, partner)[lang], lang),
                    },
                    lang,
                  })}
                />
              }
              drawn={
                <DrawnChart
                  label={seriesDrawn.title[lang]}
                  legend={legend(seriesDrawn.flows.map((f) => ({ fillClass: `f-${f.flow}`, label: f.short[lang] })))}
                  draw={(d, h) => seriesChartSvg(seriesDrawn, lang, h - 44, d)}
                />
              }
            />
            {rankClaim ? (
              <RankPanel
                slug={slug}
                view={rankPanelView}
                caption={staticCaption(frameText(rank, lang))}
                drawnMonthTable={<DrawnTable table={dataTableHtml(rank.table, lang, { linked: true })} />}
                bounds={ranked}
                drawnHistoryTable={
                  <DrawnTable
                    table={tableOnDemandHtml({
                      framePath: embedTablePath(
                        {
                          chart: "rank",
                          options: { ...EMBED_FRAME, lang, release: slug, from: rankRange.from, to: rankRange.to },
                        },
                        "history",
                      ),
                      title: `${t.rankOverTime}: ${rank.title[lang]}`,
                      csv: {
                        href: chartCsvDownloadUrl(slug, "ranks", rankRange, lang),
                        label: chartDownloadLabel("ranks", rankRange, lang),
                      },
                      lang,
                    })}
                  />
                }
                drawnMonth={<DrawnChart short label={rankLabel} draw={(d) => rankMonthSvg(rank, lang, d)} />}
                drawnHistory={
                  <DrawnChart
                    label={`${t.rankOverTime}: ${rank.title[lang]}`}
                    legend={legend(
                      rank.partners.map((p, i) => ({ fillClass: RANK_FILL[i] ?? "f-balance", label: p.name[lang] })),
                    )}
                    draw={(d, h) => rankHistorySvg({ history, partners: rank.partners }, lang, h - 44, d)}
                  />
                }
                origin={origin}
                release={citedRelease}
                actions={<EmbedDialog chart="rank" lang={lang} state={{ release: slug }} />}
              />
            ) : null}
          </section>
        </main>

        <section className="checks-section" aria-labelledby="checks-title">
          <ServerHtml
            className="contents"
            html={
              html`<h2 id="checks-title">${t.checks}</h2>
                <p class="summary-text">${report.summary.text[lang]}</p>
                <p class="downloads">
                  ${downloadLinkHtml(checksCsv.href, checksDownloadLabel(checksName, lang), t.downloadCsv, {
                    fileName: checksCsv.fileName,
                  })}${" "}${xlsxLinkHtml(
                    xlsxBesideCsv(checksCsvDownloadUrl(slug, lang, restatedFrom)),
                    checksDownloadLabel(checksName, lang).replace(/^[^:]*: /, ""),
                    lang,
                  )}
                </p>`.value
            }
          />
          <ChecksTable report={report} lang={lang} perspective={perspective} partner={partnerName(ds, partner)} />
          <div className="downloads">
            {/* A card of any one figure the release states, with its checks: the editor picks which (a <dialog> may not
              sit in a <p>). */}
            <EmbedDialog
              chart="figure"
              lang={lang}
              state={{ release: slug }}
              figures={release.claims.map((c) => ({ id: c.id, label: `${c.label[lang]} — «${c.quote}»` }))}
            />
          </div>
          <ChecksCitations
            report={report}
            lang={lang}
            permalinkOf={(id) => permalink(origin, slug, search, `check-${id}`)}
            here={basePath}
          />
        </section>

        <AllDataDownloads lang={lang} />
      </div>
    </PageViewProvider>
  );
}
