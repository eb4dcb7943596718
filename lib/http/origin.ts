/**
 * Balanza's public origin: BALANZA_ORIGIN when set (behind a proxy or CDN), else the scheme and Host the request
 * came with (Next's request.url names "localhost" even when the server listens on 127.0.0.1). Used in snippets,
 * oEmbed answers and to tell Balanza's URLs from others.
 */
export function publicOrigin(request: Request): string {
  return originFromHeaders(request.headers, request.url);
}

/** The same, from a request's headers alone (server components see headers, not the Request). */
export function originFromHeaders(headers: Headers, requestUrl = "http://localhost/"): string {
  const configured = process.env.BALANZA_ORIGIN;
  if (configured) return new URL(configured).origin;
  const url = new URL(requestUrl);
  const host = headers.get("host");
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || url.protocol.replace(":", "");
  try {
    return host && /^https?$/.test(proto) ? new URL(`${proto}://${host}`).origin : url.origin;
  } catch {
    return url.origin;
  }
}

/** Where a fresh clone's `npm start` serves the dashboard (README), the origin of pages built without BALANZA_ORIGIN. */
export const LOCAL_ORIGIN = "http://localhost:3000";

/**
 * The origin pages generated at build time name in their permalinks, citations and oEmbed links: BALANZA_ORIGIN as
 * set for `next build`, else the one `npm start` serves on.
 */
export function buildOrigin(): string {
  const configured = process.env.BALANZA_ORIGIN;
  return configured ? new URL(configured).origin : LOCAL_ORIGIN;
}
