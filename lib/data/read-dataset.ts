import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { manifestSchema, partnerSchema, sourceSchema, type Observation, type Partner, type Source } from "./schema";
import type { Release } from "./release-schema";
import { PARTNER_COLUMNS } from "./census-layout";
import { readCsvTable } from "./csv-table";
import { DatasetError, type DataIssue } from "./errors";
import { readRelease } from "./read-release";
import { readReportedSeries, readWideSeries } from "./read-series";
import { parseWithIssues } from "./zod-issues";
import { indexObservations, type Dataset } from "./dataset";

function readText(dir: string, file: string, issues: DataIssue[]): string | undefined {
  const full = path.join(dir, file);
  if (!existsSync(full)) {
    issues.push({ file, expected: "the file to exist (it is named in data/manifest.json)" });
    return undefined;
  }
  return readFileSync(full, "utf8");
}

function readJson(dir: string, file: string, issues: DataIssue[]): unknown {
  const text = readText(dir, file, issues);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    issues.push({ file, expected: "valid JSON", got: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
}

function readPartners(dir: string, issues: DataIssue[]): Map<string, Partner> {
  const file = "partners.csv";
  const partners = new Map<string, Partner>();
  const text = readText(dir, file, issues);
  if (text === undefined) return partners;
  for (const { line, cells } of readCsvTable(text, file, PARTNER_COLUMNS, issues)) {
    const input = {
      code: cells.code,
      name_en: cells.name_en,
      name_es: cells.name_es || cells.name_en,
      iso2: cells.iso2 || undefined,
    };
    const partner = parseWithIssues(partnerSchema, input, file, issues, line);
    if (!partner) continue;
    if (partners.has(partner.code))
      issues.push({ file, line, field: "code", expected: "each partner code once", got: partner.code });
    partners.set(partner.code, partner);
  }
  return partners;
}

/**
 * Reads and validates everything in `dir` (data/): manifest, sources, partners, series and releases.
 * Throws DatasetError listing every fault with its file, line and field; never returns a partial dataset.
 */
export function readDataset(dir: string): Dataset {
  const issues: DataIssue[] = [];
  const manifest = parseWithIssues(manifestSchema, readJson(dir, "manifest.json", issues), "manifest.json", issues);
  const sourceList =
    parseWithIssues(z.array(sourceSchema), readJson(dir, "sources.json", issues), "sources.json", issues) ?? [];
  const sources = new Map<string, Source>();
  for (const s of sourceList) {
    if (sources.has(s.id))
      issues.push({ file: "sources.json", field: "id", expected: "each source id once", got: s.id });
    sources.set(s.id, s);
  }
  const partners = readPartners(dir, issues);
  if (!manifest) throw new DatasetError(issues);

  const partnerCodes = new Map([...partners.keys()].map((code) => [code, code]));
  const observations: Observation[] = [];
  const entries = [
    ...manifest.series.map((e) => ({ ...e, kind: "official" as const })),
    ...manifest.reported.map((e) => ({ ...e, kind: "reported" as const })),
  ];
  // Only files that share a basis, vintage and kind can clash; a file alone in its group was checked for repeats by
  // its reader, so its ~100,000 observations need no key here (the keys cost more memory than the dataset itself).
  const group = (e: { basis: string; vintage: string; kind: string }) => `${e.basis}|${e.vintage}|${e.kind}`;
  const groupSizes = new Map<string, number>();
  for (const e of entries) groupSizes.set(group(e), (groupSizes.get(group(e)) ?? 0) + 1);
  const fileOf = new Map<string, string>();
  const clashes = new Set<string>();
  for (const entry of entries) {
    const source = sources.get(entry.sourceId);
    if (!source) {
      issues.push({
        file: "manifest.json",
        field: "sourceId",
        expected: "an id listed in sources.json",
        got: entry.sourceId,
      });
      continue;
    }
    if (source.basis !== entry.basis || source.vintage !== entry.vintage) {
      issues.push({
        file: "manifest.json",
        field: `${entry.file}`,
        expected: `basis ${source.basis} and vintage ${source.vintage}, as source ${source.id} says`,
        got: `${entry.basis} ${entry.vintage}`,
      });
    }
    const text = readText(dir, entry.file, issues);
    if (text === undefined) continue;
    const ctx = {
      file: entry.file,
      basis: entry.basis,
      vintage: entry.vintage,
      sourceId: entry.sourceId,
      partners: partnerCodes,
      kind: entry.kind,
    };
    const read =
      entry.layout === "census-wide" ? readWideSeries(text, ctx, issues) : readReportedSeries(text, ctx, issues);
    // Two files of one vintage giving the same month: a vintage must name one published value, or queries by vintage
    // would pick one silently.
    if ((groupSizes.get(group(entry)) ?? 0) < 2) {
      for (const o of read) observations.push(o);
      continue;
    }
    for (const o of read) {
      const key = `${o.partner}|${o.flow}|${o.basis}|${o.period}|${o.vintage}|${o.kind}`;
      const other = fileOf.get(key);
      if (other !== undefined && other !== entry.file) {
        if (!clashes.has(`${other}|${entry.file}`))
          issues.push({
            file: entry.file,
            field: "vintage",
            expected:
              `no month that ${other} also gives for vintage ${o.vintage} (partner ` +
              `${o.partner}, ${o.period} ${o.flow}, ${o.basis}): give one of the files its own vintage`,
            got: `${o.vintage}, as ${other}`,
          });
        clashes.add(`${other}|${entry.file}`);
        continue;
      }
      fileOf.set(key, entry.file);
      observations.push(o);
    }
  }

  const releases = new Map<string, Release>();
  for (const slug of manifest.releases) {
    const file = `releases/${slug}/release.json`;
    const json = readJson(dir, file, issues);
    if (json === undefined) continue;
    const textFile = `releases/${slug}/${releaseTextFile(json)}`;
    const text = readText(dir, textFile, issues);
    if (text === undefined) continue;
    const release = readRelease(json, text, file, textFile, partnerCodes, issues);
    if (release && release.meta.slug !== slug)
      issues.push({ file, field: "meta.slug", expected: `"${slug}", the folder's name`, got: release.meta.slug });
    if (release) releases.set(slug, release);
  }

  if (issues.length > 0) throw new DatasetError(issues);
  return { sources, partners, releases, manifest, ...indexObservations(observations) };
}

/** The text file a release.json names (meta.textFile), else release.md; the release schema validates it later. */
function releaseTextFile(json: unknown): string {
  const meta: unknown = typeof json === "object" && json && "meta" in json ? json.meta : undefined;
  const named: unknown = typeof meta === "object" && meta && "textFile" in meta ? meta.textFile : undefined;
  return typeof named === "string" ? named : "release.md";
}
