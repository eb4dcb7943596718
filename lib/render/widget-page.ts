import "server-only";
import { parseEmbedOptions } from "@/lib/http/embed/options";
import { errorFrame } from "./error-frame";
import { renderWidget, type WidgetResponse } from "./render-widget";

/** How long a widget page (or its tables) may be kept: minutes in a browser, an hour at a CDN. */
export const WIDGET_CACHE_CONTROL = "public, max-age=300, s-maxage=3600, stale-while-revalidate=86400";

/**
 * GET /embed/{chart} (`tables` false) or /embed/{chart}/table (`tables` true) from its raw path and query: the
 * options validated, then the widget, its tables, or the error frame that says what is wrong. The tables page takes
 * one option of its own, `table=history` (rank only): the rank's history alone.
 */
export function widgetPage(chart: string, params: URLSearchParams, origin: string, tables: boolean): WidgetResponse {
  const search = new URLSearchParams(params);
  const only = tables ? search.get("table") : null;
  if (tables) search.delete("table");
  const parsed = parseEmbedOptions(chart, search);
  if (!parsed.ok) return { status: parsed.error.status, body: errorFrame(parsed.error) };
  if (!tables) return renderWidget(parsed.value, origin);
  if (only !== null && (chart !== "rank" || only !== "history"))
    return {
      status: 400,
      body: errorFrame({
        problem: "bad_value",
        parameter: "table",
        allowed: chart === "rank" ? ["history"] : [],
        lang: parsed.value.options.lang,
      }),
    };
  return renderWidget(parsed.value, origin, only === "history" ? "rank-history" : "tables");
}

/** A widget page as the HTTP answer: HTML, cacheable when it is the widget, never when it is an error. */
export function widgetPageResponse({ status, body }: WidgetResponse): Response {
  return new Response(body, {
    status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": status === 200 ? WIDGET_CACHE_CONTROL : "no-store",
    },
  });
}
