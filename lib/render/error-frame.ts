import type { Lang } from "@/lib/i18n/format";
import type { EmbedOptionError } from "@/lib/http/embed/options";
import { ERROR_TEXT } from "@/lib/i18n/embed-labels";
import { html } from "@/lib/render/html";
import { widgetDocument } from "./widget-document";

type ErrorProblem = EmbedOptionError["problem"] | "unknown_release" | "no_data";

function sentence(problem: ErrorProblem, parameter: string, lang: Lang): string {
  const text = ERROR_TEXT[problem][lang];
  return problem === "unknown_option" ||
    problem === "repeated_option" ||
    problem === "bad_value" ||
    problem === "no_data"
    ? `${text} «${parameter}».`
    : text;
}

// One text node: the formatter would otherwise break "Allowed values: SA, NSA" across lines.
const allowedLine = (label: string, allowed: readonly string[]) => `${label}: ${allowed.join(", ")}`;

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
        html`<h1 lang="${l}">${ERROR_TEXT.title[l]}</h1>
          <p lang="${l}">${sentence(e.problem, e.parameter, l)}</p>
          ${
            e.allowed.length
              ? html`<p lang="${l}">
                  ${allowedLine(e.problem === "unknown_chart" ? ERROR_TEXT.charts[l] : ERROR_TEXT.allowed[l], e.allowed)}
                </p>`
              : ""
          }`,
    )}
  </div>`;
  return widgetDocument({ lang: e.lang ?? "es", theme: "auto", title: ERROR_TEXT.title[e.lang ?? "es"], body });
}
