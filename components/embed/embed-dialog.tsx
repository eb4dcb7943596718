"use client";

import { useId, useRef, useState } from "react";
import type { AnyEmbedOptions, EmbedFigure, EmbedSize, EmbedTheme } from "@/lib/http/embed/options";
import { OPTION_DEFAULTS, OPTION_KEYS, type EmbedChart } from "@/lib/http/embed/chart-options";
import { readDashboardState } from "@/lib/http/dashboard-state";
import type { Lang } from "@/lib/i18n/format";
import { embedSnippet, snippetTitle } from "@/lib/render/snippet";
import { defaultHeight, embedPath } from "@/lib/http/embed/urls";
import { clientMessages } from "@/lib/i18n/client-messages";
import styles from "./embed-dialog.module.css";

/** A labelled select of fixed choices, each shown in its words. */
function Choice<T extends string>(props: {
  label: string;
  value: T;
  choices: readonly T[];
  words: Record<T, string>;
  onChange: (value: T) => void;
}) {
  return (
    <label>
      {props.label}{" "}
      <select value={props.value} onChange={(e) => props.onChange(e.target.value as T)}>
        {props.choices.map((v) => (
          <option key={v} value={v}>
            {props.words[v]}
          </option>
        ))}
      </select>
    </label>
  );
}

export interface EmbedDialogProps {
  chart: EmbedChart;
  /** The interface language of the dashboard (the dialog's own words). */
  lang: Lang;
  /**
   * Options fixed by the page (a release slug, a figure…); the dashboard's own state is read from its URL on opening.
   */
  state?: Record<string, string | undefined>;
  /** The figures the card may show, by claim id, with their labels; the five measures of a release when absent. */
  figures?: ReadonlyArray<{ id: string; label: string }>;
  /** The height of a chart of the release's other figures (claimedBarsHeight): the snippet's grows with it. */
  drawnHeight?: number | null;
}

/** The dashboard's state in the URL (already validated by readDashboardState) as widget options. */
function stateFromUrl(search: string): Record<string, string> {
  const params = new URLSearchParams(search);
  const s = readDashboardState(params);
  const range: Record<string, string> =
    s.range.preset === "custom" ? { from: s.range.from, to: s.range.to } : { range: s.range.preset };
  return { perspective: s.perspective, basis: s.basis, ...range };
}

/** The widget for these options: only the keys this chart accepts (anything else is dropped, never sent). */
function widgetOptions(
  chart: EmbedChart,
  state: Record<string, string | undefined>,
  chosen: { lang: Lang; theme: EmbedTheme; size: EmbedSize; figure?: EmbedFigure },
): AnyEmbedOptions {
  const options: Record<string, string> = { ...OPTION_DEFAULTS[chart] };
  for (const [k, v] of Object.entries({ ...state, ...chosen }))
    if (v !== undefined && OPTION_KEYS[chart].includes(k)) options[k] = v;
  return { chart, options } as unknown as AnyEmbedOptions;
}

/**
 * "Embed" for one chart: a button that opens a modal dialog with the widget's options (language, theme, size),
 * a live preview (the real widget in an iframe) and the snippet with a copy button.
 */
export function EmbedDialog({ chart, lang, state = {}, figures, drawnHeight }: EmbedDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [open, setOpen] = useState(false);
  const [widgetLang, setWidgetLang] = useState<Lang>(lang);
  const [theme, setTheme] = useState<EmbedTheme>("auto");
  const [size, setSize] = useState<EmbedSize>("m");
  // The figure card shows one of the release's figures: which one is the editor's choice (the page may preset it).
  const [figure, setFigure] = useState<EmbedFigure>(state.figure ?? figures?.[0]?.id ?? "balance");
  const [copyState, setCopyState] = useState<"idle" | "copied" | "failed">("idle");
  const [pageState, setPageState] = useState<Record<string, string>>({});
  const widget = widgetOptions(
    chart,
    { ...pageState, ...state },
    { lang: widgetLang, theme, size, ...(chart === "figure" ? { figure } : {}) },
  );
  const origin = typeof window === "undefined" ? "" : window.location.origin;
  const snippet = open ? embedSnippet(origin, widget, { drawnHeight }) : "";

  const show = () => {
    // The dashboard's range, perspective and basis as they are now (they change in place, without a reload).
    setPageState(stateFromUrl(window.location.search));
    setOpen(true);
    setCopyState("idle");
    dialog.current?.showModal();
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopyState("copied");
    } catch {
      setCopyState("failed");
    }
  };
  const m = clientMessages(lang);

  return (
    <>
      <button type="button" className={styles.open} onClick={show} aria-haspopup="dialog">
        {m.embed.open}
        <span className={styles.hidden}>{` — ${m.chartName[chart]}`}</span>
      </button>
      <dialog ref={dialog} className={styles.dialog} aria-labelledby={`${id}-h`} onClose={() => setOpen(false)}>
        {open && (
          <div className={styles.body}>
            <h2 id={`${id}-h`}>
              {m.embed.heading}: {m.chartName[chart]}
            </h2>
            <fieldset className={styles.options}>
              <label>
                {m.embed.lang}{" "}
                <select value={widgetLang} onChange={(e) => setWidgetLang(e.target.value === "en" ? "en" : "es")}>
                  <option value="es">Español</option>
                  <option value="en">English</option>
                </select>
              </label>
              <Choice
                label={m.embed.theme}
                value={theme}
                choices={["auto", "light", "dark"]}
                words={m.embed.themes}
                onChange={setTheme}
              />
              <Choice
                label={m.embed.size}
                value={size}
                choices={["s", "m", "l"]}
                words={m.embed.sizes}
                onChange={setSize}
              />
              {chart === "figure" ? (
                <Choice
                  label={m.embed.figure}
                  value={figure}
                  choices={figures ? figures.map((f) => f.id) : Object.keys(m.embed.figures)}
                  words={figures ? Object.fromEntries(figures.map((f) => [f.id, f.label])) : m.embed.figures}
                  onChange={setFigure}
                />
              ) : null}
            </fieldset>
            <h3>{m.embed.preview}</h3>
            {/* inert: a look at the widget, not a second copy to Tab through (focus inside it would also swallow
                Escape). */}
            <iframe
              className={styles.preview}
              src={embedPath(widget)}
              title={snippetTitle(widget)}
              height={defaultHeight(chart, size, drawnHeight)}
              inert
            />
            <label htmlFor={`${id}-code`}>{m.embed.snippet}</label>
            <textarea
              id={`${id}-code`}
              className={styles.code}
              readOnly
              rows={5}
              value={snippet}
              onFocus={(e) => e.currentTarget.select()}
            />
            <div className={styles.actions}>
              <button type="button" onClick={() => void copy()}>
                {m.embed.copy}
              </button>
              <span role="status" aria-live="polite">
                {copyState === "copied" ? m.embed.copied : copyState === "failed" ? m.embed.copyFailed : ""}
              </span>
              <button type="button" onClick={() => dialog.current?.close()}>
                {m.embed.close}
              </button>
            </div>
          </div>
        )}
      </dialog>
    </>
  );
}
