/**
 * Brings raw official files into data/.
 *   npm run data:import -- --input RAW --source-id ID [--file OUT] [--data data]
 *   npm run data:import -- --all [--raw ../shared/data/raw] [--data data]
 * The layout is read from the file's content (Census country.xlsx/.csv NSA, ctyseasonal SA of 2016 and 2025, FRED
 * series, the US-chartbook long dump, a Census "Trade in Goods with …" page, the first-release compilation); anything
 * else is refused, saying which layouts are known. The basis and vintage come from the source in data/sources.json,
 * which must agree with the file. Writes the converted file, adds new partners to data/partners.csv and the file to
 * data/manifest.json (with the raw file's name, so `--all` can redo every import), then validates the whole of data/.
 */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import { ImportError } from "../data/import/import-error";
import { importRawFile, type ImportedFile } from "../data/import/raw-file";
import { PARTNER_COLUMNS } from "../data/census-layout";
import { convertedFileText } from "../data/import/converted-text";
import { manifestDraftSchema, sourceSchema, type Source } from "../data/schema";
import { readDataset } from "../data/read-dataset";
import { failFor } from "./fail";

const fail: (message: string) => never = failFor("data:import");

const { values } = parseArgs({
  options: {
    input: { type: "string" },
    "source-id": { type: "string" },
    vintage: { type: "string" },
    file: { type: "string" },
    all: { type: "boolean", default: false },
    raw: { type: "string", default: path.join("..", "shared", "data", "raw") },
    data: { type: "string", default: "data" },
  },
});
const dataDir = values.data ?? "data";
const USAGE =
  "usage: npm run data:import -- --input RAW --source-id ID [--file OUT] [--data data]\n" +
  "   or: npm run data:import -- --all [--raw ../shared/data/raw] [--data data]";

const sources = z.array(sourceSchema).parse(JSON.parse(readFileSync(path.join(dataDir, "sources.json"), "utf8")));
const manifestPath = path.join(dataDir, "manifest.json");
const manifest = manifestDraftSchema.parse(JSON.parse(readFileSync(manifestPath, "utf8")));
const partnersPath = path.join(dataDir, "partners.csv");
const known: string[][] = parse(readFileSync(partnersPath, "utf8"), { from_line: 2 });
const byCode = new Map(known.map((r) => [r[0] ?? "", r]));

/** Where a converted file goes unless --file says otherwise. */
function defaultFile(imported: ImportedFile, source: Source): string {
  if (imported.kind === "census-wide") return `census/${imported.basis.toLowerCase()}_vintage-${source.vintage}.csv`;
  return `${imported.observationKind === "reported" ? "reported" : "series"}/${source.id}.csv`;
}

async function importOne(input: string, sourceId: string, file: string | undefined): Promise<string> {
  const source = sources.find((s) => s.id === sourceId);
  if (!source)
    fail(
      `source "${sourceId}" is not in ${dataDir}/sources.json: add it there first (publisher, ` +
        `title, url, vintage, basis)`,
    );
  if (values.vintage && values.vintage !== source.vintage)
    fail(`--vintage ${values.vintage} disagrees with source "${sourceId}", whose vintage is ${source.vintage}`);
  const partnerByName = new Map([...byCode.values()].map((r) => [r[1] ?? "", r[0] ?? ""]));
  let imported: ImportedFile;
  try {
    imported = await importRawFile(readFileSync(input), path.basename(input), { sourceUrl: source.url, partnerByName });
  } catch (error) {
    fail(error instanceof ImportError ? error.message : `cannot read ${input}: ${String(error)}`);
  }
  if (source.basis !== imported.basis)
    fail(`source "${sourceId}" says ${source.basis}, but ${path.basename(input)} is ${imported.basis}`);

  const out = file ?? defaultFile(imported, source);
  mkdirSync(path.dirname(path.join(dataDir, out)), { recursive: true });
  writeFileSync(path.join(dataDir, out), convertedFileText(imported));
  if (imported.kind === "census-wide")
    for (const [code, name] of imported.partners) if (!byCode.has(code)) byCode.set(code, [code, name, "", ""]);

  const entry = {
    file: out,
    raw: path.basename(input),
    sourceId,
    reporter: "US" as const,
    basis: imported.basis,
    vintage: source.vintage,
    unit: "musd" as const,
  };
  if (imported.kind === "long" && imported.observationKind === "reported") {
    manifest.series = manifest.series.filter((s) => s.file !== out);
    const i = manifest.reported.findIndex((s) => s.file === out);
    const next = { ...entry, layout: "long" as const };
    if (i >= 0) manifest.reported[i] = next;
    else manifest.reported.push(next);
  } else {
    manifest.reported = manifest.reported.filter((s) => s.file !== out);
    const i = manifest.series.findIndex((s) => s.file === out);
    const next = { ...entry, layout: imported.kind };
    if (i >= 0) manifest.series[i] = next;
    else manifest.series.push(next);
  }
  const count =
    imported.kind === "census-wide"
      ? `${imported.rows.length} partner-years, ${imported.partners.size} partners`
      : `${imported.rows.length} values`;
  const left = imported.kind === "long" ? imported.skipped : [];
  const skipped = left.length
    ? `; left out ${left.length}: ${left.slice(0, 3).join("; ")}${left.length > 3 ? "; …" : ""}`
    : "";
  const span = `${imported.firstPeriod}..${imported.lastPeriod}`;
  return `${imported.layout} → ${dataDir}/${out}: ${count}, ${span}, ${source.basis} ${source.vintage}${skipped}`;
}

async function main() {
  const done: string[] = [];
  if (values.all) {
    const entries = [...manifest.series, ...manifest.reported].filter((e) => e.raw);
    if (entries.length === 0) fail("no manifest entry names the raw file it came from");
    for (const e of entries) done.push(await importOne(path.join(values.raw ?? "", e.raw ?? ""), e.sourceId, e.file));
  } else {
    if (!values.input || !values["source-id"]) fail(USAGE);
    done.push(await importOne(values.input, values["source-id"], values.file));
  }
  const partnerRows = [...byCode.values()].sort((a, b) => (a[0] ?? "").localeCompare(b[0] ?? ""));
  writeFileSync(partnersPath, stringify([[...PARTNER_COLUMNS], ...partnerRows], { record_delimiter: "\n" }));
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  try {
    readDataset(dataDir);
  } catch (error) {
    fail(
      `wrote ${done.length} file(s), but data/ does not ` +
        `validate:\n${error instanceof Error ? error.message : String(error)}`,
    );
  }
  for (const line of done) console.log(`data:import: ${line}`);
  console.log("data:import: data/ validates.");
}

void main();
