import type { CheckTextResult } from "@/lib/claims/schema";
import { formatDelta, formatNumber, type Lang } from "@/lib/i18n/format";
import { clientMessages } from "@/lib/i18n/client-messages";
import { checkPageMessages } from "@/lib/i18n/check-page-messages";
import { checkSummary, claimRows, markedText, periodLabel, periodValue } from "@/lib/views/check-view";
import { ScrollTable } from "../ui/scroll-table";
import { StatusBadge } from "../ui/status-badge";
import { FigureLinker } from "../dashboard/figure-linker";
import type { CheckState } from "./check-state";
import { ReadingControls, type FigureProps } from "./reading-controls";

export interface PartnerChoice {
  value: string;
  label: string;
}

const figId = (index: number) => `fig-${index}`;

/** The answer: the text with each figure marked by its verdict, the checks table, the text's identities, its JSON. */
export function CheckResult({
  state,
  result,
  lang,
  partners,
  formId,
}: {
  state: CheckState;
  result: CheckTextResult;
  lang: Lang;
  partners: PartnerChoice[];
  formId: string;
}) {
  const p = checkPageMessages(lang);
  const rows = claimRows(result);
  const runs = markedText(state.values.text, result);
  const notClaims = result.figures.length - rows.length;
  const verdictOf = (i: number) => result.figures[i]?.verdict ?? "unverified";
  return (
    <section className="check-result" aria-labelledby="check-result-title">
      <FigureLinker />
      <h2 id="check-result-title">{p.resultTitle}</h2>
      <p className="summary-text">{rows.length > 0 ? checkSummary(result, lang) : p.noClaims}</p>
      {notClaims > 0 ? <p className="note">{p.notClaims(notClaims)}</p> : null}
      {state.changed.length > 0 ? <p className="note">{p.changedByYou(state.changed.length)}</p> : null}
      {state.dropped ? <p className="note">{p.overridesDropped}</p> : null}
      {result.inference ? (
        <div className="note inference">
          <strong>{p.inferenceTitle}:</strong> {result.inference.reason[lang]}
        </div>
      ) : null}
      <p className="note">{p.resultNote}</p>
      <div className="checked-text release-text" lang={result.lang}>
        {runs.map((r, i) =>
          r.kind === "text" ? (
            <span key={i}>{r.text}</span>
          ) : (
            <a
              key={i}
              className="figure"
              href={`#${figId(r.index)}`}
              data-claim={figId(r.index)}
              data-status={verdictOf(r.index)}
              aria-describedby={`${figId(r.index)}-verdict`}
            >
              <span className="figure-n" aria-hidden="true">
                {r.n}
              </span>
              {r.text} <StatusBadge status={verdictOf(r.index)} lang={lang} />
            </a>
          ),
        )}
      </div>

      {rows.length > 0 ? (
        <>
          <h2 id="check-table-title">{p.tableTitle}</h2>
          <p className="note">{p.recheckHelp}</p>
          <ScrollTable
            className="table-scroll checks"
            labelledBy="check-table-title"
            tableClassName="check-table"
            caption={p.tableTitle}
            captionClassName="visually-hidden"
            heads={(
              [
                "n",
                "quote",
                "kind",
                "partner",
                "flow",
                "period",
                "basis",
                "value",
                "official",
                "delta",
                "tolerance",
                "vintage",
                "verdict",
                "explanation",
                "change",
              ] as const
            ).map((c) => p.col[c])}
          >
            {rows.map(({ f, index, n }) => (
              <FigureRow
                key={`${state.key}-${index}`}
                f={f}
                index={index}
                n={n}
                lang={lang}
                chosen={state.changed.includes(index)}
                partners={partners}
                date={state.values.date}
                formId={formId}
              />
            ))}
          </ScrollTable>
          <button type="submit" form={formId} className="primary recheck">
            {p.recheck}
          </button>
        </>
      ) : null}

      <h2>{p.identitiesTitle}</h2>
      {result.identities.length === 0 ? (
        <p className="note">{p.noIdentities}</p>
      ) : (
        <ul className="identities">
          {result.identities.map((x, i) => (
            <li key={i} data-holds={x.holds}>
              <StatusBadge status={x.holds ? "within_rounding" : "mismatch"} lang={lang} />{" "}
              <strong>{x.holds ? p.identityHolds : p.identityFails}</strong>
              {x.breaks !== null ? ` (${p.identityBreaks(rows.find((r) => r.index === x.breaks)?.n ?? 0)})` : ""}:{" "}
              {x.explanation[lang]}
            </li>
          ))}
        </ul>
      )}

      <JsonLink state={state} result={result} lang={lang} />
    </section>
  );
}

function numberCell(v: number | null | undefined, lang: Lang, digits: number, signed = false): string {
  if (v === null || v === undefined) return clientMessages(lang).noValue;
  return signed ? formatDelta(v, lang, digits) : formatNumber(v, lang, digits);
}

/** An attribute and, when Balanza inferred it or the reader chose it, the mark and the reason. */
function Attr({ text, reason, mark, lang }: { text: string; reason?: string; mark?: string; lang: Lang }) {
  const p = checkPageMessages(lang);
  return (
    <>
      {text}
      {mark ? <span className="inferred-mark"> ({mark})</span> : null}
      {reason ? (
        <details className="reason">
          <summary>{p.why}</summary>
          {reason}
        </details>
      ) : null}
    </>
  );
}

function FigureRow(props: FigureProps & { chosen: boolean }) {
  const { f, index, n, lang, partners } = props;
  const t = clientMessages(lang);
  const p = checkPageMessages(lang);
  const pct = f.kind === "growth_pct" || f.kind === "share_pct";
  const digits = pct ? 2 : 1;
  const unit = f.kind === "rank" ? p.unitOf.rank : pct ? p.unitOf.points : p.unitOf.money;
  const reasons = f.reasons ?? {};
  const byReader = (r?: { en: string }) => Boolean(r && /^Chosen by the person/.test(r.en));
  const mark = (r: { es: string; en: string } | undefined, inferred: boolean) =>
    byReader(r) ? p.chosenMark : inferred ? p.inferredMark : undefined;
  const partnerName = partners.find((x) => x.value === f.partner)?.label ?? f.partner ?? "";
  const verdict = f.verdict ?? "unverified";
  // A reading of the figure, with why it was read so and its mark (chosen by the reader, or inferred).
  const reading = (text: string, reason: { es: string; en: string } | undefined, inferred: boolean) => (
    <td>
      <Attr text={text} reason={reason?.[lang]} mark={mark(reason, inferred)} lang={lang} />
    </td>
  );
  return (
    <tr id={figId(index)} data-claim={figId(index)} data-status={verdict} tabIndex={0}>
      <th scope="row">{n}</th>
      <td>«{f.quote}»</td>
      <td>{f.kind ? p.kind[f.kind] : t.noValue}</td>
      {reading(partnerName, reasons.partner, Boolean(reasons.partner))}
      {reading(f.flow ? p.flow[f.flow] : t.noValue, reasons.flow, Boolean(reasons.flow))}
      {reading(periodLabel(f.months ?? [], lang), reasons.period, f.periodStated === false)}
      {reading(f.basis ?? t.noValue, reasons.basis, f.basisStated === false)}
      <td className="num">
        {numberCell(f.value, lang, digits)} <span className="unit">{unit}</span>
      </td>
      <td className="num">{f.official === null ? p.noOfficial : numberCell(f.official, lang, digits)}</td>
      <td className="num">{numberCell(f.delta, lang, digits, true)}</td>
      <td className="num">±{numberCell(f.tolerance, lang, digits)}</td>
      <td>{f.vintage ?? t.noValue}</td>
      <td id={`${figId(index)}-verdict`}>
        <StatusBadge status={verdict} lang={lang} />
      </td>
      <td className="explanation">{f.explanation?.[lang]}</td>
      <td className="change">
        <ReadingControls
          f={f}
          index={index}
          n={n}
          lang={lang}
          partners={partners}
          date={props.date}
          formId={props.formId}
        />
      </td>
    </tr>
  );
}

/** The same result as JSON: a plain form POST to /api/check with the same fields, so it works without JavaScript. */
function JsonLink({ state, result, lang }: { state: CheckState; result: CheckTextResult; lang: Lang }) {
  const p = checkPageMessages(lang);
  return (
    <form method="post" action="/api/check" className="json-link">
      <input type="hidden" name="text" value={state.values.text} />
      <input type="hidden" name="date" value={state.values.date} />
      <input type="hidden" name="lang" value={state.values.lang} />
      {state.changed.flatMap((i) => {
        const f = result.figures[i];
        if (!f) return [];
        return [
          <input key={`p${i}`} type="hidden" name={`period-${i}`} value={periodValue(f.months ?? [])} />,
          <input key={`b${i}`} type="hidden" name={`basis-${i}`} value={f.basis ?? ""} />,
          <input key={`f${i}`} type="hidden" name={`flow-${i}`} value={f.flow ?? ""} />,
          <input key={`c${i}`} type="hidden" name={`partner-${i}`} value={f.partner ?? ""} />,
        ];
      })}
      <button type="submit" className="link-button">
        {p.json}
      </button>
    </form>
  );
}
