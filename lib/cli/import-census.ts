/**
 * Brings a raw Census file into data/: `npm run data:import -- --input FILE --vintage 2025-04 --source-id ID`.
 * Detects the layout (country.xlsx NSA or ctyseasonal.xlsx SA, refusing any other), writes
 * data/census/{nsa|sa}_vintage-{vintage}.csv, adds new partners to data/partners.csv and the file to
 * data/manifest.json, then validates the whole of data/ as the app will.
 */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { importCensus, ImportError } from "../data/import/census";
import { PARTNER_COLUMNS, WIDE_COLUMNS } from "../data/census-layout";
import { manifestDraftSchema, sourceSchema, vintageSchema } from "../data/schema";
import { readDataset } from "../data/read-dataset";
import { z } from "zod";

function fail(message: string): never {
  console.error(`data:import: ${message}`);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    input: { type: "string" },
    vintage: { type: "string" },
    "source-id": { type: "string" },
    data: { type: "string", default: "data" },
  },
});
const { input, vintage, "source-id": sourceId, data: dataDir = "data" } = values;
if (!input || !vintage || !sourceId)
  fail("usage: npm run data:import -- --input RAW.csv --vintage YYYY-MM --source-id ID [--data data]");
if (!vintageSchema.safeParse(vintage).success) fail(`--vintage must be YYYY-MM or YYYY-MM-DD, got "${vintage}"`);

let imported;
try {
  imported = importCensus(readFileSync(input, "utf8"), path.basename(input));
} catch (error) {
  fail(error instanceof ImportError ? error.message : `cannot read ${input}: ${String(error)}`);
}

const sources = z.array(sourceSchema).parse(JSON.parse(readFileSync(path.join(dataDir, "sources.json"), "utf8")));
const source = sources.find((s) => s.id === sourceId);
if (!source)
  fail(
    `source "${sourceId}" is not in ${dataDir}/sources.json: add it there first (publisher, title, url, vintage, basis)`,
  );
if (source.basis !== imported.basis || source.vintage !== vintage) {
  fail(
    `source "${sourceId}" says ${source.basis} ${source.vintage}, but the file is ${imported.basis} and --vintage is ${vintage}`,
  );
}

const file = `census/${imported.basis.toLowerCase()}_vintage-${vintage}.csv`;
mkdirSync(path.join(dataDir, "census"), { recursive: true });
writeFileSync(path.join(dataDir, file), stringify([[...WIDE_COLUMNS], ...imported.rows], { record_delimiter: "\n" }));

const partnersPath = path.join(dataDir, "partners.csv");
const known: string[][] = parse(readFileSync(partnersPath, "utf8"), { from_line: 2 });
const byCode = new Map(known.map((r) => [r[0] ?? "", r]));
for (const [code, name] of imported.partners) if (!byCode.has(code)) byCode.set(code, [code, name, "", ""]);
const partnerRows = [...byCode.values()].sort((a, b) => (a[0] ?? "").localeCompare(b[0] ?? ""));
writeFileSync(partnersPath, stringify([[...PARTNER_COLUMNS], ...partnerRows], { record_delimiter: "\n" }));

const manifestPath = path.join(dataDir, "manifest.json");
const manifest = manifestDraftSchema.parse(JSON.parse(readFileSync(manifestPath, "utf8")));
const entry = {
  file,
  sourceId,
  reporter: "US" as const,
  basis: imported.basis,
  vintage,
  unit: "musd" as const,
  layout: "census-wide" as const,
};
manifest.series = [...manifest.series.filter((s) => s.file !== file), entry];
writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);

try {
  readDataset(dataDir);
} catch (error) {
  fail(`wrote ${file}, but data/ does not validate:\n${error instanceof Error ? error.message : String(error)}`);
}
console.log(
  `data:import: ${imported.layout} → ${dataDir}/${file}: ${imported.rows.length} partner-years, ${imported.partners.size} countries, ${imported.firstPeriod}..${imported.lastPeriod}; data/ validates.`,
);
