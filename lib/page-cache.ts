import { DATA_CACHE_CONTROL } from "./http-cache";

const DASHBOARD_PATH = /^\/(?:releases\/[^/]+\/?)?$/;

/**
 * The Cache-Control of a dashboard page (`/`, `/releases/{slug}`): like the data, it changes only with a deploy, so a
 * CDN may keep each URL (query string included: it holds the view) for a day, as the data endpoints allow. Only the
 * HTML document: Next's RSC requests for client navigation vary by request headers that many CDNs do not key on, so
 * they keep Next's own no-store. Null: leave Next's header as it is.
 */
export function pageCacheControl(pathname: string, isRscRequest: boolean): string | null {
  return !isRscRequest && DASHBOARD_PATH.test(pathname) ? DATA_CACHE_CONTROL : null;
}
