"use client";
import { useActionState } from "react";
import type { Lang } from "@/lib/i18n/format";
import { formatNumber } from "@/lib/i18n/format";
import { checkPageMessages } from "@/lib/i18n/check-page-messages";
import { MAX_TEXT_CHARS } from "@/lib/http/check-limits";
import { checkAction } from "@/app/check/actions";
import type { CheckState } from "./check-state";
import { CheckResult, type PartnerChoice } from "./check-result";

export const FORM_ID = "check-form";

/**
 * The form and its answer. A Server Action through useActionState: with JavaScript the answer replaces the page's
 * state in place; without it the browser posts the form and the server renders the same page with the answer.
 */
export function CheckForm({ lang, partners }: { lang: Lang; partners: PartnerChoice[] }) {
  const initial: CheckState = {
    values: { text: "", date: "", lang: "", ui: lang },
    result: null,
    key: "",
    changed: [],
    dropped: false,
    error: null,
  };
  const [state, action, pending] = useActionState(checkAction, initial, `/check${lang === "en" ? "?lang=en" : ""}`);
  const t = checkPageMessages(lang);
  const v = state.values;
  const err = state.error;
  return (
    <>
      <form id={FORM_ID} action={action} className="check-form" aria-describedby={err ? "check-error" : undefined}>
        <input type="hidden" name="ui" value={lang} />
        <input type="hidden" name="for" value={state.key} />
        <div className="field">
          <label htmlFor="check-text">{t.textLabel}</label>
          <textarea
            id="check-text"
            name="text"
            rows={12}
            defaultValue={v.text}
            key={`text-${state.key}`}
            aria-describedby="check-text-help"
            aria-invalid={err?.field === "text" ? true : undefined}
          />
          <p id="check-text-help" className="note">
            {t.textHelp(formatNumber(MAX_TEXT_CHARS, lang, 0))}
          </p>
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="check-date">{t.dateLabel}</label>
            <input
              id="check-date"
              name="date"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              placeholder="2024-03-22"
              defaultValue={v.date}
              key={`date-${state.key}`}
              aria-describedby="check-date-help"
              aria-invalid={err?.field === "date" ? true : undefined}
            />
            <p id="check-date-help" className="note">
              {t.dateHelp}
            </p>
          </div>
          <div className="field">
            <label htmlFor="check-lang">{t.langLabel}</label>
            <select id="check-lang" name="lang" defaultValue={v.lang} key={`lang-${state.key}`}>
              <option value="">{t.langAuto}</option>
              <option value="es">{t.langEs}</option>
              <option value="en">{t.langEn}</option>
            </select>
          </div>
        </div>
        <button type="submit" className="primary" disabled={pending}>
          {pending ? t.working : t.submit}
        </button>
      </form>
      <div aria-live="polite" className="check-status">
        {err ? (
          <p id="check-error" role="alert" className="check-error">
            {err.message}
          </p>
        ) : null}
      </div>
      {state.result ? (
        <CheckResult state={state} result={state.result} lang={lang} partners={partners} formId={FORM_ID} />
      ) : null}
    </>
  );
}
