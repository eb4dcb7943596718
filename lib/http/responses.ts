import * as z from "zod/mini";
import { BASES, MEASURE_FLOWS, PERIOD_PATTERN } from "../data/vocabulary";

// What the browser reads from the JSON API, as zod/mini schemas: the client parses every answer with these (a
// changed or broken answer is a clear error, never a wrong chart), and the types are inferred from them. zod/mini,
// not zod: about 6 KB gzipped in the client bundle against about 60 KB (measured with esbuild, minified).

const monthSchema = z.string().check(z.regex(PERIOD_PATTERN));

/** One source a chart draws from: who published it, which vintage, on which basis. */
export const chartSourceSchema = z.object({
  publisher: z.string(),
  title: z.string(),
  url: z.string(),
  vintage: z.string(),
  basis: z.enum(BASES),
});

/**
 * What the browser keeps of GET /api/series: the numbers the chart draws, each value's vintage, and the sources
 * those vintages come from (other keys dropped).
 */
export const seriesWireSchema = z.object({
  sources: z.array(chartSourceSchema),
  points: z.array(
    z.object({ period: monthSchema, flow: z.enum(MEASURE_FLOWS), value: z.number(), vintage: z.string() }),
  ),
});
export type SeriesWire = z.infer<typeof seriesWireSchema>;

/** One month of the rank history: each followed partner's rank (null where it has no data that month). */
export const rankHistoryRowSchema = z.object({
  period: monthSchema,
  ranks: z.record(z.string(), z.nullable(z.number())),
  isReleaseMonth: z.boolean(),
});
export type RankHistoryRow = z.infer<typeof rankHistoryRowSchema>;

/** GET /api/releases/{slug}/ranks. */
export const ranksResponseSchema = z.object({ rows: z.array(rankHistoryRowSchema) });
export type RanksResponse = z.infer<typeof ranksResponseSchema>;
