/**
 * A draft release.json (the existing release schema) from the claim engine's reading of a text, for an analyst to
 * review before it is committed: levels over a month or a span, changes, growth rates, shares and ranks; every other
 * number is listed under nonFigures with the reason it is not a claim, so the loader's "every figure is covered" rule
 * still holds.
 */
import { findFigures } from "./figures";
import { quotedNumber } from "./quoted-number";
import type { CheckTextResult, CheckedFigure } from "./schema";
import type { Claim, ReleaseFile } from "../data/release-schema";
import { engineBilingual } from "../i18n/engine-messages";

export interface DraftMeta {
  slug: string;
  date: string;
  issuer?: string;
  issuerShort?: string;
  number?: string;
  city?: string;
  title?: string;
  url?: string;
  sourceType?: ReleaseFile["meta"]["sourceType"];
  excerpt?: boolean;
  secondaryCopy?: boolean;
  truncates?: boolean;
  datePrecision?: "day" | "month";
}

const measureLabel = (measure: Claim["measure"]) => engineBilingual((e) => e.draftMeasure[measure]);

/** The release schema's measure and value for a figure, told from the side its words speak from. */
function measureOf(f: CheckedFigure): { measure: "total" | "exports" | "imports" | "balance"; sign: 1 | -1 } {
  const mx = f.perspective === "mx";
  switch (f.flow) {
    case "us_exports":
      return { measure: mx ? "imports" : "exports", sign: 1 };
    case "us_imports":
      return { measure: mx ? "exports" : "imports", sign: 1 };
    case "balance":
      return { measure: "balance", sign: mx ? -1 : 1 };
    default:
      return { measure: "total", sign: 1 };
  }
}

const attribution = (
  inferred: boolean,
  reason: { es: string; en: string } | undefined,
  stated: { es: string; en: string },
) => ({
  inferred,
  reason: reason ?? stated,
});

export function draftRelease(text: string, result: CheckTextResult, meta: DraftMeta): ReleaseFile {
  const claims: Claim[] = [];
  const nonFigures: ReleaseFile["nonFigures"] = [];
  const ids = new Map<string, number>();
  const idFor = (base: string) => {
    const n = (ids.get(base) ?? 0) + 1;
    ids.set(base, n);
    return n === 1 ? base : `${base}-${String(n)}`;
  };
  const statedPeriod = engineBilingual((e) => e.draftPeriodStated);
  const statedBasis = engineBilingual((e) => e.draftBasisStated);
  for (const f of result.figures) {
    if (!f.claim) {
      nonFigures.push({ quote: f.quote, reason: f.why ?? "not a trade figure" });
      continue;
    }
    const months = f.months ?? [];
    const period = months.at(-1);
    if (!period) {
      nonFigures.push({ quote: f.quote, reason: "a claim the engine could not place in time: check it by hand" });
      continue;
    }
    const common = {
      quote: f.quote,
      partner: f.partner ?? "2010",
      period,
      ...(months.length > 1 ? { months } : {}),
      perspective: f.perspective ?? "us",
      basis: f.basis ?? "NSA",
      periodAttribution: attribution(!f.periodStated, f.reasons?.period, statedPeriod),
      basisAttribution: attribution(!f.basisStated, f.reasons?.basis, statedBasis),
    };
    if (f.kind === "rank") {
      claims.push({
        ...common,
        id: idFor("rank"),
        measure: "rank",
        unit: "rank",
        value: f.value ?? 1,
        label: measureLabel("rank"),
        valueAttribution: attribution(
          Boolean(f.fromWords),
          f.fromWords ? engineBilingual((e) => e.draftRankFromWords(f.quote)) : undefined,
          engineBilingual((e) => e.draftRankStated),
        ),
      });
      continue;
    }
    const { measure, sign } = measureOf(f);
    const read = quotedNumber(f.quote, result.lang);
    if (!read) {
      nonFigures.push({ quote: f.quote, reason: `a ${f.kind ?? "level"} claim whose quote is not one number` });
      continue;
    }
    if (f.kind === "growth_pct" || f.kind === "share_pct") {
      const percent = {
        ...common,
        flow: measure,
        unit: "percent" as const,
        // The sign the words give ("cayó 3.4%"): the engine's value, on no side (a ratio).
        value: Math.sign(f.value ?? 1) * read.value,
        precision: read.precision,
      };
      if (f.kind === "growth_pct")
        claims.push({
          ...percent,
          id: idFor("growth"),
          measure: "growth",
          compareMonths: f.compareMonths ?? [],
          label: measureLabel("growth"),
        });
      else
        claims.push({
          ...percent,
          id: idFor("share"),
          measure: "share",
          shareOf: "0015",
          label: measureLabel("share"),
        });
      continue;
    }
    const musd = Math.abs(f.value ?? 0);
    // A scale the quote does not write is the one the engine read from the words around it.
    // (a power of a thousand: "$22.9" under "in billions" is 1e9).
    const scale =
      read.scale ?? (read.value === 0 ? 1e6 : 1000 ** Math.round(Math.log10((musd * 1e6) / read.value) / 3));
    const money = {
      ...common,
      value: read.value * Math.sign((f.value ?? 1) * sign || 1),
      unit: "USD" as const,
      scale,
      precision: read.precision,
    };
    if (f.kind === "change")
      claims.push({
        ...money,
        id: idFor(`change-${measure}`),
        measure: "change",
        flow: measure,
        compareMonths: f.compareMonths ?? [],
        label: measureLabel("change"),
      });
    else claims.push({ ...money, id: idFor(measure), measure, label: measureLabel(measure) });
  }
  // The loader wants every number its parser finds covered: add what the engine's figures do not cover.
  const covered = (s: number, e: number) => result.figures.some((f) => f.start <= s && f.end >= e);
  for (const g of findFigures(text, "es-MX")) {
    if (!covered(g.start, g.end))
      nonFigures.push({ quote: g.text, reason: "a number the engine read as part of no figure" });
  }
  const firstLine =
    text
      .split("\n")
      .map((l) => l.replace(/[#*]/g, "").trim())
      .find((l) => l.length > 0) ?? meta.slug;
  return {
    meta: {
      slug: meta.slug,
      issuer: meta.issuer ?? "unknown (draft)",
      issuerShort: meta.issuerShort ?? "draft",
      number: meta.number ?? "draft",
      date: meta.date,
      datePrecision: meta.datePrecision ?? "day",
      city: meta.city ?? "unknown",
      language: result.lang,
      title: meta.title ?? firstLine.slice(0, 160),
      textFile: "release.md",
      sourceNote: "Draft written by npm run release:draft from the claim engine; review every claim before committing.",
      ...(meta.url ? { url: meta.url } : {}),
      sourceType: meta.sourceType ?? "news",
      excerpt: meta.excerpt ?? false,
      secondaryCopy: meta.secondaryCopy ?? false,
      truncates: meta.truncates ?? result.figures.some((f) => f.rounding === "truncated"),
    },
    claims,
    nonFigures,
  };
}
