import type { Lang } from "../i18n/format";
import type { ReleaseMeta } from "../data/release-schema";
import type { ChartSource } from "../views/types";
import { clientMessages } from "../i18n/client-messages";
import { releaseNameIn } from "./readable-names";

/**
 * An APA-like citation of a chart or a check: Balanza as author, no date of its own (the data's dates are the
 * release's and the vintages'), the title, the release, each source with its vintage, and the date accessed left
 * for the reader to fill in, then the permanent URL that shows the same view.
 */
export function citationLine(a: {
  title: string;
  release: Pick<ReleaseMeta, "issuerShort" | "number" | "date">;
  sources: ReadonlyArray<Pick<ChartSource, "publisher" | "title" | "vintage">>;
  url: string;
  lang: Lang;
}): string {
  const t = clientMessages(a.lang);
  const w = t.exportWords;
  const sources = a.sources.length ? a.sources.map(w.citationSource).join("; ") : t.releaseOwnFigures;
  return w.citation({ title: a.title, release: releaseNameIn(a.release, a.lang), sources, url: a.url });
}

/**
 * The permanent URL of a dashboard view: the release named in the path (so it keeps showing this release when newer
 * ones come), the view's query string, and the anchor of the chart or check.
 */
export function permalink(origin: string, slug: string, search: string, anchor: string): string {
  return `${origin}/releases/${encodeURIComponent(slug)}${search}#${anchor}`;
}

/**
 * How a citation printed on the page at `here` (its path) links to its permanent URL: by the fragment when the URL
 * names a part of this very page (the browser resolves it to the same address), else without the origin. A page of
 * many checks thus does not carry each absolute URL twice; the line itself keeps the absolute URL.
 */
export function citationHref(url: string, here: string): string {
  const { pathname, search, hash } = new URL(url);
  return pathname === here ? hash : pathname + search + hash;
}

/**
 * The words of a citation line before its URL, so that the URL can be the link itself (the line reads the same when
 * copied); a line that does not end with the URL is kept whole, the link following it.
 */
export function citationBeforeUrl(line: string, url: string): string {
  return line.endsWith(url) ? line.slice(0, -url.length) : `${line} `;
}
