import { DEFAULT_RANGE, readRangeParam, rangeToParam, type RangeSpec } from "../views/range";
import type { Lang } from "../i18n/format";
import type { Basis, Perspective } from "../data/schema";
import { BASES, LANGS, PERIOD_PATTERN, PERSPECTIVES } from "../data/vocabulary";
import { readQuery, type QueryInput, type QuerySchema } from "./read-query";

/** The dashboard's view state, all of it in the query string so a link reproduces the view. */
export interface DashboardState {
  lang: Lang;
  perspective: Perspective;
  basis: Basis;
  range: RangeSpec;
}

export const DEFAULT_STATE: DashboardState = { lang: "es", perspective: "mx", basis: "SA", range: DEFAULT_RANGE };
const QUERY_KEYS = ["lang", "perspective", "basis", "range", "from", "to"];

interface DashboardQuery {
  lang: Lang;
  perspective: Perspective;
  basis: Basis;
  range: string | undefined;
  from: string | undefined;
  to: string | undefined;
}

// Written out rather than zod: the browser reads the state too, and zod would be its largest script after React's.
// Every key falls back to its default on its own, so the schema never fails.
const oneOf = <T extends string>(allowed: readonly T[], value: unknown, fallback: T): T =>
  (allowed as readonly unknown[]).includes(value) ? (value as T) : fallback;
const month = (value: unknown) => (typeof value === "string" && PERIOD_PATTERN.test(value) ? value : undefined);
const dashboardQuerySchema: QuerySchema<DashboardQuery> = {
  safeParse(data) {
    const q = (data ?? {}) as Record<string, unknown>;
    return {
      success: true,
      data: {
        lang: oneOf(LANGS, q.lang, DEFAULT_STATE.lang),
        perspective: oneOf(PERSPECTIVES, q.perspective, DEFAULT_STATE.perspective),
        basis: oneOf(BASES, q.basis, DEFAULT_STATE.basis),
        range: typeof q.range === "string" ? q.range : undefined,
        from: month(q.from),
        to: month(q.to),
      },
    };
  },
};

/**
 * Reads the view state from the query string (server page and browser alike, so both agree) with readQuery, the
 * reader the API and the widget use. A page never fails on it: a missing or bad value gives the default, an unknown
 * key is ignored and a repeated key counts by its last value (as the rewrites to the prerendered views read it) (the JSON API is where a bad parameter gets a 400).
 * `from` and `to` (the custom-range form, which works without JavaScript) make a custom range.
 */
export function readDashboardState(params: QueryInput): DashboardState {
  const read = readQuery(params, dashboardQuerySchema, { known: QUERY_KEYS, unknown: "ignore", repeated: "last" });
  // Each key catches its own bad value, so the schema never fails; the defaults stand for the impossible case.
  const q = read.ok ? read.value : { ...DEFAULT_STATE, range: undefined, from: undefined, to: undefined };
  const { from, to } = q;
  const range: RangeSpec | null =
    from && to
      ? from <= to
        ? { preset: "custom", from, to }
        : { preset: "custom", from: to, to: from }
      : readRangeParam(q.range);
  return { lang: q.lang, perspective: q.perspective, basis: q.basis, range: range ?? DEFAULT_STATE.range };
}

/** readDashboardState over a page's `searchParams`. */
export function parseDashboardState(params: Record<string, string | string[] | undefined>): DashboardState {
  return readDashboardState(params);
}

/** The query string of a state, leaving out defaults: "?lang=en&range=12m" ("" for the default view). */
export function stateToSearch(state: DashboardState): string {
  const p = new URLSearchParams();
  if (state.lang !== DEFAULT_STATE.lang) p.set("lang", state.lang);
  if (state.perspective !== DEFAULT_STATE.perspective) p.set("perspective", state.perspective);
  if (state.basis !== DEFAULT_STATE.basis) p.set("basis", state.basis);
  const range = rangeToParam(state.range);
  if (range !== rangeToParam(DEFAULT_STATE.range)) p.set("range", range);
  const s = p.toString();
  return s ? `?${s}` : "";
}

/**
 * The views generated at build time: the default one and each language × perspective (the header's links). Written
 * "es-mx", "en-us"…; the other views (basis, range) are rendered per request.
 */
export const PRESET_VIEWS = LANGS.flatMap((lang) => PERSPECTIVES.map((perspective) => `${lang}-${perspective}`));

/** The state of a preset view key, or null for a key that names none. */
export function presetViewState(key: string): DashboardState | null {
  const [lang, perspective] = key.split("-");
  if (!PRESET_VIEWS.includes(key) || !lang || !perspective) return null;
  return { ...DEFAULT_STATE, lang: lang as Lang, perspective: perspective as Perspective };
}
