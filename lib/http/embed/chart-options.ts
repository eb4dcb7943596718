/**
 * The widgets and their options as plain constants, for code that runs in the browser (the Embed dialog builds
 * URLs and snippets with these, without shipping zod); lib/http/embed/options.ts validates with zod, and a unit test
 * keeps the two in step.
 */
export const EMBED_CHARTS = [
  "release-month",
  "bridge",
  "series",
  "rank",
  "figure",
  "revisions",
  "claimed-levels",
  "claimed-growth",
  "claimed-shares",
] as const;
export type EmbedChart = (typeof EMBED_CHARTS)[number];

const COMMON = ["lang", "theme", "size", "release"] as const;

/** Every option each widget accepts, in the order canonical URLs list them. */
export const OPTION_KEYS: Record<EmbedChart, readonly string[]> = {
  "release-month": [...COMMON, "perspective"],
  bridge: [...COMMON, "perspective"],
  series: [...COMMON, "from", "to", "range", "perspective", "basis"],
  rank: [...COMMON, "from", "to", "range", "period"],
  figure: [...COMMON, "figure"],
  revisions: [...COMMON, "figure", "basis"],
  // The release's other figures (levels over spans, growth rates, shares), seen from a side.
  "claimed-levels": [...COMMON, "perspective"],
  "claimed-growth": [...COMMON, "perspective"],
  "claimed-shares": [...COMMON, "perspective"],
};

const COMMON_DEFAULTS = { lang: "es", theme: "auto", size: "m" } as const;

/** The value an option has when the URL leaves it out. */
export const OPTION_DEFAULTS: Record<EmbedChart, Readonly<Record<string, string>>> = {
  "release-month": { ...COMMON_DEFAULTS, perspective: "mx" },
  bridge: { ...COMMON_DEFAULTS, perspective: "mx" },
  series: { ...COMMON_DEFAULTS, perspective: "mx", basis: "SA" },
  rank: { ...COMMON_DEFAULTS },
  figure: { ...COMMON_DEFAULTS, figure: "balance" },
  // basis: the one the check attributes to the figure, unless asked.
  revisions: { ...COMMON_DEFAULTS, figure: "exports" },
  "claimed-levels": { ...COMMON_DEFAULTS, perspective: "mx" },
  "claimed-growth": { ...COMMON_DEFAULTS, perspective: "mx" },
  "claimed-shares": { ...COMMON_DEFAULTS, perspective: "mx" },
};
