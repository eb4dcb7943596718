import type { ChecksReport } from "@/lib/schema/checks";
import { formatDelta, formatNumber, formatPeriod, type Lang } from "@/lib/format";
import { strings } from "@/lib/i18n";
import { StatusBadge } from "../ui/status-badge";

/**
 * Every claim and identity: quote, reported, official or computed, delta, tolerance, status, period, basis, vintage,
 * source. The release names neither period nor basis, so each says when it is the analyst's inference.
 */
export function ChecksTable({ report, lang }: { report: ChecksReport; lang: Lang }) {
  const t = strings(lang);
  const num = (v: number | null) => (v === null ? t.noValue : formatNumber(v, lang, 1));
  return (
    <div className="table-scroll checks" tabIndex={0} role="region" aria-label={t.checks}>
      <table>
        <caption className="visually-hidden">{t.checks}</caption>
        <thead>
          <tr>
            <th scope="col">{t.figure}</th>
            <th scope="col">{t.quote}</th>
            <th scope="col">{t.reported}</th>
            <th scope="col">{t.officialOrComputed}</th>
            <th scope="col">{t.delta}</th>
            <th scope="col">{t.tolerance}</th>
            <th scope="col">{t.status}</th>
            <th scope="col">{t.basisVintage}</th>
            <th scope="col">{t.source}</th>
            <th scope="col">{t.explanation}</th>
          </tr>
        </thead>
        <tbody>
          {report.results.map((r) => (
            <tr key={r.id} id={`check-${r.id}`} data-claim={r.claimId} data-check={r.id} data-status={r.status} tabIndex={-1}>
              <th scope="row">
                {r.label[lang]}
                <span className="kind"> ({r.kind === "identity" ? `${t.identity}: ${r.formula}` : t.claim})</span>
              </th>
              <td lang="es">«{r.quote}»</td>
              <td className="num">{num(r.reported)}</td>
              <td className="num">{num(r.computed)}</td>
              <td className="num">{r.delta === null ? t.noValue : formatDelta(r.delta, lang, 1)}</td>
              <td className="num">±{formatNumber(r.tolerance, lang, 1)}</td>
              <td id={`check-${r.id}-status`}>
                <StatusBadge status={r.status} lang={lang} />
              </td>
              <td>
                {formatPeriod(r.period, lang)}
                {r.attribution.period.inferred ? ` (${t.periodInferred})` : ""} · {r.basis ?? t.noValue}
                {r.basis && r.attribution.basis.inferred ? ` (${t.basisInferred})` : ""} · {r.vintage ?? t.releaseOwnFigures}
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
              <td className="explanation">{r.explanation[lang]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
