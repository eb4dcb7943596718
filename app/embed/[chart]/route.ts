import { publicOrigin } from "@/lib/http/origin";
import { widgetPage, widgetPageResponse } from "@/lib/render/widget-page";

/**
 * GET /embed/{chart}: the embeddable widget as a complete, server-drawn HTML page (no framework JavaScript).
 * A route handler rather than a page so a bad option can answer 400 (a page can only answer 404) and so
 * the frame ships only its own few KB.
 */
export async function GET(request: Request, { params }: { params: Promise<{ chart: string }> }) {
  const { chart } = await params;
  return widgetPageResponse(widgetPage(chart, new URL(request.url).searchParams, publicOrigin(request), false));
}
