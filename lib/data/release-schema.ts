import { z } from "zod";
import { LANGS } from "./vocabulary";
import { basisSchema, partnerCodeSchema, periodSchema, perspectiveSchema } from "./schema";

const bilingualSchema = z.object({ es: z.string().min(1), en: z.string().min(1) });
export type Bilingual = z.infer<typeof bilingualSchema>;
export { bilingualSchema };

/** The languages Balanza writes (and a release is written) in. */
export const langSchema = z.enum(LANGS);
export type Lang = z.infer<typeof langSchema>;

export const measureSchema = z.enum(["total", "exports", "imports", "balance", "rank", "change", "growth", "share"]);
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
  /** The claimed month; for a figure over a span of months (summed), the span's last month. */
  period: periodSchema,
  /** Every month a cumulative figure covers, in order ("de enero a julio de 2025"); absent for one month. */
  months: z.array(periodSchema).min(2).optional(),
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

/** The flow a change, growth or share is of, named from the claim's perspective as the money measures are. */
export const flowOfSchema = z.enum(["total", "exports", "imports", "balance"]);

/** A difference between two periods, in dollars as printed (scale, precision as for a level). */
const changeClaimSchema = moneyClaimSchema.omit({ measure: true }).extend({
  measure: z.literal("change"),
  flow: flowOfSchema,
  /** The period the claimed one is compared with. */
  compareMonths: z.array(periodSchema).min(1),
});

/** A percentage: growth between two periods, or a partner's share of a denominator's same flow. */
const percentClaimBase = moneyClaimSchema.omit({ measure: true, unit: true, scale: true, value: true }).extend({
  flow: flowOfSchema,
  unit: z.literal("percent"),
  /** Percent as printed (signed: a fall is negative); precision in percentage points. */
  value: z.number().finite(),
});
const growthClaimSchema = percentClaimBase.extend({
  measure: z.literal("growth"),
  compareMonths: z.array(periodSchema).min(1),
});
const shareClaimSchema = percentClaimBase.extend({
  measure: z.literal("share"),
  /** The denominator: the World total of the same flow (the only one the checker computes). */
  shareOf: z.literal("0015"),
});

export const claimSchema = z.discriminatedUnion("measure", [
  moneyClaimSchema.extend({ measure: z.literal("total") }),
  moneyClaimSchema.extend({ measure: z.literal("exports") }),
  moneyClaimSchema.extend({ measure: z.literal("imports") }),
  moneyClaimSchema.extend({ measure: z.literal("balance") }),
  rankClaimSchema,
  changeClaimSchema,
  growthClaimSchema,
  shareClaimSchema,
]);
export type Claim = z.infer<typeof claimSchema>;
/** A level: a flow's value in one month or summed over a span. */
export type MoneyClaim = Extract<Claim, { measure: "total" | "exports" | "imports" | "balance" }>;
export type RankClaim = Extract<Claim, { measure: "rank" }>;
export type ChangeClaim = Extract<Claim, { measure: "change" }>;
export type GrowthClaim = Extract<Claim, { measure: "growth" }>;
export type ShareClaim = Extract<Claim, { measure: "share" }>;
/** A claim compared between two periods or with a denominator: checked by the claim engine's checker. */
export type RelativeClaim = ChangeClaim | GrowthClaim | ShareClaim;

export const isMoneyClaim = (c: Claim): c is MoneyClaim =>
  c.measure === "total" || c.measure === "exports" || c.measure === "imports" || c.measure === "balance";
export const isRelativeClaim = (c: Claim): c is RelativeClaim =>
  c.measure === "change" || c.measure === "growth" || c.measure === "share";
/** Every month a claim covers. */
export const claimMonths = (c: Claim): string[] => ("months" in c && c.months ? c.months : [c.period]);

/** A number in the text that is not a trade figure (a date, the release number). */
export const nonFigureSchema = z.object({ quote: z.string().min(1), reason: z.string().min(1) });

export const releaseMetaSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  issuer: z.string().min(1),
  issuerShort: z.string().min(1),
  number: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date written YYYY-MM-DD"),
  /** "month" where only the month of publication is known: `date` is then its 28th, as the claim engine reads it. */
  datePrecision: z.enum(["day", "month"]).default("day"),
  city: z.string().min(1),
  language: langSchema,
  title: z.string().min(1),
  textFile: z.string().min(1),
  /** Where the verbatim text came from. */
  sourceNote: z.string().min(1),
  /** The original's address, where it is online. */
  url: z.url().optional(),
  /** Who speaks: a government, a business chamber, the press. */
  sourceType: z.enum(["us_government", "mx_government", "chamber", "news"]).default("chamber"),
  /** The text holds only the sentences with figures (a news excerpt), not the whole original. */
  excerpt: z.boolean().default(false),
  /** A copy taken from another publisher, not the issuer's own. */
  secondaryCopy: z.boolean().default(false),
  /** The outlet cuts figures rather than rounding them (Mexican press levels often do). */
  truncates: z.boolean().default(false),
});

export const releaseFileSchema = z.object({
  meta: releaseMetaSchema,
  claims: z.array(claimSchema).min(1),
  nonFigures: z.array(nonFigureSchema),
});
export type ReleaseFile = z.infer<typeof releaseFileSchema>;
export type ReleaseMeta = z.infer<typeof releaseMetaSchema>;

export type Release = ReleaseFile & { text: string };

/** The publication date as known: the day, or the month alone where only the month is known. */
export const shownDate = (meta: Pick<ReleaseMeta, "date" | "datePrecision">): string =>
  meta.datePrecision === "month" ? meta.date.slice(0, 7) : meta.date;
