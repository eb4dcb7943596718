/**
 * A draft release.json (the existing release schema) from the claim engine's reading of a text, for an analyst to
 * review before it is committed. The schema holds single-month levels and ranks; every other number is listed under
 * nonFigures with the reason it is not a claim or why the schema cannot hold it, so the loader's "every figure is
 * covered" rule still holds.
 */
import { findFigures, parseFigure, FigureParseError } from "./figures";
import type { CheckTextResult, CheckedFigure } from "./schema";
import type { Claim, ReleaseFile } from "../data/release-schema";
import { bilingual } from "../i18n/messages";

export interface DraftMeta {
  slug: string;
  date: string;
  issuer?: string;
  issuerShort?: string;
  number?: string;
  city?: string;
  title?: string;
}

const measureLabel = (measure: "total" | "exports" | "imports" | "balance" | "rank") =>
  bilingual((m) => m.engine.draftMeasure[measure]);

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
  const statedPeriod = bilingual((m) => m.engine.draftPeriodStated);
  const statedBasis = bilingual((m) => m.engine.draftBasisStated);
  for (const f of result.figures) {
    if (!f.claim) {
      nonFigures.push({ quote: f.quote, reason: f.why ?? "not a trade figure" });
      continue;
    }
    const months = f.months ?? [];
    const period = months[0];
    if (months.length !== 1 || !period || f.kind === "change" || f.kind === "growth_pct" || f.kind === "share_pct") {
      nonFigures.push({
        quote: f.quote,
        reason:
          `a ${f.kind ?? "figure"} over ${String(months.length)} month(s): ` +
          "checked by the engine, not held by this schema",
      });
      continue;
    }
    const common = {
      quote: f.quote,
      partner: f.partner ?? "2010",
      period,
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
          f.fromWords ? bilingual((m) => m.engine.draftRankFromWords(f.quote)) : undefined,
          bilingual((m) => m.engine.draftRankStated),
        ),
      });
      continue;
    }
    const { measure, sign } = measureOf(f);
    let parsed;
    try {
      parsed = parseFigure(f.quote, "es-MX");
    } catch (error) {
      if (!(error instanceof FigureParseError)) throw error;
      nonFigures.push({
        quote: f.quote,
        reason: `${f.kind ?? "level"} claim the release schema's figure parser cannot hold`,
      });
      continue;
    }
    const musd = (parsed.value * parsed.scale) / 1e6;
    if (Math.abs(musd - Math.abs(f.value ?? 0)) > 1e-6 * Math.max(1, musd)) {
      nonFigures.push({
        quote: f.quote,
        reason: "a claim whose scale is stated elsewhere in the text (not held by this schema)",
      });
      continue;
    }
    claims.push({
      ...common,
      id: idFor(measure),
      measure,
      value: parsed.value * Math.sign((f.value ?? 1) * sign || 1),
      unit: "USD",
      scale: parsed.scale,
      precision: parsed.precision,
      label: measureLabel(measure),
    });
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
      city: meta.city ?? "unknown",
      language: result.lang,
      title: meta.title ?? firstLine.slice(0, 160),
      textFile: "release.md",
      sourceNote: "Draft written by npm run release:draft from the claim engine; review every claim before committing.",
    },
    claims,
    nonFigures,
  };
}
