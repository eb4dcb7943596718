import type { BridgeView } from "@/lib/views/bridge";
import { formatDelta, formatNumber, type Lang } from "@/lib/i18n/format";
import { messages } from "@/lib/i18n/messages";

/** Exactly the numbers the bridge draws: each bar's value, start and end. */
export function BridgeTable({ view, lang }: { view: BridgeView; lang: Lang }) {
  const t = messages(lang);
  return (
    <table>
      <caption>
        {view.title[lang]} ({t.delta} {formatDelta(view.delta, lang, 1)}, {t.tolerance} ±
        {formatNumber(view.tolerance, lang, 1)})
      </caption>
      <thead>
        <tr>
          <th scope="col">{t.step}</th>
          <th scope="col">{t.value}</th>
          <th scope="col">{t.start}</th>
          <th scope="col">{t.end}</th>
        </tr>
      </thead>
      <tbody>
        {view.steps.map((s) => (
          <tr key={s.key} data-claim={s.claimId ?? undefined} tabIndex={s.claimId ? 0 : undefined}>
            <th scope="row">{s.label[lang]}</th>
            <td className="num">{formatNumber(s.value, lang, 1)}</td>
            <td className="num">{formatNumber(s.start, lang, 1)}</td>
            <td className="num">{formatNumber(s.end, lang, 1)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
