import { readFileSync } from "node:fs";
import path from "node:path";
import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { readDataset } from "./lib/data/read-dataset";
import { manifestSchema } from "./lib/data/schema";
import { frontPageOf } from "./lib/data/front-page";
import { presetViewRewrites } from "./lib/http/preset-rewrites";
import { WIDGET_CSS_HASH } from "./lib/render/widget-css";
import { PAGE_CACHE_CONTROL } from "./lib/http/cache";

const DATA_DIR = process.env.BALANZA_DATA_DIR ?? "data";

/**
 * The release slugs there are. `next build` reads and validates all of data/ here, so it fails at once on bad data,
 * naming file, line and field. Any other phase (`next start`, `next dev`) reads only the manifest: the server reads
 * and validates the dataset itself when it starts (instrumentation.ts), and a second copy here, in the same process,
 * would double its memory. A manifest that does not parse is reported the same way, by the full read.
 */
function releaseSlugs(phase: string): { slugs: string[]; front: string } {
  if (phase === PHASE_PRODUCTION_BUILD) {
    const { releases } = readDataset(DATA_DIR);
    return { slugs: [...releases.keys()], front: frontPageOf(releases.values()) ?? "" };
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(path.join(DATA_DIR, "manifest.json"), "utf8"));
  } catch {
    manifest = undefined;
  }
  const parsed = manifestSchema.safeParse(manifest);
  // The front page's slug only matters to the rewrites, which `next build` writes into its routes manifest.
  return { slugs: parsed.success ? parsed.data.releases : [...readDataset(DATA_DIR).releases.keys()], front: "" };
}

const isDev = process.env.NODE_ENV === "development";
const csp = (directives: string[]) => directives.join("; ");

/**
 * Pages are hydrated by Next's inline scripts. Nonces would force every page to be rendered per request (the
 * prerendered 404 page included) and kept out of shared caches (Next's CSP guide), so script-src
 * allows 'unsafe-inline' there; everything else stays same-origin, and no page may be framed. (The dashboard itself is
 * rendered per request, for its query-string state.)
 */
const PAGE_CSP = csp([
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  // The dashboard's embed dialog previews the widget in a same-origin iframe.
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
]);

/**
 * The widget (/embed/*) is hand-built HTML with no inline script at all, so its policy is strict: scripts from
 * Balanza only, the one inline stylesheet by its hash, nothing fetched — and any site may frame it.
 */
const EMBED_CSP = csp([
  "default-src 'none'",
  "script-src 'self'",
  `style-src ${WIDGET_CSS_HASH}`,
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors *",
]);

const COMMON = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
];

/**
 * Dashboard pages (`/`, `/releases/{slug}` of a release there is) are rendered per request for the view in their query
 * string, but like the data they change only with a deploy: a CDN may keep each URL a day. Only the HTML document:
 * Next's client-navigation (RSC) requests, marked by their `rsc` header, vary by request headers that many CDNs do not
 * key on, so they keep Next's own no-store; an unknown release's 404 is not listed either.
 */
const PAGE_CACHE = {
  missing: [{ type: "header" as const, key: "rsc" }],
  headers: [{ key: "Cache-Control", value: PAGE_CACHE_CONTROL }],
};
/**
 * The RSC responses of the views generated at build time would be sent as static files, cacheable for a year: they
 * get the no-store Next gives those of pages rendered per request.
 */
const RSC_NO_STORE = {
  has: [{ type: "header" as const, key: "rsc" }],
  headers: [{ key: "Cache-Control", value: "private, no-cache, no-store, max-age=0, must-revalidate" }],
};
export default function nextConfig(phase: string): NextConfig {
  const { slugs: RELEASE_SLUGS, front } = releaseSlugs(phase);
  const DASHBOARD_PAGES = ["/", ...RELEASE_SLUGS.map((slug) => `/releases/${slug}`)];
  return {
    reactStrictMode: true,
    // The release slugs there are, for proxy.ts: an unknown one is sent to Next's own 404 for unmatched paths, which
    // (unlike notFound() in a page rendered per request, Next issue #62228) is in the server HTML.
    env: { BALANZA_RELEASE_SLUGS: RELEASE_SLUGS.join(",") },
    poweredByHeader: false,
    // Loaded by Node as they are, not bundled: resvg is a native addon (its binary ships in its npm package), and
    // exceljs reads its own files at run time.
    serverExternalPackages: ["@resvg/resvg-js", "exceljs"],
    // `/` and a release's page in a preset view are answered from the pages generated at build time (app/static-views).
    rewrites() {
      return Promise.resolve({ beforeFiles: presetViewRewrites(front), afterFiles: [], fallback: [] });
    },
    headers() {
      // Later entries override earlier ones for the same key: the widgets (/embed/{chart}) replace the page policy;
      // /embed itself (the gallery page with the Embed dialogs) is a page like any other.
      return Promise.resolve([
        { source: "/:path*", headers: [...COMMON, { key: "Content-Security-Policy", value: PAGE_CSP }] },
        // The legacy header too, for browsers without frame-ancestors; never on the widget.
        { source: "/((?!embed/).*)", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
        { source: "/embed/:chart+", headers: [{ key: "Content-Security-Policy", value: EMBED_CSP }] },
        { source: "/api/oembed", headers: [{ key: "Access-Control-Allow-Origin", value: "*" }] },
        ...DASHBOARD_PAGES.map((source) => ({ source, ...PAGE_CACHE })),
        ...DASHBOARD_PAGES.map((source) => ({ source, ...RSC_NO_STORE })),
      ]);
    },
  };
}
