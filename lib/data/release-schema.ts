import { z } from "zod";
import { LANGS } from "./vocabulary";
import { basisSchema, partnerCodeSchema, periodSchema, perspectiveSchema } from "./schema";

const bilingualSchema = z.object({ es: z.string().min(1), en: z.string().min(1) });
export type Bilingual = z.infer<typeof bilingualSchema>;
export { bilingualSchema };

/** The languages Balanza writes (and a release is written) in. */
export const langSchema = z.enum(LANGS);
export type Lang = z.infer<typeof langSchema>;

export const measureSchema = z.enum(["total", "exports", "imports", "balance", "rank"]);
export type Measure = z.infer<typeof measureSchema>;

/** Something the analyst decided that the release itself does not say (its period, its basis). */
export const attributionSchema = z.object({ inferred: z.boolean(), reason: bilingualSchema });

const moneyClaimSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The exact span of the release text that states the figure. */
  quote: z.string().min(1),
  measure: z.enum(["total", "exports", "imports", "balance"]),
  value: z.number().finite(),
  unit: z.literal("USD"),
  /** Multiplier of `value`: 1e6 for "mdd" and "millones de dólares". */
  scale: z.number().positive(),
  /** Step the figure is printed to, in units of `value` (1 for 39,874; 100 for 12,700). */
  precision: z.number().positive(),
  perspective: perspectiveSchema,
  partner: partnerCodeSchema,
  period: periodSchema,
  basis: basisSchema,
  periodAttribution: attributionSchema,
  basisAttribution: attributionSchema,
  /** What the figure is called in the release, for labels. */
  label: bilingualSchema,
});

const rankClaimSchema = moneyClaimSchema
  .omit({ measure: true, unit: true, scale: true, precision: true, basis: true, basisAttribution: true })
  .extend({
    measure: z.literal("rank"),
    unit: z.literal("rank"),
    /** The rank the words claim: "principales socios comerciales" read as first. */
    value: z.number().int().positive(),
    basis: basisSchema,
    basisAttribution: attributionSchema,
    valueAttribution: attributionSchema,
  });

export const claimSchema = z.discriminatedUnion("measure", [
  moneyClaimSchema.extend({ measure: z.literal("total") }),
  moneyClaimSchema.extend({ measure: z.literal("exports") }),
  moneyClaimSchema.extend({ measure: z.literal("imports") }),
  moneyClaimSchema.extend({ measure: z.literal("balance") }),
  rankClaimSchema,
]);
export type Claim = z.infer<typeof claimSchema>;
export type MoneyClaim = Exclude<Claim, { measure: "rank" }>;
export type RankClaim = Extract<Claim, { measure: "rank" }>;

/** A number in the text that is not a trade figure (a date, the release number). */
export const nonFigureSchema = z.object({ quote: z.string().min(1), reason: z.string().min(1) });

export const releaseMetaSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  issuer: z.string().min(1),
  issuerShort: z.string().min(1),
  number: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date written YYYY-MM-DD"),
  city: z.string().min(1),
  language: langSchema,
  title: z.string().min(1),
  textFile: z.string().min(1),
  /** Where the verbatim text came from. */
  sourceNote: z.string().min(1),
});

export const releaseFileSchema = z.object({
  meta: releaseMetaSchema,
  claims: z.array(claimSchema).min(1),
  nonFigures: z.array(nonFigureSchema),
});
export type ReleaseFile = z.infer<typeof releaseFileSchema>;
export type ReleaseMeta = z.infer<typeof releaseMetaSchema>;

export type Release = ReleaseFile & { text: string };
