/** What `npm run bench` measures: the dashboard and every embed widget (default options). */
export const SLUG = "2024-03-22-index-usa-539";

export const BENCH_PAGES: ReadonlyArray<{ path: string; kind: "dashboard" | "embed" }> = [
  { path: "/", kind: "dashboard" },
  { path: "/embed/figure", kind: "embed" },
  { path: "/embed/release-month", kind: "embed" },
  { path: "/embed/bridge", kind: "embed" },
  { path: "/embed/series", kind: "embed" },
  { path: "/embed/rank", kind: "embed" },
];

// The series CSV, the checks JSON, an embed page and the dashboard (issue 6).
export const LOAD_ROUTES: readonly string[] = [
  "/api/series.csv?partner=MX&basis=SA",
  `/api/releases/${SLUG}/checks`,
  "/embed/bridge",
  "/",
];

/**
 * The claim engine over HTTP (issue 10): POST /api/check on release 539's own text, beside the checks JSON that the
 * curated release.json gives, one connection each, so latency is the server's time per request.
 */
export const ENGINE_ROUTES = {
  check: "/api/check",
  checksJson: `/api/releases/${SLUG}/checks`,
  releaseText: `data/releases/${SLUG}/release.md`,
  date: "2024-03-22",
} as const;
