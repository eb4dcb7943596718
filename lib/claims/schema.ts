import { z } from "zod";

const bilingual = z.object({ es: z.string(), en: z.string() });
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

export const verdictSchema = z.enum(["exact", "within_rounding", "revised", "mismatch", "unverified"]);

/** One number found in the text: a claim with its reading and verdict, or not a claim with why. */
export const checkedFigureSchema = z.object({
  quote: z.string(),
  /** UTF-16 offsets into the text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  claim: z.boolean(),
  why: z.string().optional(),
  kind: z.enum(["level", "change", "growth_pct", "share_pct", "rank"]).optional(),
  partner: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
  flow: z.enum(["us_exports", "us_imports", "balance", "total"]).optional(),
  /** Whose side the words are told from ("exportaciones mexicanas": Mexico's). */
  perspective: z.enum(["us", "mx"]).optional(),
  /** Signed from the US side: $M for money, percent points for growth and share, the position for a rank. */
  value: z.number().optional(),
  precision: z.number().positive().optional(),
  bound: z.enum(["lt", "gt"]).optional(),
  qualifier: z.literal("roughly").optional(),
  /** A rank read from words alone ("principal socio comercial"), not a written number. */
  fromWords: z.boolean().optional(),
  months: z.array(month).optional(),
  compareMonths: z.array(month).optional(),
  basis: z.enum(["SA", "NSA"]).optional(),
  periodStated: z.boolean().optional(),
  basisStated: z.boolean().optional(),
  /** Why each attribute the text does not state was chosen. */
  reasons: z
    .object({
      period: bilingual.optional(),
      basis: bilingual.optional(),
      flow: bilingual.optional(),
      partner: bilingual.optional(),
    })
    .optional(),
  verdict: verdictSchema.optional(),
  official: z.number().nullable().optional(),
  delta: z.number().nullable().optional(),
  tolerance: z.number().nonnegative().optional(),
  vintage: z.string().nullable().optional(),
  source: z.array(z.object({ id: z.string(), title: z.string(), url: z.string(), vintage: z.string() })).optional(),
  /** "truncated" where the outlet cuts rather than rounds. */
  rounding: z.enum(["rounded", "truncated"]).nullable().optional(),
  explanation: bilingual.optional(),
});
export type CheckedFigure = z.infer<typeof checkedFigureSchema>;

/** An identity among the text's own figures: total = exports + imports, balance = exports − imports, … */
export const identitySchema = z.object({
  formula: z.string(),
  /** Indexes into `figures`. */
  inputs: z.array(z.number().int().nonnegative()),
  result: z.number().int().nonnegative(),
  computed: z.number(),
  stated: z.number(),
  delta: z.number(),
  tolerance: z.number().nonnegative(),
  holds: z.boolean(),
  /** The figure that breaks it, when one can be singled out. */
  breaks: z.number().int().nonnegative().nullable(),
  explanation: bilingual,
});
export type TextIdentity = z.infer<typeof identitySchema>;

export const inferenceSchema = z.object({
  months: z.array(month).nullable(),
  basis: z.enum(["SA", "NSA"]).nullable(),
  score: z.number(),
  runnerUp: z
    .object({ months: z.array(month).nullable(), basis: z.enum(["SA", "NSA"]).nullable(), score: z.number() })
    .nullable(),
  reason: bilingual,
});

export const checkTextResultSchema = z.object({
  lang: z.enum(["es", "en"]),
  figures: z.array(checkedFigureSchema),
  identities: z.array(identitySchema),
  inference: inferenceSchema.nullable(),
});
export type CheckTextResult = z.infer<typeof checkTextResultSchema>;
