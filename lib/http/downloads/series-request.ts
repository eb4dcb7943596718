import { z } from "zod";
import type { Dataset } from "../../data/dataset";
import { unknownPartner, type ApiError } from "../errors";
import type { Partner } from "../../data/schema";
import { seriesQuerySchema } from "../series-query";
import { bomParamSchema } from "../query-common";
import { parseSearchParams } from "../query-params";
import { getSeries, latestSeriesFile, seriesVintages, type Series } from "../../data/query-series";
import { langSchema, type Lang } from "../../data/release-schema";

export const SERIES_PARAMETERS = ["partner", "flow", "basis", "from", "to", "perspective", "vintage"] as const;
export const SERIES_ALLOWED: Record<string, readonly string[]> = {
  flow: ["exports", "imports", "balance"],
  basis: ["SA", "NSA"],
  perspective: ["us", "mx"],
  partner: ["MX", "CA", "CN", "a four-digit Census code"],
  from: ["YYYY-MM"],
  to: ["YYYY-MM"],
  vintage: ["YYYY-MM or YYYY-MM-DD, one of the vintages the series lists"],
};

/**
 * Output options beside the series query: `format` (on /api/series only), `bom` (CSV only) and `lang` (the language
 * of partner names in a CSV, XLSX or their metadata; default en).
 */
const outputSchema = z.object({
  format: z.enum(["json", "csv"]).default("json"),
  bom: bomParamSchema.optional(),
  lang: langSchema.optional(),
});
const OUTPUT_ALLOWED = { format: ["json", "csv"], bom: ["0", "1"], lang: ["es", "en"] };
export type SeriesOutput = "format" | "bom" | "lang";

export type SeriesRequest =
  | { ok: true; series: Series; partner: Partner; format: "json" | "csv"; bom: boolean; lang: Lang }
  | { ok: false; status: 400 | 404; error: ApiError };

/**
 * Reads a series request: which output options this endpoint takes (`format` on /api/series, `bom` where CSV
 * can be the answer), the series query, then whether there is data. A well-formed query with no data is a 404
 * that names the parameter to change and what would give data (the months or bases that exist), never an
 * empty 200: an empty file would read as "no trade", which is false.
 */
export function readSeriesRequest(
  ds: Dataset,
  params: URLSearchParams,
  options: { outputs: readonly SeriesOutput[]; csv: boolean },
): SeriesRequest {
  const outputParams = new URLSearchParams();
  const queryParams = new URLSearchParams();
  for (const [key, value] of params)
    ((options.outputs as readonly string[]).includes(key) ? outputParams : queryParams).append(key, value);

  const output = parseSearchParams(outputSchema, outputParams, options.outputs, OUTPUT_ALLOWED);
  if (!output.ok) return { ok: false, status: 400, error: output.error };
  const csv = options.csv || output.value.format === "csv";
  // An option of CSV downloads asked of JSON or XLSX.
  const csvOnly = (parameter: "bom" | "lang", what: string) => ({
    ok: false as const,
    status: 400 as const,
    error: {
      error: `Parameter "${parameter}" ${what}; add format=csv or leave it out.`,
      parameter,
      allowed: ["format=csv"],
    },
  });
  if (output.value.bom !== undefined && !csv) return csvOnly("bom", "applies to CSV only");
  if (output.value.lang !== undefined && !csv) return csvOnly("lang", "names partners in CSV downloads only");

  const parsed = parseSearchParams(
    seriesQuerySchema,
    queryParams,
    [...SERIES_PARAMETERS, ...options.outputs],
    SERIES_ALLOWED,
  );
  if (!parsed.ok) return { ok: false, status: 400, error: parsed.error };
  const query = parsed.value;
  const partner = ds.partners.get(query.partner);
  if (!partner) return unknownPartner(query.partner, SERIES_ALLOWED.partner);

  if (query.vintage) {
    const vintages = seriesVintages(ds, query.partner, query.basis);
    if (!vintages.includes(query.vintage))
      return {
        ok: false,
        status: 400,
        error: {
          error:
            `Unknown vintage "${query.vintage}" for partner ${query.partner}, ` +
            `${query.basis}; the vintages are ${vintages.join(", ") || "none"}.`,
          parameter: "vintage",
          allowed: vintages,
        },
      };
  }

  const series = getSeries(ds, query);
  if (series.points.length === 0) return { ok: false, status: 404, error: noDataError(ds, series) };
  return {
    ok: true,
    series,
    partner,
    format: csv ? "csv" : "json",
    bom: output.value.bom === "1",
    lang: output.value.lang ?? "en",
  };
}

function noDataError(ds: Dataset, series: Series): ApiError {
  const { query } = series;
  const whole = getSeries(ds, { ...query, from: undefined, to: undefined });
  const first = whole.points[0]?.period;
  const last = whole.points.at(-1)?.period;
  if (!first || !last) {
    const bases = (["SA", "NSA"] as const).filter(
      (basis) =>
        latestSeriesFile(ds, basis) &&
        getSeries(ds, { ...query, basis, from: undefined, to: undefined }).points.length > 0,
    );
    if (bases.length === 0)
      return {
        error: `No data for partner ${query.partner} on any basis.`,
        parameter: "partner",
        allowed: SERIES_ALLOWED.partner,
      };
    return { error: `No ${query.basis} data for partner ${query.partner}.`, parameter: "basis", allowed: bases };
  }
  const parameter = query.from && query.from > last ? "from" : "to";
  const asked = [query.from && `from ${query.from}`, query.to && `to ${query.to}`].filter(Boolean).join(" ");
  return {
    error: `No ${query.basis} data for partner ${query.partner} ${asked}; there is data from ${first} to ${last}.`,
    parameter,
    allowed: [`a month from ${first} to ${last}`],
  };
}
