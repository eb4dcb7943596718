import type { ChecksReport } from "@/lib/checks/schema";
import type { Perspective } from "@/lib/data/schema";
import { checkRowView, type Bilingual } from "@/lib/views";
import { formatDelta, formatNumber, formatPeriod, type Lang } from "@/lib/i18n/format";
import { messages } from "@/lib/i18n/messages";
import { ScrollTable } from "../ui/scroll-table";
import { StatusBadge } from "../ui/status-badge";

/**
 * Every claim and identity: quote, reported, official or computed, delta, tolerance, status, period, basis, vintage,
 * source. The release names neither period nor basis, so each says when it is the analyst's inference. Seen from
 * the other side than the release's, each figure is named and signed from there; the quote stays as printed.
 */
export function ChecksTable({
  report,
  lang,
  perspective,
  partner,
}: {
  report: ChecksReport;
  lang: Lang;
  perspective: Perspective;
  partner: Bilingual;
}) {
  const t = messages(lang);
  const num = (v: number | null) => (v === null ? t.noValue : formatNumber(v, lang, 1));
  const rows = report.results.map((r) => ({ r, v: checkRowView(r, perspective, partner) }));
  const sideName = (p: Perspective) => (p === "us" ? t.us : partner[lang]);
  const restated = rows.find(({ v }) => v.releaseLabel)?.r.perspective;
  return (
    <>
      {restated ? (
        <p className="note checks-restated">{t.checksRestated(sideName(perspective), sideName(restated))}</p>
      ) : null}
      <ScrollTable
        className="table-scroll checks"
        label={t.checks}
        caption={t.checks}
        captionClassName="visually-hidden"
        heads={[
          t.figure,
          t.quote,
          t.reported,
          t.officialOrComputed,
          t.delta,
          t.tolerance,
          t.status,
          t.basisVintage,
          t.source,
          t.explanation,
        ]}
      >
        {rows.map(({ r, v }) => (
          <tr
            key={r.id}
            id={`check-${r.id}`}
            data-claim={r.claimId}
            data-check={r.id}
            data-status={r.status}
            tabIndex={0}
          >
            <th scope="row">
              {v.label[lang]}
              <span className="kind"> ({r.kind === "identity" ? `${t.identity}: ${v.formula}` : t.claim})</span>
              {v.releaseLabel ? (
                <span className="kind release-label">
                  {" "}
                  {t.inRelease}: {v.releaseLabel[lang]}
                </span>
              ) : null}
            </th>
            <td lang="es">«{r.quote}»</td>
            <td className="num">{num(v.reported)}</td>
            <td className="num">{num(v.computed)}</td>
            <td className="num">{v.delta === null ? t.noValue : formatDelta(v.delta, lang, 1)}</td>
            <td className="num">±{formatNumber(r.tolerance, lang, 1)}</td>
            <td id={`check-${r.id}-status`}>
              <StatusBadge status={r.status} lang={lang} />
            </td>
            <td>
              {formatPeriod(r.period, lang)}
              {r.attribution.period.inferred ? ` (${t.periodInferred})` : ""} · {r.basis ?? t.noValue}
              {r.basis && r.attribution.basis.inferred ? ` (${t.basisInferred})` : ""} ·{" "}
              {r.vintage ?? t.releaseOwnFigures}
            </td>
            <td>
              {r.sources.length === 0
                ? t.releaseOwnFigures
                : r.sources.map((s) => (
                    <a key={s.id} href={s.url} rel="noopener noreferrer">
                      {s.publisher} ({s.basis}, {s.vintage})
                    </a>
                  ))}
            </td>
            <td className="explanation">
              {v.explanation[lang]}
              {/* A revision history is of one month's level: a span, change, growth, share or rank has none. */}
              {r.kind === "claim" && !r.months && ["total", "exports", "imports", "balance"].includes(r.measure) ? (
                <>
                  {" "}
                  <a
                    className="how-revised"
                    href={
                      `/releases/${encodeURIComponent(report.release.slug)}` +
                      `/revisions/${encodeURIComponent(r.claimId)}?lang=${lang}`
                    }
                  >
                    {t.howRevised}
                  </a>
                </>
              ) : null}
            </td>
          </tr>
        ))}
      </ScrollTable>
    </>
  );
}
