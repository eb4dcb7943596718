import { parseEmbedOptions } from "@/lib/http/embed/options";
import { publicOrigin } from "@/lib/http/origin";
import { errorFrame } from "@/lib/render/error-frame";
import { renderWidget } from "@/lib/render/render-widget";

/**
 * GET /embed/{chart}/table: a widget's data tables alone, written open, in the widget's frame and with its options;
 * `table=history` (rank only) keeps the rank's history alone. The dashboard frames it where, without JavaScript, a
 * table it writes only when opened would be missing.
 */
export async function GET(request: Request, { params }: { params: Promise<{ chart: string }> }) {
  const { chart } = await params;
  const search = new URL(request.url).searchParams;
  const only = search.get("table");
  search.delete("table");
  const parsed = parseEmbedOptions(chart, search);
  const { status, body } = !parsed.ok
    ? { status: parsed.error.status, body: errorFrame(parsed.error) }
    : only !== null && (chart !== "rank" || only !== "history")
      ? {
          status: 400,
          body: errorFrame({
            problem: "bad_value",
            parameter: "table",
            allowed: chart === "rank" ? ["history"] : [],
            lang: parsed.value.options.lang,
          }),
        }
      : renderWidget(parsed.value, publicOrigin(request), only === "history" ? "rank-history" : "tables");
  return new Response(body, {
    status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": status === 200 ? "public, max-age=300, s-maxage=3600, stale-while-revalidate=86400" : "no-store",
    },
  });
}
