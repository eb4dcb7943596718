import { revisionsCsvDownloadUrl } from "@/lib/http/download-url";
import type { RevisionHistoryView } from "@/lib/views/revision-history";
import { formatNumber, formatPeriod, type Lang } from "@/lib/i18n/format";
import { revisionChartSvg } from "@/lib/render/revision-svg";
import { dataTableHtml } from "@/lib/render/data-table";
import { DrawnChart, DrawnTable } from "@/components/charts/drawn-chart";
import { messages } from "@/lib/i18n/messages";
import { DownloadLink } from "@/components/downloads/download-link";
import { EmbedDialog } from "@/components/embed/embed-dialog";

/**
 * "How this figure was revised": per basis, a small chart and a table of every value by vintage, the release's
 * beside.
 */
export function RevisionHistory({ view, lang }: { view: RevisionHistoryView; lang: Lang }) {
  const t = messages(lang);
  const n = (v: number | null) => (v === null ? t.noValue : formatNumber(v, lang, 1));
  const measure = t.usMeasureWords[view.usMeasure];
  return (
    <main className="revisions-page">
      <p>
        <a href={`/releases/${view.slug}?lang=${lang}`}>← {t.revisionsBack}</a>
      </p>
      <h1>{t.revisionsTitle(view.label[lang], formatPeriod(view.period, lang))}</h1>
      <p lang="es">«{view.quote}»</p>
      <p>{t.revisionsIntro(n(view.releaseValue), view.releaseDate, `${measure} (${view.partnerName[lang]})`)}</p>
      {view.bases.map((b) => (
        <section key={b.basis} aria-labelledby={`rev-${b.basis}`}>
          <h2 id={`rev-${b.basis}`}>{t.revisionsBasis(b.basis, b.claimed)}</h2>
          {b.entries.length === 0 ? (
            <p>{t.revisionsNone}</p>
          ) : (
            <>
              <DrawnChart
                twoSizes
                label={t.revisionsChartLabel(b.basis)}
                short
                draw={(d, h) => revisionChartSvg(b, view.releaseValue, lang, Math.max(60, h - 74), d)}
              />
              <div className="table-scroll" tabIndex={0} role="region" aria-label={t.revisionsChartLabel(b.basis)}>
                <DrawnTable table={dataTableHtml(b.table, lang)} />
              </div>
              {/* a div, not a p: the Embed dialog inside is flow content, and a p would be closed around it */}
              <div className="chart-actions">
                <DownloadLink
                  href={revisionsCsvDownloadUrl({
                    partner: view.partner,
                    flow: view.usMeasure,
                    basis: b.basis,
                    period: view.period,
                  })}
                  accessibleName={`${t.downloadCsv}: ${t.revisionsChartLabel(b.basis)}`}
                >
                  {t.downloadCsv}
                </DownloadLink>{" "}
                <EmbedDialog
                  chart="revisions"
                  lang={lang}
                  state={{ release: view.slug, figure: view.claimId, basis: b.basis }}
                />
              </div>
            </>
          )}
        </section>
      ))}
      <p>
        <a href={`/revisions${lang === "en" ? "?lang=en" : ""}`}>{t.revisionStatsLink}</a>
      </p>
    </main>
  );
}
