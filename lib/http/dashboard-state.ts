import { DEFAULT_RANGE, readRangeParam, rangeToParam, type RangeSpec } from "../views/range";
import type { Lang } from "../i18n/format";
import type { Basis, Perspective } from "../data/schema";

/** The dashboard's view state, all of it in the query string so a link reproduces the view. */
export interface DashboardState {
  lang: Lang;
  perspective: Perspective;
  basis: Basis;
  range: RangeSpec;
}

export const DEFAULT_STATE: DashboardState = { lang: "es", perspective: "mx", basis: "SA", range: DEFAULT_RANGE };

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;
const oneOf = <T extends string>(v: string | null | undefined, allowed: readonly T[]): T | undefined =>
  (allowed as readonly string[]).includes(v ?? "") ? (v as T) : undefined;

/**
 * Reads the view state from the query string (server page and browser alike, so both agree). A page never fails
 * on it: a missing or bad value gives the default (the JSON API is where a bad parameter gets a 400). `from` and
 * `to` (the custom-range form, which works without JavaScript) make a custom range.
 */
export function readDashboardState(get: (key: string) => string | null | undefined): DashboardState {
  let range = readRangeParam(get("range"));
  const from = get("from");
  const to = get("to");
  if (from && to && PERIOD.test(from) && PERIOD.test(to))
    range = from <= to ? { preset: "custom", from, to } : { preset: "custom", from: to, to: from };
  return {
    lang: oneOf(get("lang"), ["es", "en"] as const) ?? DEFAULT_STATE.lang,
    perspective: oneOf(get("perspective"), ["mx", "us"] as const) ?? DEFAULT_STATE.perspective,
    basis: oneOf(get("basis"), ["SA", "NSA"] as const) ?? DEFAULT_STATE.basis,
    range: range ?? DEFAULT_STATE.range,
  };
}

/** readDashboardState over a page's `searchParams` (a repeated key counts by its first value). */
export function parseDashboardState(params: Record<string, string | string[] | undefined>): DashboardState {
  return readDashboardState((k) => {
    const v = params[k];
    return Array.isArray(v) ? v[0] : v;
  });
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
