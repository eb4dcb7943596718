import { z } from "zod";
import { basisSchema, measureFlowSchema, periodSchema } from "../data/schema";
import { partnerParamSchema } from "./series-query";

/** GET /api/revisions: one month of one series. Every parameter is needed: a history is of one figure. */
export const revisionsQuerySchema = z.object({
  partner: partnerParamSchema,
  flow: z.union([measureFlowSchema, z.literal("total")]),
  basis: basisSchema,
  period: periodSchema,
});
export type RevisionsQuery = z.infer<typeof revisionsQuerySchema>;

export const REVISIONS_PARAMETERS = ["partner", "flow", "basis", "period"] as const;
export const REVISIONS_ALLOWED: Record<string, readonly string[]> = {
  partner: ["MX", "CA", "CN", "a four-digit Census code"],
  flow: ["exports", "imports", "balance", "total"],
  basis: ["SA", "NSA"],
  period: ["YYYY-MM"],
};
