import { parseEmbedOptions } from "@/lib/http/embed/options";
import { publicOrigin } from "@/lib/http/origin";
import { errorFrame } from "@/lib/render/error-frame";
import { renderWidget } from "@/lib/render/render-widget";

/**
 * GET /embed/{chart}: the embeddable widget as a complete, server-drawn HTML page (no framework JavaScript).
 * A route handler rather than a page so a bad option can answer 400 (a page can only answer 404) and so
 * the frame ships only its own few KB.
 */
export async function GET(request: Request, { params }: { params: Promise<{ chart: string }> }) {
  const { chart } = await params;
  const parsed = parseEmbedOptions(chart, new URL(request.url).searchParams);
  const { status, body } = parsed.ok
    ? renderWidget(parsed.value, publicOrigin(request))
    : { status: parsed.error.status, body: errorFrame(parsed.error) };
  return new Response(body, {
    status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": status === 200 ? "public, max-age=300, s-maxage=3600, stale-while-revalidate=86400" : "no-store",
    },
  });
}
