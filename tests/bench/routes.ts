/** What `npm run bench` measures. Embed routes are added as the widget lands. */
export const SLUG = "2024-03-22-index-usa-539";

export const BENCH_PAGES: ReadonlyArray<{ path: string; kind: "dashboard" | "embed" }> = [{ path: "/", kind: "dashboard" }];

export const LOAD_ROUTES: readonly string[] = ["/", `/api/releases/${SLUG}/checks`, "/api/series?partner=MX&basis=SA"];
