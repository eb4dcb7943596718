import type { CheckedFigure } from "@/lib/claims/schema";
import type { Lang } from "@/lib/i18n/format";
import { clientMessages } from "@/lib/i18n/client-messages";
import { checkPageMessages } from "@/lib/i18n/check-page-messages";
import { periodChoices, periodValue } from "@/lib/views/check-view";
import type { PartnerChoice } from "./check-result";

const FLOWS = ["us_exports", "us_imports", "balance", "total"] as const;

/** One checked figure of the /check table, as its row and its reading controls take it. */
export interface FigureProps {
  f: CheckedFigure;
  index: number;
  n: number;
  lang: Lang;
  partners: PartnerChoice[];
  date: string;
  formId: string;
}

/**
 * A figure's period, basis, flow and partner as choices, each showing the current reading; they belong to the page's
 * form (form attribute), so "check again" sends them with the text, and the figure is checked with what is chosen.
 */
export function ReadingControls(props: FigureProps) {
  const { f, index, n, lang, formId } = props;
  const t = clientMessages(lang);
  const p = checkPageMessages(lang);
  const id = (what: string) => `${what}-${index}-ctl`;
  const label = (what: string) => p.changeFor(n, what);
  return (
    <details className="reading-controls">
      <summary>{p.col.change}</summary>
      <div className="control">
        <label htmlFor={id("period")}>{label(p.col.period)}</label>
        <select id={id("period")} name={`period-${index}`} form={formId} defaultValue={periodValue(f.months ?? [])}>
          {periodChoices(props.date, f.months ?? [], lang).map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      {f.kind !== "rank" ? (
        <>
          <div className="control">
            <label htmlFor={id("basis")}>{label(p.col.basis)}</label>
            <select id={id("basis")} name={`basis-${index}`} form={formId} defaultValue={f.basis}>
              <option value="SA">{t.basisSA}</option>
              <option value="NSA">{t.basisNSA}</option>
            </select>
          </div>
          <div className="control">
            <label htmlFor={id("flow")}>{label(p.col.flow)}</label>
            <select id={id("flow")} name={`flow-${index}`} form={formId} defaultValue={f.flow}>
              {FLOWS.map((fl) => (
                <option key={fl} value={fl}>
                  {p.flow[fl]}
                </option>
              ))}
            </select>
          </div>
        </>
      ) : null}
      <div className="control">
        <label htmlFor={id("partner")}>{label(p.col.partner)}</label>
        <select id={id("partner")} name={`partner-${index}`} form={formId} defaultValue={f.partner}>
          {props.partners.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
    </details>
  );
}
