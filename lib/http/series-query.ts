import { z } from "zod";
import { basisSchema, measureFlowSchema, periodSchema, perspectiveSchema, vintageSchema } from "../data/schema";
import { FROM_NOT_AFTER_TO, fromNotAfterTo } from "./query-common";

/** Short names readers use for the three partners Balanza follows; any four-digit Census code works too. */
export const PARTNER_ALIASES = { MX: "2010", CA: "1220", CN: "5700" } as const;

export const partnerParamSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((v) => v in PARTNER_ALIASES || /^\d{4}$/.test(v), {
    message: "MX, CA, CN or a four-digit Census country code",
  })
  .transform((v) => (PARTNER_ALIASES as Record<string, string>)[v] ?? v);

/**
 * What a reader may ask of a series: partner, flows, basis, months and perspective. Defaults: Mexico,
 * every flow, SA, all months, the US (Census) perspective. `perspective=mx` names flows from Mexico's side
 * and applies to partner MX only.
 */
export const seriesQuerySchema = z
  .object({
    partner: partnerParamSchema.default("2010"),
    flow: measureFlowSchema.optional(),
    basis: basisSchema.default("SA"),
    from: periodSchema.optional(),
    to: periodSchema.optional(),
    perspective: perspectiveSchema.default("us"),
    /** One vintage only (its own months, nothing from others); by default each month's latest vintage. */
    vintage: vintageSchema.optional(),
  })
  .refine(fromNotAfterTo, FROM_NOT_AFTER_TO)
  .refine((q) => q.perspective === "us" || q.partner === "2010", {
    message: "perspective mx applies to partner MX (2010) only",
    path: ["perspective"],
  });
export type SeriesQuery = z.infer<typeof seriesQuerySchema>;
