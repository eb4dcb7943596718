"use client";
import type { MouseEvent } from "react";
import { RANGE_PRESETS, type RangeSpec } from "@/lib/views/range";
import type { DashboardState } from "@/lib/http/dashboard-state";
import type { Lang } from "@/lib/i18n/format";
import { clientMessages } from "@/lib/i18n/client-messages";
import { useDashboardState } from "../dashboard/use-url-state";
import { activateCharts } from "./chart-activation";
import { PERIOD_PATTERN } from "@/lib/data/vocabulary";

/**
 * Range presets, a custom range and the basis. Plain links and a GET form, so they work without JavaScript
 * (the server renders the new view); with it, they change the URL in place and the charts fetch what they need.
 */
export function RangeControls({
  lang,
  resolved,
  missed,
}: {
  lang: Lang;
  resolved: { from: string; to: string };
  missed?: { asked: { from: string; to: string }; bounds: { first: string; last: string } };
}) {
  const t = clientMessages(lang);
  const { state, hrefFor, go } = useDashboardState();
  const onLink = (changes: Partial<DashboardState>) => (e: MouseEvent) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    // the server drew the charts for the page's range and basis: recharts draws any other
    activateCharts();
    go(changes);
  };
  const presetName = { "12m": t.range12m, "5y": t.range5y, all: t.rangeAll };
  const isPreset = (p: RangeSpec["preset"]) => state.range.preset === p;
  return (
    <div className="range-controls">
      <nav aria-label={t.range} className="segmented">
        {RANGE_PRESETS.map((p) => (
          <a
            key={p}
            href={hrefFor({ range: { preset: p } })}
            onClick={onLink({ range: { preset: p } })}
            aria-current={isPreset(p) ? "true" : undefined}
          >
            {presetName[p]}
          </a>
        ))}
      </nav>
      <nav aria-label={t.basis} className="segmented">
        {(["SA", "NSA"] as const).map((b) => (
          <a
            key={b}
            href={hrefFor({ basis: b })}
            onClick={onLink({ basis: b })}
            aria-current={state.basis === b ? "true" : undefined}
            title={b === "SA" ? t.basisSA : t.basisNSA}
          >
            {b}
          </a>
        ))}
      </nav>
      <form
        method="get"
        className="custom-range"
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          const [from, to] = [f.get("from"), f.get("to")];
          if (typeof from !== "string" || typeof to !== "string") return;
          if (!PERIOD_PATTERN.test(from) || !PERIOD_PATTERN.test(to)) return;
          activateCharts();
          go({ range: from <= to ? { preset: "custom", from, to } : { preset: "custom", from: to, to: from } });
        }}
      >
        <fieldset>
          <legend>{t.rangeCustom}</legend>
          {state.lang !== "es" ? <input type="hidden" name="lang" value={state.lang} /> : null}
          {state.perspective !== "mx" ? <input type="hidden" name="perspective" value={state.perspective} /> : null}
          {state.basis !== "SA" ? <input type="hidden" name="basis" value={state.basis} /> : null}
          <label>
            {t.rangeFrom}{" "}
            <input
              type="month"
              name="from"
              defaultValue={resolved.from}
              key={`f${resolved.from}`}
              min="1985-01"
              pattern="\d{4}-\d{2}"
            />
          </label>
          <label>
            {t.rangeTo}{" "}
            <input type="month" name="to" defaultValue={resolved.to} key={`t${resolved.to}`} pattern="\d{4}-\d{2}" />
          </label>
          <button type="submit">{t.apply}</button>
        </fieldset>
      </form>
      {missed ? (
        <p className="note range-missed" role="status">
          {t.rangeMissed(missed.asked, missed.bounds, resolved)}
        </p>
      ) : null}
    </div>
  );
}
