/**
 * The rewrites (next.config.ts) that answer `/` and `/releases/{slug}` from the dashboard views generated at build time
 * (app/static-views) when the query string asks for a preset view: language × perspective, with the default basis and
 * range. They read the query as the page does (lib/http/dashboard-state.ts): `lang=en` is English and anything else
 * Spanish, `perspective=us` the US side and anything else Mexico's, a repeated key counts by its last value (as
 * Next's rewrite conditions read it), keys the page ignores are ignored. A basis, range, from or to — even a default
 * written out — goes on to the page rendered per request, so the two can never disagree.
 */
interface Rewrite {
  source: string;
  destination: string;
  has?: { type: "query"; key: string; value: string }[];
  missing: { type: "query"; key: string }[];
}

const PER_REQUEST_KEYS = ["basis", "range", "from", "to"];
const is = (key: string, value: string) => ({ type: "query" as const, key, value });

/** Most specific first: Next takes the first rewrite whose conditions hold. */
const VIEWS = [
  { view: "en-us", has: [is("lang", "en"), is("perspective", "us")] },
  { view: "en-mx", has: [is("lang", "en")] },
  { view: "es-us", has: [is("perspective", "us")] },
  { view: "es-mx", has: [] },
];

/** A release slug (lib/http/embed/options.ts): the library's own files under /releases/ (feed.xml) have a dot. */
const SLUG = ":slug([a-z0-9-]{1,80})";

export function presetViewRewrites(frontSlug: string | undefined): Rewrite[] {
  const missing = PER_REQUEST_KEYS.map((key) => ({ type: "query" as const, key }));
  const rules = (source: string, destination: (view: string) => string) =>
    VIEWS.map(({ view, has }) => ({ source, destination: destination(view), ...(has.length ? { has } : {}), missing }));
  return [
    ...(frontSlug ? rules("/", (view) => `/static-views/${frontSlug}/front-${view}`) : []),
    ...rules(`/releases/${SLUG}`, (view) => `/static-views/:slug/${view}`),
  ];
}
