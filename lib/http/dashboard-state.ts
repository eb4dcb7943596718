import { DEFAULT_RANGE, readRangeParam, rangeToParam, type RangeSpec } from "../views/range";
import type { Lang } from "../i18n/format";
import type { Basis, Perspective } from "../data/schema";
import * as z from "zod/mini";
import { BASES, LANGS, PERIOD_PATTERN, PERSPECTIVES } from "../data/vocabulary";
import { readQuery, type QueryInput } from "./read-query";

/** The dashboard's view state, all of it in the query string so a link reproduces the view. */
export interface DashboardState {
  lang: Lang;
  perspective: Perspective;
  basis: Basis;
  range: RangeSpec;
}

export const DEFAULT_STATE: DashboardState = { lang: "es", perspective: "mx", basis: "SA", range: DEFAULT_RANGE };
const QUERY_KEYS = ["lang", "perspective", "basis", "range", "from", "to"];

// zod/mini, not zod: the browser reads the state too. Every key falls back to its default on its own.
const month = z.catch(z.optional(z.string().check(z.regex(PERIOD_PATTERN))), undefined);
const dashboardQuerySchema = z.object({
  lang: z.catch(z.enum(LANGS), DEFAULT_STATE.lang),
  perspective: z.catch(z.enum(PERSPECTIVES), DEFAULT_STATE.perspective),
  basis: z.catch(z.enum(BASES), DEFAULT_STATE.basis),
  range: z.catch(z.optional(z.string()), undefined),
  from: month,
  to: month,
});

/**
 * Reads the view state from the query string (server page and browser alike, so both agree) with readQuery, the
 * reader the API and the widget use. A page never fails on it: a missing or bad value gives the default, an unknown
 * key is ignored and a repeated key counts by its first value (the JSON API is where a bad parameter gets a 400).
 * `from` and `to` (the custom-range form, which works without JavaScript) make a custom range.
 */
export function readDashboardState(params: QueryInput): DashboardState {
  const read = readQuery(params, dashboardQuerySchema, { known: QUERY_KEYS, unknown: "ignore", repeated: "first" });
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
