import { z } from "zod";
import { BASES, MEASURE_FLOWS, PERIOD_PATTERN, PERSPECTIVES } from "./vocabulary";

/** Census country code, four digits ("2010" = Mexico). Codes below 1000 are aggregates (World, EU, USMCA…). */
export const partnerCodeSchema = z.string().regex(/^\d{4}$/, "a four-digit Census country code such as 2010");
export type PartnerCode = z.infer<typeof partnerCodeSchema>;

/** Census codes below 1000 are aggregates (World 0015, EU 0003, USMCA…), never countries: ranks leave them out. */
export function isCountryCode(code: string): boolean {
  return Number(code) >= 1000;
}

/** Flows as Census publishes them, seen from the reporter (the US). */
export const flowSchema = z.enum(["exports", "imports"]);
export type Flow = z.infer<typeof flowSchema>;

/** Flows a reader can ask for; `balance` is always computed (exports − imports). */
export const measureFlowSchema = z.enum(MEASURE_FLOWS);
export type MeasureFlow = z.infer<typeof measureFlowSchema>;

export const basisSchema = z.enum(BASES);
export type Basis = z.infer<typeof basisSchema>;

/** Whose side the words "exports" and "imports" are told from: the US (Census) or Mexico (the release). */
export const perspectiveSchema = z.enum(PERSPECTIVES);
export type Perspective = z.infer<typeof perspectiveSchema>;

export const periodSchema = z.string().regex(PERIOD_PATTERN, "a month written YYYY-MM, e.g. 2024-01");
export type Period = z.infer<typeof periodSchema>;

/** A vintage is the date (or month) the figures were published: "2025-04" or "2024-03-07". */
export const vintageSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, "a publication month YYYY-MM or date YYYY-MM-DD");
export type Vintage = z.infer<typeof vintageSchema>;

export const sourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  publisher: z.string().min(1),
  title: z.string().min(1),
  url: z.url(),
  /** Where the copy we converted came from, when it is not the publisher's own file. */
  copyUrl: z.url().optional(),
  vintage: vintageSchema,
  basis: basisSchema,
  note: z.string().optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const partnerSchema = z.object({
  code: partnerCodeSchema,
  name_en: z.string().min(1),
  name_es: z.string().min(1),
  iso2: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
});
export type Partner = z.infer<typeof partnerSchema>;

const seriesFileSchema = z.object({
  file: z.string().min(1),
  /** The file of shared/data/raw it was converted from by `npm run data:import` (which re-imports it with --all). */
  raw: z.string().min(1).optional(),
  sourceId: z.string().min(1),
  reporter: z.literal("US"),
  basis: basisSchema,
  vintage: vintageSchema,
  unit: z.literal("musd"),
});

/** data/manifest.json as the importer edits it; the app needs at least one series (manifestSchema). */
export const manifestDraftSchema = z.object({
  /**
   * Official files: `census-wide` (Census's own year × month shape, every partner of the file) or `long` (one row
   * per partner, month and flow: FRED series, Census pages, long dumps).
   */
  series: z.array(seriesFileSchema.extend({ layout: z.enum(["census-wide", "long"]) })),
  reported: z.array(seriesFileSchema.extend({ layout: z.literal("long") })),
  releases: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1),
});
export const manifestSchema = manifestDraftSchema.extend({
  series: manifestDraftSchema.shape.series.min(1, "at least one series file"),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** One published figure: a month of one flow with one partner, on one basis, from one vintage. */
export const observationSchema = z.object({
  reporter: z.literal("US"),
  partner: partnerCodeSchema,
  period: periodSchema,
  flow: flowSchema,
  basis: basisSchema,
  vintage: vintageSchema,
  /** Millions of US dollars, full precision as published. */
  value: z.number().finite().nonnegative(),
  sourceId: z.string(),
  /** official: a Census file; reported: a first-release figure as quoted in the press. */
  kind: z.enum(["official", "reported"]),
});
export type Observation = z.infer<typeof observationSchema>;
