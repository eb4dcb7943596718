/**
 * A tiny HTML builder for the embed widget. The widget is a route handler that returns a complete HTML
 * document (so it can answer 400 for a bad option and ship no framework JavaScript), and Next refuses
 * `react-dom/server` in route handlers; so markup is written with the `html` tag below, which escapes
 * every interpolated value unless it is itself built by `html` (or `raw`, for trusted constants only).
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for an HTML text node or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

export type HtmlValue = Html | string | number | null | undefined | false | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  return escapeHtml(String(value));
}

/** Tagged template: html`<p title="${t}">${text}</p>` escapes `t` and `text`. Always quote attribute values. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0] ?? "";
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? "");
  });
  return new Html(out);
}

/** Trusted markup written in this codebase (a stylesheet constant), never anything from a request. */
export function raw(trusted: string): Html {
  return new Html(trusted);
}
