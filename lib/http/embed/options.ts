import { z } from "zod";
import { basisSchema, periodSchema, perspectiveSchema } from "../../data/schema";
import { FROM_AFTER_TO_MESSAGE, FROM_NOT_AFTER_TO, fromNotAfterTo } from "../query-common";
import { langSchema, type Lang } from "../../data/release-schema";
import { EMBED_CHARTS, OPTION_KEYS, type EmbedChart } from "./chart-options";
import { RANGE_PRESETS } from "../../views/range";
import { readQuery, type QuerySchema } from "../read-query";

export { EMBED_CHARTS, type EmbedChart };
/**
 * The widgets Balanza can embed: the dashboard's four charts, the single-figure "verified number" card, how one
 * figure was revised, and the charts of a release's other figures (claimed-levels, claimed-growth, claimed-shares).
 */
export const embedChartSchema = z.enum(EMBED_CHARTS);

export const themeSchema = z.enum(["light", "dark", "auto"]);
/** How tall the chart is drawn: small, medium or large. */
export const sizeSchema = z.enum(["s", "m", "l"]);
/**
 * The figure of a release a card shows: a claim id of its release.json ("balance", "growth-2"…), checked against the
 * release by the renderer, which answers 400 with the release's own ids when there is no such claim.
 */
export const figureSchema = z.string().regex(/^[a-z0-9-]{1,40}$/, "a claim id of the release, e.g. balance");
const slugSchema = z.string().regex(/^[a-z0-9-]{1,80}$/, "a release slug such as 2024-03-22-index-usa-539");

export type EmbedSize = z.infer<typeof sizeSchema>;
export type EmbedTheme = z.infer<typeof themeSchema>;
export type EmbedFigure = z.infer<typeof figureSchema>;

const common = {
  lang: langSchema.default("es"),
  theme: themeSchema.default("auto"),
  size: sizeSchema.default("m"),
  /** Which release; the front page's (the newest whole release) when absent. Checked against the dataset by the route. */
  release: slugSchema.optional(),
};

/**
 * A custom range (from/to, either may be left open) or one of the dashboard's presets (range=12m|5y|all); from/to win.
 */
const range = { from: periodSchema.optional(), to: periodSchema.optional(), range: z.enum(RANGE_PRESETS).optional() };

/** The options each widget accepts. An option a widget does not use is refused, so a typo never passes silently. */
export const embedOptionSchemas = {
  "release-month": z.object({ ...common, perspective: perspectiveSchema.default("mx") }),
  bridge: z.object({ ...common, perspective: perspectiveSchema.default("mx") }),
  series: z
    .object({ ...common, ...range, perspective: perspectiveSchema.default("mx"), basis: basisSchema.default("SA") })
    .refine(fromNotAfterTo, FROM_NOT_AFTER_TO),
  // The rank's month is the release's (its rank claim) unless `period` picks another; from/to set its history.
  rank: z.object({ ...common, ...range, period: periodSchema.optional() }).refine(fromNotAfterTo, FROM_NOT_AFTER_TO),
  figure: z.object({ ...common, figure: figureSchema.default("balance") }),
  // How one figure of the release was revised: every vintage held, on its basis (or the one asked for).
  revisions: z.object({ ...common, figure: figureSchema.default("exports"), basis: basisSchema.optional() }),
  // The release's other figures of one kind, each as stated beside the official value it was checked against.
  // Seen from a side as the release-month chart is (restated where the release speaks from the other).
  "claimed-levels": z.object({ ...common, perspective: perspectiveSchema.default("mx") }),
  "claimed-growth": z.object({ ...common, perspective: perspectiveSchema.default("mx") }),
  "claimed-shares": z.object({ ...common, perspective: perspectiveSchema.default("mx") }),
} as const;

export type EmbedOptions<C extends EmbedChart = EmbedChart> = z.infer<(typeof embedOptionSchemas)[C]>;
export type AnyEmbedOptions = { [C in EmbedChart]: { chart: C; options: EmbedOptions<C> } }[EmbedChart];

/** What may be written for each option, for error messages and the embed dialog. */
export const OPTION_VALUES: Record<string, readonly string[]> = {
  lang: langSchema.options,
  theme: themeSchema.options,
  size: sizeSchema.options,
  perspective: perspectiveSchema.options,
  basis: basisSchema.options,
  figure: ["a claim id of the release (total, exports, imports, balance, rank, growth-2…)"],
  from: ["YYYY-MM"],
  to: ["YYYY-MM"],
  release: ["a release slug"],
  range: RANGE_PRESETS,
  period: ["YYYY-MM"],
};

export function optionKeys(chart: EmbedChart): readonly string[] {
  return OPTION_KEYS[chart];
}

/** Longest query string a widget accepts; anything longer is refused before it is parsed. */
export const MAX_QUERY_LENGTH = 512;
const MAX_KEY_SHOWN = 24;

export interface EmbedOptionError {
  status: 400 | 404;
  /** The option at fault (trimmed to a few characters, never the value a visitor sent). */
  parameter: string;
  problem: "unknown_chart" | "too_long" | "unknown_option" | "repeated_option" | "bad_value" | "from_after_to";
  /** What would have been accepted. */
  allowed: readonly string[];
  /** The language the error should be written in, when `lang` itself was valid. */
  lang?: Lang;
}

export type EmbedParseResult = { ok: true; value: AnyEmbedOptions } | { ok: false; error: EmbedOptionError };

/**
 * Validates a widget's chart and its query-string options. Every failure names the option and what is allowed
 * (status 404 for an unknown chart, 400 for anything else) and never carries the value sent.
 */
export function parseEmbedOptions(chart: string, params: URLSearchParams): EmbedParseResult {
  const langParam = langSchema.safeParse(params.get("lang"));
  const lang = langParam.success ? langParam.data : undefined;
  const chartResult = embedChartSchema.safeParse(chart);
  if (!chartResult.success)
    return {
      ok: false,
      error: { status: 404, parameter: "chart", problem: "unknown_chart", allowed: EMBED_CHARTS, lang },
    };
  const c = chartResult.data;
  const known = optionKeys(c);
  if (params.toString().length > MAX_QUERY_LENGTH)
    return {
      ok: false,
      error: {
        status: 400,
        parameter: "query",
        problem: "too_long",
        allowed: [`at most ${MAX_QUERY_LENGTH} characters`],
        lang,
      },
    };
  const schema: QuerySchema<EmbedOptions> = embedOptionSchemas[c];
  const read = readQuery(params, schema, { known });
  if (read.ok) return { ok: true, value: { chart: c, options: read.value } as AnyEmbedOptions };
  const p = read.problem;
  if (p.kind === "unknown")
    return {
      ok: false,
      error: { status: 400, parameter: p.key.slice(0, MAX_KEY_SHOWN), problem: "unknown_option", allowed: known, lang },
    };
  if (p.kind === "repeated")
    return {
      ok: false,
      error: { status: 400, parameter: p.key, problem: "repeated_option", allowed: OPTION_VALUES[p.key] ?? [], lang },
    };
  const parameter = p.key || "query";
  // The one rule across options (from after to) gets its own sentence, in the widget's language.
  if (p.issue?.code === "custom" && p.issue.message === FROM_AFTER_TO_MESSAGE)
    return { ok: false, error: { status: 400, parameter: "from", problem: "from_after_to", allowed: [], lang } };
  return {
    ok: false,
    error: { status: 400, parameter, problem: "bad_value", allowed: OPTION_VALUES[parameter] ?? [], lang },
  };
}
