import { parseEmbedOptions } from "@/lib/http/embed/options";
import { publicOrigin } from "@/lib/http/origin";
import { errorFrame } from "@/lib/render/error-frame";
import { renderWidget } from "@/lib/render/render-widget";

/**
 * GET /embed/{chart}/table: a widget's data tables alone, written open, in the widget's frame and with its options.
 * The dashboard frames it where, without JavaScript, a table it writes only when opened would be missing.
 */
export async function GET(request: Request, { params }: { params: Promise<{ chart: string }> }) {
  const { chart } = await params;
  const parsed = parseEmbedOptions(chart, new URL(request.url).searchParams);
  const { status, body } = parsed.ok
    ? renderWidget(parsed.value, publicOrigin(request), "tables")
    : { status: parsed.error.status, body: errorFrame(parsed.error) };
  return new Response(body, {
    status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": status === 200 ? "public, max-age=300, s-maxage=3600, stale-while-revalidate=86400" : "no-store",
    },
  });
}
