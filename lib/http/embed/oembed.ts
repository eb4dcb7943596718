import { z } from "zod";
import type { ApiError } from "../errors";
import { parseSearchParams, shownParameterName, type ParamsResult } from "../query-params";
import { embedSnippet, snippetTitle } from "../../render/snippet";
import { parseEmbedOptions, type AnyEmbedOptions } from "./options";
import { OPTION_KEYS, type EmbedChart } from "./chart-options";
import { defaultHeight } from "./urls";

/** GET /api/oembed parameters (oEmbed 1.0 §2.2). Other keys consumers add are ignored, as the spec expects. */
export const oembedQuerySchema = z.object({
  url: z
    .string({ error: "a Balanza dashboard or embed URL" })
    .min(1, "a Balanza dashboard or embed URL")
    .max(2048, "a URL of at most 2048 characters"),
  maxwidth: z.coerce
    .number({ error: "a positive integer" })
    .int("a positive integer")
    .min(1, "a positive integer")
    .max(10000, "at most 10000")
    .optional(),
  maxheight: z.coerce
    .number({ error: "a positive integer" })
    .int("a positive integer")
    .min(1, "a positive integer")
    .max(20000, "at most 20000")
    .optional(),
  format: z.enum(["json", "xml"]).default("json"),
});

const OEMBED_PARAMETERS = ["url", "maxwidth", "maxheight", "format"] as const;
const OEMBED_ALLOWED = {
  format: ["json", "xml (answered 501)"],
  maxwidth: ["a positive integer"],
  maxheight: ["a positive integer"],
  url: ["a Balanza dashboard or /embed/{chart} URL"],
};

/**
 * Reads the oEmbed parameters (each at most once, 400 naming the one at fault); keys oEmbed does not define are
 * ignored.
 */
export function readOembedQuery(params: URLSearchParams): ParamsResult<z.infer<typeof oembedQuerySchema>> {
  const ours = new URLSearchParams(
    [...params].filter(([key]) => (OEMBED_PARAMETERS as readonly string[]).includes(key)),
  );
  return parseSearchParams(oembedQuerySchema, ours, OEMBED_PARAMETERS, OEMBED_ALLOWED);
}

/** The oEmbed 1.0 `rich` response. */
export interface OembedRich {
  version: "1.0";
  type: "rich";
  title: string;
  provider_name: "Balanza";
  provider_url: string;
  cache_age: number;
  html: string;
  width: number;
  height: number;
}

export const DEFAULT_WIDTH = 640;

const DASHBOARD_PATH = /^\/(?:releases\/([a-z0-9-]{1,80})\/?)?$/;

/** The first widget of a release (the front page's when the slug is absent) that has something to show. */
export type FirstWidget = (slug: string | undefined) => { chart: EmbedChart; figure?: string };

/**
 * The widget a Balanza URL stands for: an /embed/{chart} URL as it is; a dashboard URL (/ or /releases/{slug}) as
 * its release's first chart with something to show (`firstWidget`: the release month, else the first chart of its
 * other figures, else the card of its first figure), in the same language, and perspective where the chart takes
 * one. 404 for any other URL.
 */
export function widgetForUrl(
  url: string,
  origin: string,
  releaseSlugs: readonly string[],
  firstWidget: FirstWidget,
): { ok: true; value: AnyEmbedOptions } | { ok: false; status: 400 | 404; error: ApiError } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400, error: { error: 'Invalid "url": expected an absolute URL.', parameter: "url" } };
  }
  const notOurs = {
    ok: false as const,
    status: 404 as const,
    error: {
      error: "Not a Balanza URL that can be embedded.",
      parameter: "url",
      allowed: [`${origin}/`, `${origin}/releases/{slug}`, `${origin}/embed/{chart}`],
    },
  };
  if (parsed.origin !== origin) return notOurs;
  const embed = /^\/embed\/([^/]+)$/.exec(parsed.pathname);
  if (embed) {
    // A chart name is plain ASCII: a path segment that is not valid percent-encoding names no widget.
    let chart: string;
    try {
      chart = decodeURIComponent(embed[1] ?? "");
    } catch {
      return notOurs;
    }
    const result = parseEmbedOptions(chart, parsed.searchParams);
    if (!result.ok)
      return {
        ok: false,
        status: result.error.status,
        error: {
          error: `The embed URL's "${shownParameterName(result.error.parameter)}" is not valid.`,
          parameter: "url",
          allowed: result.error.allowed,
        },
      };
    if (result.value.options.release && !releaseSlugs.includes(result.value.options.release)) return notOurs;
    return result;
  }
  const dashboard = DASHBOARD_PATH.exec(parsed.pathname);
  if (!dashboard) return notOurs;
  const slug = dashboard[1];
  if (slug && !releaseSlugs.includes(slug)) return notOurs;
  const first = firstWidget(slug);
  const params = new URLSearchParams();
  const lang = parsed.searchParams.get("lang");
  const perspective = parsed.searchParams.get("perspective");
  if (lang === "en" || lang === "es") params.set("lang", lang);
  if ((perspective === "us" || perspective === "mx") && OPTION_KEYS[first.chart].includes("perspective"))
    params.set("perspective", perspective);
  if (slug) params.set("release", slug);
  if (first.figure) params.set("figure", first.figure);
  const result = parseEmbedOptions(first.chart, params);
  return result.ok ? result : notOurs;
}

/**
 * The rich response for a widget: its snippet at the consumer's maximum width and height, when given. `drawnHeight`:
 * the height of a chart of a release's other figures (claimedBarsHeight).
 */
export function oembedResponse(
  origin: string,
  w: AnyEmbedOptions,
  max: { maxwidth?: number; maxheight?: number },
  drawnHeight?: number | null,
): OembedRich {
  const width = Math.min(DEFAULT_WIDTH, max.maxwidth ?? DEFAULT_WIDTH);
  const height = Math.min(defaultHeight(w.chart, w.options.size, drawnHeight), max.maxheight ?? Infinity);
  return {
    version: "1.0",
    type: "rich",
    title: snippetTitle(w),
    provider_name: "Balanza",
    provider_url: `${origin}/`,
    cache_age: 3600,
    html: embedSnippet(origin, w, { width, height }),
    width,
    height,
  };
}
