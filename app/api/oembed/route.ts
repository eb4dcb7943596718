import { oembedResponse, readOembedQuery, widgetForUrl } from "@/lib/http/embed/oembed";
import { publicOrigin } from "@/lib/http/origin";
import { jsonError } from "@/lib/http/errors";
import { listReleaseSlugs } from "@/lib/checks/release-checks";
import { firstWidgetOf, widgetDrawnHeight, widgetNotOffered } from "@/lib/render/render-widget";

/** GET /api/oembed?url=…&maxwidth=&maxheight=&format=json: an oEmbed 1.0 `rich` answer for a Balanza URL. */
export function GET(request: Request) {
  const parsed = readOembedQuery(new URL(request.url).searchParams);
  if (!parsed.ok) return jsonError(400, parsed.error);
  if (parsed.value.format === "xml")
    return jsonError(501, { error: "Only format=json is implemented.", parameter: "format", allowed: ["json"] });
  const origin = publicOrigin(request);
  const widget = widgetForUrl(parsed.value.url, origin, listReleaseSlugs(), firstWidgetOf);
  if (!widget.ok) return jsonError(widget.status, widget.error);
  // A chart its release does not draw would embed an error frame: 404, naming the widgets that release has.
  const offered = widgetNotOffered(widget.value);
  if (offered)
    return jsonError(404, {
      error: `The release has no ${widget.value.chart} chart to embed.`,
      parameter: "url",
      allowed: offered,
    });
  return Response.json(oembedResponse(origin, widget.value, parsed.value, widgetDrawnHeight(widget.value)), {
    headers: { "Cache-Control": "public, max-age=300, s-maxage=3600" },
  });
}
