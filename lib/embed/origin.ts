/**
 * Balanza's public origin: BALANZA_ORIGIN when set (behind a proxy or CDN that rewrites the host), else the
 * origin the request came to. Used in snippets, oEmbed answers and to tell Balanza's URLs from others.
 */
export function publicOrigin(request: Request): string {
  const configured = process.env.BALANZA_ORIGIN;
  if (configured) return new URL(configured).origin;
  return new URL(request.url).origin;
}
