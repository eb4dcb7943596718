// The dataset's small vocabularies and the month rule as plain constants, with no zod: the server's schemas
// (lib/data/schema.ts, zod) and the browser's (zod/mini, a fraction of the bundle) are both built from these.

export const MEASURE_FLOWS = ["exports", "imports", "balance"] as const;
export const BASES = ["SA", "NSA"] as const;
export const PERSPECTIVES = ["us", "mx"] as const;
export const LANGS = ["es", "en"] as const;

/** A month, "YYYY-MM": the one rule every period (data, API, widget, dashboard URL) is read by. */
export const PERIOD_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
