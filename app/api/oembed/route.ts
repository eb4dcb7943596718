import { oembedResponse, readOembedQuery, widgetForUrl } from "@/lib/http/embed/oembed";
import { publicOrigin } from "@/lib/http/origin";
import { jsonError } from "@/lib/http/errors";
import { listReleaseSlugs } from "@/lib/checks/release-checks";

/** GET /api/oembed?url=…&maxwidth=&maxheight=&format=json: an oEmbed 1.0 `rich` answer for a Balanza URL. */
export function GET(request: Request) {
  const parsed = readOembedQuery(new URL(request.url).searchParams);
  if (!parsed.ok) return jsonError(400, parsed.error);
  if (parsed.value.format === "xml")
    return jsonError(501, { error: "Only format=json is implemented.", parameter: "format", allowed: ["json"] });
  const origin = publicOrigin(request);
  const widget = widgetForUrl(parsed.value.url, origin, listReleaseSlugs());
  if (!widget.ok) return jsonError(widget.status, widget.error);
  return Response.json(oembedResponse(origin, widget.value, parsed.value), {
    headers: { "Cache-Control": "public, max-age=300, s-maxage=3600" },
  });
}
