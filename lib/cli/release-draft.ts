/**
 * `npm run release:draft -- --text FILE --date YYYY-MM-DD [--slug S] [--issuer NAME] [--title T] [--data DIR]`:
 * reads the text with the claim engine and writes data/releases/{slug}/release.md and release.json (the release
 * schema), then validates them as the loader does. A draft for an analyst to review before it is committed.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { readDataset } from "../data/read-dataset";
import type { Dataset } from "../data/dataset";
import { readRelease } from "../data/read-release";
import type { DataIssue } from "../data/errors";
import { checkText } from "../claims/check-text";
import { draftRelease } from "../claims/release-draft";
import { failFor } from "./fail";

const fail: (message: string) => never = failFor("release:draft");

const { values } = parseArgs({
  options: {
    text: { type: "string" },
    date: { type: "string" },
    slug: { type: "string" },
    issuer: { type: "string" },
    title: { type: "string" },
    number: { type: "string" },
    city: { type: "string" },
    lang: { type: "string" },
    data: { type: "string", default: "data" },
    force: { type: "boolean", default: false },
    url: { type: "string" },
    "source-type": { type: "string" },
    excerpt: { type: "boolean", default: false },
    secondary: { type: "boolean", default: false },
    "issuer-short": { type: "string" },
  },
});
if (!values.text) fail("--text FILE is required (the release's verbatim text)");
if (!values.date || !/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/.test(values.date))
  fail(`--date must be the publication date as YYYY-MM-DD (or YYYY-MM), got ${JSON.stringify(values.date ?? "")}`);
const SOURCE_TYPES = ["us_government", "mx_government", "chamber", "news"] as const;
const sourceType = SOURCE_TYPES.find((t) => t === values["source-type"]);
if (values["source-type"] && !sourceType) fail(`--source-type must be one of ${SOURCE_TYPES.join(", ")}`);
// Known only to the month: the engine reads such a date as the month's 28th, and the release says so.
const monthOnly = values.date.length === 7;
const fullDate = monthOnly ? `${values.date}-28` : values.date;
if (values.lang && values.lang !== "es" && values.lang !== "en") fail(`--lang must be es or en, got ${values.lang}`);
const slug =
  values.slug ??
  `${values.date}-${path
    .basename(values.text)
    .replace(/\.[^.]+$/, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")}`;
if (!/^[a-z0-9-]+$/.test(slug))
  fail(`--slug must be lower-case letters, digits and dashes, got ${JSON.stringify(slug)}`);
let text: string;
try {
  text = readFileSync(values.text, "utf8");
} catch {
  fail(`cannot read ${values.text}`);
}
if (text.trim() === "") fail(`${values.text} is empty`);
if (text.length > 50_000) fail(`${values.text} has ${String(text.length)} characters; at most 50,000`);

const dataDir = values.data ?? "data";
let ds: Dataset;
try {
  ds = readDataset(dataDir);
} catch (error) {
  fail(`cannot read the dataset in ${dataDir}: ${error instanceof Error ? error.message : String(error)}`);
}
const result = checkText(ds, { text, date: values.date, ...(values.lang ? { lang: values.lang as "es" | "en" } : {}) });
const draft = draftRelease(text, result, {
  slug,
  date: fullDate,
  ...(monthOnly ? { datePrecision: "month" as const } : {}),
  ...(values.issuer
    ? { issuer: values.issuer, issuerShort: values["issuer-short"] ?? values.issuer.slice(0, 40) }
    : {}),
  ...(values.url ? { url: values.url } : {}),
  ...(sourceType ? { sourceType } : {}),
  excerpt: values.excerpt ?? false,
  secondaryCopy: values.secondary ?? false,
  ...(values.title ? { title: values.title } : {}),
  ...(values.number ? { number: values.number } : {}),
  ...(values.city ? { city: values.city } : {}),
});
// A release about several partners names each figure's partner in its label ("Exportaciones (Canadá)").
if (new Set(draft.claims.map((c) => c.partner)).size > 1)
  for (const c of draft.claims) {
    const p = ds.partners.get(c.partner);
    c.label = {
      es: `${c.label.es} (${p?.name_es || p?.name_en || c.partner})`,
      en: `${c.label.en} (${p?.name_en ?? c.partner})`,
    };
  }
if (draft.claims.length === 0) fail("the engine found no trade figure in the text");
const issues: DataIssue[] = [];
const file = `releases/${slug}/release.json`;
const valid = readRelease(draft, text, file, `releases/${slug}/release.md`, new Set(ds.partners.keys()), issues);
if (!valid) fail(`the draft does not validate:\n${issues.map((i) => `  ${JSON.stringify(i)}`).join("\n")}`);
const dir = path.join(dataDir, "releases", slug);
if (existsSync(path.join(dir, "release.json")) && !values.force)
  fail(`${dir}/release.json exists; pass --force to overwrite`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "release.md"), text);
writeFileSync(path.join(dir, "release.json"), `${JSON.stringify(draft, null, 2)}\n`);
console.log(
  `release:draft: wrote ${dir}/release.md and release.json — ${String(draft.claims.length)} ` +
    `claims, ${String(draft.nonFigures.length)} non-figures.`,
);
for (const c of draft.claims)
  console.log(
    `  ${c.id}: ${c.quote} → ${c.measure} ${String(c.value)} ${c.partner} ${c.period} ` +
      `${c.basis}${c.periodAttribution.inferred ? " (period inferred)" : ""}`,
  );
console.log(`Add "${slug}" to data/manifest.json "releases" once reviewed.`);
