"use client";

import { useId, useRef, useState } from "react";
import { embedOptionSchemas, type AnyEmbedOptions, type EmbedChart, type EmbedSize, type EmbedTheme } from "@/lib/embed/options";
import { embedSnippet, snippetTitle } from "@/lib/embed/snippet";
import { defaultHeight, embedPath } from "@/lib/embed/urls";
import { CHART_NAME } from "@/lib/embed/labels";
import styles from "./embed-dialog.module.css";

type Lang = "es" | "en";

const TEXT = {
  open: { es: "Insertar", en: "Embed" },
  heading: { es: "Insertar en tu sitio", en: "Embed on your site" },
  lang: { es: "Idioma", en: "Language" },
  theme: { es: "Tema", en: "Theme" },
  size: { es: "Tamaño", en: "Size" },
  preview: { es: "Vista previa", en: "Preview" },
  snippet: { es: "Código para pegar en tu página", en: "Code to paste into your page" },
  copy: { es: "Copiar código", en: "Copy code" },
  copied: { es: "Código copiado.", en: "Code copied." },
  copyFailed: { es: "No se pudo copiar: selecciona el código y cópialo.", en: "Could not copy: select the code and copy it." },
  close: { es: "Cerrar", en: "Close" },
  themes: { light: { es: "Claro", en: "Light" }, dark: { es: "Oscuro", en: "Dark" }, auto: { es: "Según el sistema", en: "Follow the system" } },
  sizes: { s: { es: "Pequeño", en: "Small" }, m: { es: "Mediano", en: "Medium" }, l: { es: "Grande", en: "Large" } },
} as const;

export interface EmbedDialogProps {
  chart: EmbedChart;
  /** The interface language of the dashboard (the dialog's own words). */
  lang: Lang;
  /** The chart's current state on the dashboard (perspective, range, basis, release…), carried into the widget. */
  state?: Record<string, string | undefined>;
}

/** Options from the dashboard's state that this chart's widget accepts (anything else is dropped, never sent). */
function widgetOptions(chart: EmbedChart, state: Record<string, string | undefined>, chosen: { lang: Lang; theme: EmbedTheme; size: EmbedSize }): AnyEmbedOptions {
  const schema = embedOptionSchemas[chart];
  const keys = Object.keys(schema.shape);
  const input = Object.fromEntries(Object.entries({ ...state, ...chosen }).filter(([k, v]) => keys.includes(k) && v !== undefined));
  const parsed = schema.safeParse(input);
  const options = parsed.success ? parsed.data : schema.parse(chosen);
  return { chart, options } as AnyEmbedOptions;
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
  const [copyState, setCopyState] = useState<"idle" | "copied" | "failed">("idle");
  const widget = widgetOptions(chart, state, { lang: widgetLang, theme, size });
  const origin = typeof window === "undefined" ? "" : window.location.origin;
  const snippet = open ? embedSnippet(origin, widget) : "";

  const show = () => {
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
            </fieldset>
            <h3>{t("preview")[lang]}</h3>
            <iframe className={styles.preview} src={embedPath(widget)} title={snippetTitle(widget)} height={defaultHeight(chart, size)} />
            <label htmlFor={`${id}-code`}>{t("snippet")[lang]}</label>
            <textarea id={`${id}-code`} className={styles.code} readOnly rows={5} value={snippet} onFocus={(e) => e.currentTarget.select()} />
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
