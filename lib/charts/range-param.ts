import { z } from "zod";
import { periodSchema } from "../schema/dataset";
import { RANGE_PRESETS, type RangeSpec } from "./range";

/** `range` in the URL: "12m", "5y", "all" or "YYYY-MM..YYYY-MM". */
export const rangeParamSchema = z.union([
  z.enum(RANGE_PRESETS).transform((preset): RangeSpec => ({ preset })),
  z
    .string()
    .regex(/^\d{4}-\d{2}\.\.\d{4}-\d{2}$/, "12m, 5y, all or YYYY-MM..YYYY-MM")
    .transform((v) => v.split("..") as [string, string])
    .pipe(z.tuple([periodSchema, periodSchema]))
    .refine(([from, to]) => from <= to, "the first month must not be after the second")
    .transform(([from, to]): RangeSpec => ({ preset: "custom", from, to })),
]);

