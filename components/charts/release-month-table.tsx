import type { ReleaseMonthView } from "@/lib/views/release-month";
import { formatNumber, formatPeriod, type Lang } from "@/lib/i18n/format";
import { messages } from "@/lib/i18n/messages";
import { StatusBadge } from "../ui/status-badge";

/** Exactly the numbers the release-month chart draws. */
export function ReleaseMonthTable({ view, lang }: { view: ReleaseMonthView; lang: Lang }) {
  const t = messages(lang);
  return (
    <table>
      <caption>
        {view.title[lang]}, {formatPeriod(view.period, lang)}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t.figure}</th>
          {view.series.map((s) => (
            <th scope="col" key={s.key}>
              {s.label[lang]}
            </th>
          ))}
          <th scope="col">{t.status}</th>
        </tr>
      </thead>
      <tbody>
        {view.rows.map((r) => (
          <tr key={r.flow} data-claim={r.claimId ?? undefined} tabIndex={r.claimId ? 0 : undefined}>
            <th scope="row">{r.label[lang]}</th>
            {view.series.map((s) => {
              const v = r.values[s.key];
              return (
                <td className="num" key={s.key}>
                  {v === null ? t.noValue : formatNumber(v, lang, 1)}
                </td>
              );
            })}
            <td>{r.status ? <StatusBadge status={r.status} lang={lang} /> : t.noValue}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
