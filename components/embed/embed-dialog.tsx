"use client";

import { useId, useRef, useState } from "react";
import type { AnyEmbedOptions, EmbedFigure, EmbedSize, EmbedTheme } from "@/lib/http/embed/options";
import { OPTION_DEFAULTS, OPTION_KEYS, type EmbedChart } from "@/lib/http/embed/chart-options";
import { readDashboardState } from "@/lib/http/dashboard-state";
import type { Lang } from "@/lib/i18n/format";
import { embedSnippet, snippetTitle } from "@/lib/render/snippet";
import { defaultHeight, embedPath } from "@/lib/http/embed/urls";
import { CHART_NAME } from "@/lib/i18n/embed-labels";
import styles from "./embed-dialog.module.css";

const TEXT = {
  open: { es: "Insertar", en: "Embed" },
  heading: { es: "Insertar en tu sitio", en: "Embed on your site" },
  lang: { es: "Idioma", en: "Language" },
  theme: { es: "Tema", en: "Theme" },
  size: { es: "Tamaño", en: "Size" },
  figure: { es: "Cifra", en: "Figure" },
  figures: {
    balance: { es: "Saldo («utilidades»)", en: 'Balance ("utilidades")' },
    exports: { es: "Exportaciones", en: "Exports" },
    imports: { es: "Importaciones", en: "Imports" },
    total: { es: "Intercambio comercial", en: "Two-way trade" },
    rank: { es: "Lugar entre los socios de EUA", en: "Rank among US partners" },
  } satisfies Record<EmbedFigure, { es: string; en: string }>,
  preview: { es: "Vista previa", en: "Preview" },
  snippet: { es: "Código para pegar en tu página", en: "Code to paste into your page" },
  copy: { es: "Copiar código", en: "Copy code" },
  copied: { es: "Código copiado.", en: "Code copied." },
  copyFailed: {
    es: "No se pudo copiar: selecciona el código y cópialo.",
    en: "Could not copy: select the code and copy it.",
  },
  close: { es: "Cerrar", en: "Close" },
  themes: {
    light: { es: "Claro", en: "Light" },
    dark: { es: "Oscuro", en: "Dark" },
    auto: { es: "Según el sistema", en: "Follow the system" },
  },
  sizes: { s: { es: "Pequeño", en: "Small" }, m: { es: "Mediano", en: "Medium" }, l: { es: "Grande", en: "Large" } },
} as const;

export interface EmbedDialogProps {
  chart: EmbedChart;
  /** The interface language of the dashboard (the dialog's own words). */
  lang: Lang;
  /** Options fixed by the page (a release slug, a figure…); the dashboard's own state is read from its URL on opening. */
  state?: Record<string, string | undefined>;
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
export function EmbedDialog({ chart, lang, state = {} }: EmbedDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [open, setOpen] = useState(false);
  const [widgetLang, setWidgetLang] = useState<Lang>(lang);
  const [theme, setTheme] = useState<EmbedTheme>("auto");
  const [size, setSize] = useState<EmbedSize>("m");
  // The figure card shows one of the release's figures: which one is the editor's choice (the page may preset it).
  const [figure, setFigure] = useState<EmbedFigure>((state.figure as EmbedFigure | undefined) ?? "balance");
  const [copyState, setCopyState] = useState<"idle" | "copied" | "failed">("idle");
  const [pageState, setPageState] = useState<Record<string, string>>({});
  const widget = widgetOptions(
    chart,
    { ...pageState, ...state },
    { lang: widgetLang, theme, size, ...(chart === "figure" ? { figure } : {}) },
  );
  const origin = typeof window === "undefined" ? "" : window.location.origin;
  const snippet = open ? embedSnippet(origin, widget) : "";

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
  const t = <K extends keyof typeof TEXT>(k: K) => TEXT[k] as (typeof TEXT)[K];

  return (
    <>
      <button type="button" className={styles.open} onClick={show} aria-haspopup="dialog">
        {t("open")[lang]}
        <span className={styles.hidden}> — {CHART_NAME[chart][lang]}</span>
      </button>
      <dialog ref={dialog} className={styles.dialog} aria-labelledby={`${id}-h`} onClose={() => setOpen(false)}>
        {open && (
          <div className={styles.body}>
            <h2 id={`${id}-h`}>
              {t("heading")[lang]}: {CHART_NAME[chart][lang]}
            </h2>
            <fieldset className={styles.options}>
              <label>
                {t("lang")[lang]}{" "}
                <select value={widgetLang} onChange={(e) => setWidgetLang(e.target.value === "en" ? "en" : "es")}>
                  <option value="es">Español</option>
                  <option value="en">English</option>
                </select>
              </label>
              <label>
                {t("theme")[lang]}{" "}
                <select value={theme} onChange={(e) => setTheme(e.target.value as EmbedTheme)}>
                  {(["auto", "light", "dark"] as const).map((v) => (
                    <option key={v} value={v}>
                      {TEXT.themes[v][lang]}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t("size")[lang]}{" "}
                <select value={size} onChange={(e) => setSize(e.target.value as EmbedSize)}>
                  {(["s", "m", "l"] as const).map((v) => (
                    <option key={v} value={v}>
                      {TEXT.sizes[v][lang]}
                    </option>
                  ))}
                </select>
              </label>
              {chart === "figure" ? (
                <label>
                  {t("figure")[lang]}{" "}
                  <select value={figure} onChange={(e) => setFigure(e.target.value as EmbedFigure)}>
                    {(Object.keys(TEXT.figures) as EmbedFigure[]).map((v) => (
                      <option key={v} value={v}>
                        {TEXT.figures[v][lang]}
                      </option>
                    ))}
                  </select>
                </label>
              ) : null}
            </fieldset>
            <h3>{t("preview")[lang]}</h3>
            {/* inert: a look at the widget, not a second copy to Tab through (focus inside it would also swallow Escape). */}
            <iframe
              className={styles.preview}
              src={embedPath(widget)}
              title={snippetTitle(widget)}
              height={defaultHeight(chart, size)}
              inert
            />
            <label htmlFor={`${id}-code`}>{t("snippet")[lang]}</label>
            <textarea
              id={`${id}-code`}
              className={styles.code}
              readOnly
              rows={5}
              value={snippet}
              onFocus={(e) => e.currentTarget.select()}
            />
            <div className={styles.actions}>
              <button type="button" onClick={copy}>
                {t("copy")[lang]}
              </button>
              <span role="status" aria-live="polite">
                {copyState === "copied" ? t("copied")[lang] : copyState === "failed" ? t("copyFailed")[lang] : ""}
              </span>
              <button type="button" onClick={() => dialog.current?.close()}>
                {t("close")[lang]}
              </button>
            </div>
          </div>
        )}
      </dialog>
    </>
  );
}
