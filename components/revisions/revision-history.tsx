import type { RevisionHistoryView } from "@/lib/views/revision-history";
import { formatDelta, formatNumber, formatPeriod, type Lang } from "@/lib/i18n/format";
import { messages } from "@/lib/i18n/messages";
import { ScrollTable } from "../ui/scroll-table";

const W = 360;
const H = 150;
const M = { top: 14, right: 12, bottom: 30, left: 64 };

/**
 * A small chart: one point per vintage (a square for a first release as quoted), the release's figure as a dashed
 * line.
 */
function RevisionChart({
  entries,
  releaseValue,
  lang,
  label,
}: {
  entries: RevisionHistoryView["bases"][number]["entries"];
  releaseValue: number;
  lang: Lang;
  label: string;
}) {
  const values = [...entries.map((e) => e.value), releaseValue];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = Math.max((hi - lo) * 0.15, Math.abs(hi) * 0.002, 1);
  const y = (v: number) => M.top + ((hi + pad - v) / (hi - lo + 2 * pad)) * (H - M.top - M.bottom);
  const step = (W - M.left - M.right) / Math.max(1, entries.length);
  const x = (i: number) => M.left + step * (i + 0.5);
  return (
    <svg className="revision-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      <line className="ax" x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} />
      <line
        className="release-line"
        x1={M.left}
        x2={W - M.right}
        y1={y(releaseValue)}
        y2={y(releaseValue)}
        strokeDasharray="5 3"
      />
      <text className="tk" x={M.left - 4} y={y(releaseValue) + 4} textAnchor="end">
        {formatNumber(releaseValue, lang, 0)}
      </text>
      {entries.map((e, i) =>
        e.kind === "reported" ? (
          <rect key={e.vintage} className="pt-reported" x={x(i) - 4} y={y(e.value) - 4} width={8} height={8} />
        ) : (
          <circle key={e.vintage} className="pt-official" cx={x(i)} cy={y(e.value)} r={4.5} />
        ),
      )}
      {entries.map((e, i) => (
        <text key={`l-${e.vintage}`} className="tk" x={x(i)} y={H - 12} textAnchor="middle">
          {e.vintage}
        </text>
      ))}
      <text className="tk" x={W - M.right} y={M.top - 3} textAnchor="end">
        {messages(lang).revisionsRelease}: - - -
      </text>
    </svg>
  );
}

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
              <RevisionChart
                entries={b.entries}
                releaseValue={view.releaseValue}
                lang={lang}
                label={t.revisionsChartLabel(b.basis)}
              />
              <ScrollTable
                className="table-scroll"
                label={t.revisionsChartLabel(b.basis)}
                caption={
                  <>
                    {measure}, {view.partnerName[lang]}, {formatPeriod(view.period, lang)}, {b.basis}
                  </>
                }
                heads={[t.vintageColumn, t.kindColumn, t.value, t.revisionsChange, t.revisionsRelease, t.source]}
              >
                {b.entries.map((e) => (
                  <tr key={e.vintage}>
                    <th scope="row">{e.vintage}</th>
                    <td>{e.kind === "reported" ? t.revisionsKindReported : t.revisionsKindOfficial}</td>
                    <td className="num">{n(e.value)}</td>
                    <td className="num">
                      {e.change === null
                        ? t.noValue
                        : formatDelta(e.change, lang, 1) +
                          (e.changePercent === null ? "" : ` (${formatDelta(e.changePercent, lang, 2)} %)`)}
                    </td>
                    <td className="num">{n(view.releaseValue)}</td>
                    <td>
                      {e.sourceId
                        .split("+")
                        .map((id) => b.sources.get(id) ?? id)
                        .join(" + ")}
                    </td>
                  </tr>
                ))}
              </ScrollTable>
            </>
          )}
        </section>
      ))}
    </main>
  );
}
