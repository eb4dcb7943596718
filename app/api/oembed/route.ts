import { oembedQuerySchema, oembedResponse, widgetForUrl } from "@/lib/embed/oembed";
import { publicOrigin } from "@/lib/embed/origin";
import { jsonError } from "@/lib/http";
import { listReleaseSlugs } from "@/lib/releases";

const ALLOWED = { format: ["json", "xml (answered 501)"], maxwidth: ["a positive integer"], maxheight: ["a positive integer"], url: ["a Balanza dashboard or /embed/{chart} URL"] };

/** GET /api/oembed?url=…&maxwidth=&maxheight=&format=json: an oEmbed 1.0 `rich` answer for a Balanza URL. */
export function GET(request: Request) {
  const search = new URL(request.url).searchParams;
  const raw: Record<string, string> = {};
  for (const key of ["url", "maxwidth", "maxheight", "format"] as const) {
    const values = search.getAll(key);
    if (values.length > 1) return jsonError(400, { error: `Parameter "${key}" is given ${values.length} times; give it once.`, parameter: key });
    if (values[0] !== undefined) raw[key] = values[0];
  }
  const parsed = oembedQuerySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const parameter = String(issue?.path[0] ?? "url") as keyof typeof ALLOWED;
    return jsonError(400, { error: `Invalid "${parameter}": expected ${issue?.message ?? "a valid value"}.`, parameter, allowed: ALLOWED[parameter] ?? [] });
  }
  if (parsed.data.format === "xml") return jsonError(501, { error: "Only format=json is implemented.", parameter: "format", allowed: ["json"] });
  const origin = publicOrigin(request);
  const widget = widgetForUrl(parsed.data.url, origin, listReleaseSlugs());
  if (!widget.ok) return jsonError(widget.status, widget.error);
  return Response.json(oembedResponse(origin, widget.value, parsed.data), { headers: { "Cache-Control": "public, max-age=300, s-maxage=3600" } });
}
