import type { Lang } from "@/lib/i18n/format";
import type { EmbedOptionError } from "@/lib/http/embed/options";
import { messages } from "@/lib/i18n/messages";
import { html } from "@/lib/render/html";
import { widgetDocument } from "./widget-document";

type ErrorProblem = EmbedOptionError["problem"] | "unknown_release" | "no_data" | "not_in_release";

function sentence(problem: ErrorProblem, parameter: string, lang: Lang): string {
  const text = messages(lang).widgetError[problem];
  return problem === "unknown_option" ||
    problem === "repeated_option" ||
    problem === "bad_value" ||
    problem === "no_data"
    ? `${text} «${parameter}».`
    : text;
}

/** "Valores admitidos: SA, NSA" — one text node, so the words and values are never split by markup or layout. */
function allowedLine(problem: ErrorProblem, allowed: readonly string[], lang: Lang): string {
  const words = messages(lang).widgetError;
  const head =
    problem === "unknown_chart" ? words.charts : problem === "not_in_release" ? words.releaseCharts : words.allowed;
  return `${head}: ${allowed.join(", ")}`;
}

/**
 * The page a widget shows for a bad request: what is wrong and what is allowed, in the widget's language when
 * `lang` itself was valid, else in both. Only the option's name (escaped, trimmed) is repeated, never its value.
 */
export function errorFrame(e: {
  problem: ErrorProblem;
  parameter: string;
  allowed: readonly string[];
  lang?: Lang;
}): string {
  const langs = e.lang ? [e.lang] : (["es", "en"] as const);
  const body = html`<div class="err">
    ${langs.map(
      (l) =>
        html`<h1 lang="${l}">${messages(l).widgetError.title}</h1>
          <p lang="${l}">${sentence(e.problem, e.parameter, l)}</p>
          ${e.allowed.length ? html`<p lang="${l}">${allowedLine(e.problem, e.allowed, l)}</p>` : ""}`,
    )}
  </div>`;
  return widgetDocument({
    lang: e.lang ?? "es",
    theme: "auto",
    title: messages(e.lang ?? "es").widgetError.title,
    body,
  });
}
