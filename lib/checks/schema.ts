import { z } from "zod";
import { basisSchema, partnerCodeSchema, periodSchema, perspectiveSchema } from "../data/schema";
import { attributionSchema, bilingualSchema, measureSchema, releaseMetaSchema } from "../data/release-schema";

export const checkStatusSchema = z.enum(["exact", "within_rounding", "revised", "mismatch", "unverified"]);
export type CheckStatus = z.infer<typeof checkStatusSchema>;

export const checkSourceSchema = z.object({
  id: z.string(),
  publisher: z.string(),
  title: z.string(),
  url: z.url(),
  vintage: z.string(),
  basis: basisSchema,
});
export type CheckSource = z.infer<typeof checkSourceSchema>;

export const rankingRowSchema = z.object({
  rank: z.number().int().positive(),
  partner: partnerCodeSchema,
  name: bilingualSchema,
  exports: z.number(),
  imports: z.number(),
  total: z.number(),
});
export type RankingRow = z.infer<typeof rankingRowSchema>;

/** The result of checking one claim against official data, or one identity among a release's own figures. */
export const checkResultSchema = z.object({
  id: z.string(),
  kind: z.enum(["identity", "claim"]),
  /** The claim this result is about (for identities, the claim the identity recomputes). */
  claimId: z.string(),
  measure: measureSchema,
  label: bilingualSchema,
  quote: z.string(),
  /** For identities: the arithmetic, e.g. "39,874 − 27,210". */
  formula: z.string().optional(),
  inputs: z.array(z.string()),
  unit: z.enum(["musd", "rank", "percent"]),
  reported: z.number(),
  /** The official value (claims) or the value the release's own figures give (identities); null if none. */
  computed: z.number().nullable(),
  /** reported − computed, in `unit`. */
  delta: z.number().nullable(),
  /** Half a unit of the claim's printed precision, in `unit`: the largest delta rounding explains. */
  tolerance: z.number().nonnegative(),
  status: checkStatusSchema,
  partner: partnerCodeSchema,
  period: periodSchema,
  /** Every month the claim covers, where it is a span (summed); for a change or growth, the period compared too. */
  months: z.array(periodSchema).optional(),
  compareMonths: z.array(periodSchema).optional(),
  /** The flow a change, growth or share is of, named from `perspective`. */
  flow: z.enum(["total", "exports", "imports", "balance"]).optional(),
  /** A share's denominator (0015: the World) and its official value, with the partner's, in $M. */
  shareOf: partnerCodeSchema.optional(),
  /** The official levels a change, growth or share compares (this period, the other or the denominator), in $M. */
  levels: z.object({ now: z.number(), then: z.number() }).optional(),
  perspective: perspectiveSchema,
  basis: basisSchema.nullable(),
  vintage: z.string().nullable(),
  vintageChoice: z.enum(["before_release", "latest_after_release", "release_itself", "none"]),
  sources: z.array(checkSourceSchema),
  explanation: bilingualSchema,
  attribution: z.object({ period: attributionSchema, basis: attributionSchema, value: attributionSchema.optional() }),
  ranking: z.array(rankingRowSchema).optional(),
  /**
   * Money claims compared with a vintage published after the release: the most revisions of that kind have been seen
   * to move the figure (lib/checks/revision-stats.ts), which decides revised against mismatch.
   */
  revision: z
    .object({
      measure: z.literal("largest"),
      musd: z.number().nonnegative(),
      groups: z.array(
        z.object({
          flow: z.enum(["exports", "imports"]),
          partner: z.string(),
          pairs: z.number().int(),
          revised: z.number().int(),
          maxPercent: z.number(),
          p95Percent: z.number(),
          medianRevisedPercent: z.number().nullable(),
        }),
      ),
    })
    .optional(),
});
export type CheckResult = z.infer<typeof checkResultSchema>;

export const checksSummarySchema = z.object({
  claims: z.number().int(),
  claimsConsistent: z.number().int(),
  claimsRevised: z.number().int(),
  claimsMismatch: z.number().int(),
  claimsUnverified: z.number().int(),
  identities: z.number().int(),
  identitiesConsistent: z.number().int(),
  text: bilingualSchema,
});
export type ChecksSummary = z.infer<typeof checksSummarySchema>;

export const checksReportSchema = z.object({
  release: releaseMetaSchema,
  summary: checksSummarySchema,
  results: z.array(checkResultSchema),
});
export type ChecksReport = z.infer<typeof checksReportSchema>;
