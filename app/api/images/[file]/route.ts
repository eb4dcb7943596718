import { parseEmbedOptions } from "@/lib/http/embed/options";
import { publicOrigin } from "@/lib/http/origin";
import { AsyncBodyMemo, cachedBody, corsPreflight, dataError, echoSegment, respondCached } from "@/lib/http/cache";
import { EMBED_CHARTS } from "@/lib/http/embed/chart-options";
import { embedPath } from "@/lib/http/embed/urls";
import { chartImage } from "@/lib/render/chart-image";
import { svgToPng } from "@/lib/render/svg-to-png";
import { withPngText } from "@/lib/render/png-text";
import { shownParameterName } from "@/lib/http/query-params";

export const OPTIONS = corsPreflight;

const memo = new AsyncBodyMemo(100);
const FILES = EMBED_CHARTS.flatMap((c) => [`${c}.svg`, `${c}.png`]);

/**
 * GET /api/images/{chart}.svg|png: a chart or the figure card as an image, drawn on the server by the widget's SVG
 * code, with the widget's options (`lang`, `theme`, `size`, `release`, and each chart's own); errors as JSON.
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const match = /^([a-z-]+)\.(svg|png)$/.exec(file);
  const parsed = match ? parseEmbedOptions(match[1]!, new URL(request.url).searchParams) : null;
  if (!match || !parsed || (!parsed.ok && parsed.error.problem === "unknown_chart"))
    return dataError(404, { error: `No ${echoSegment(file, "image")}.`, parameter: "file", allowed: FILES });
  if (!parsed.ok) {
    const e = { ...parsed.error, parameter: shownParameterName(parsed.error.parameter) };
    const why = e.problem === "from_after_to" ? '"from" must not be after "to"' : e.problem.replace(/_/g, " ");
    return dataError(e.status, {
      error: `Invalid "${e.parameter}": ${why}.`,
      parameter: e.parameter,
      allowed: e.allowed,
    });
  }
  const format = match[2] as "svg" | "png";
  const origin = publicOrigin(request);
  const built = chartImage(parsed.value, origin);
  if (!built.ok) return dataError(built.status, built.error);
  const { image } = built;
  const entry = await memo.get(`${origin}|${embedPath(parsed.value)}|${format}`, () =>
    Promise.resolve(
      format === "svg"
        ? cachedBody(image.svg, "image/svg+xml; charset=utf-8", `${image.fileBase}.svg`)
        : cachedBody(
            withPngText(svgToPng(image.svg), { Title: image.title, Source: image.sourceLine, URL: image.url }),
            "image/png",
            `${image.fileBase}.png`,
          ),
    ),
  );
  return respondCached(request, entry);
}
