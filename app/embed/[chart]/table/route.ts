import { publicOrigin } from "@/lib/http/origin";
import { widgetPage, widgetPageResponse } from "@/lib/render/widget-page";

/**
 * GET /embed/{chart}/table: a widget's data tables alone, written open, in the widget's frame and with its options;
 * `table=history` (rank only) keeps the rank's history alone. The dashboard frames it where, without JavaScript, a
 * table it writes only when opened would be missing.
 */
export async function GET(request: Request, { params }: { params: Promise<{ chart: string }> }) {
  const { chart } = await params;
  return widgetPageResponse(widgetPage(chart, new URL(request.url).searchParams, publicOrigin(request), true));
}
