import { readFileSync } from "node:fs";
import path from "node:path";

/** What `npm run bench` measures: the dashboard (`/` and every release page), every embed widget (default options). */

/** Every release of data/manifest.json (others add releases: never a hard-coded list). */
export function releaseSlugs(dataDir = process.env.BALANZA_DATA_DIR ?? "data"): string[] {
  const manifest = JSON.parse(readFileSync(path.join(dataDir, "manifest.json"), "utf8")) as { releases?: unknown };
  const slugs = Array.isArray(manifest.releases) ? manifest.releases.filter((s) => typeof s === "string") : [];
  if (slugs.length === 0) throw new Error(`${dataDir}/manifest.json lists no releases`);
  return slugs;
}

export type PageKind = "dashboard" | "embed";

export function benchPages(slugs: readonly string[]): ReadonlyArray<{ path: string; kind: PageKind }> {
  return [
    { path: "/", kind: "dashboard" },
    ...slugs.map((slug) => ({ path: `/releases/${slug}`, kind: "dashboard" as const })),
    ...["figure", "release-month", "bridge", "series", "rank"].map((chart) => ({
      path: `/embed/${chart}`,
      kind: "embed" as const,
    })),
  ];
}

/**
 * A genuinely static route of the app (○ in the `next build` output, checked in .next/prerender-manifest.json by the
 * bench): Next serves its prerendered body from its cache, so its req/s is what Next itself can do on this machine.
 * `/` must be served at at least half of it (issue 13).
 */
export const STATIC_REFERENCE = "/api/revisions/stats";

/**
 * Loaded under 50 connections, each beside a bare node:http server sending the same bytes: the static reference,
 * `/`, every release page, the series CSV, the checks JSON and a widget (issues 6 and 13).
 */
export function loadRoutes(slugs: readonly string[]): string[] {
  const [first] = slugs;
  return [
    STATIC_REFERENCE,
    "/",
    ...slugs.map((slug) => `/releases/${slug}`),
    "/api/series.csv?partner=MX&basis=SA",
    ...(first ? [`/api/releases/${first}/checks`] : []),
    "/embed/bridge",
  ];
}

/**
 * The claim engine over HTTP (issue 10): POST /api/check on a release's own text (its release.json's meta.textFile and
 * meta.date), beside the checks JSON that the curated release.json gives, one connection each, so latency is the
 * server's time per request.
 */
export function engineRoutes(slug: string, dataDir = process.env.BALANZA_DATA_DIR ?? "data") {
  const json = JSON.parse(readFileSync(path.join(dataDir, "releases", slug, "release.json"), "utf8")) as {
    meta: { date: string; textFile?: string };
  };
  return {
    check: "/api/check",
    checksJson: `/api/releases/${slug}/checks`,
    releaseText: path.join(dataDir, "releases", slug, json.meta.textFile ?? "release.md"),
    date: json.meta.date,
  } as const;
}
