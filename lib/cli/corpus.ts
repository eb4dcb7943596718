/**
 * `npm run corpus [-- --corpus FILE --data DIR --json]`: runs the claim engine over the labelled corpus and prints
 * precision and recall of claims found, verdict agreement (overall, per language, per kind), whether every labelled
 * error is flagged, and every disagreement with both readings.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { readDataset } from "../data/read-dataset";
import { checkText } from "../claims/check-text";
import { agreementOf, corpusSchema, precisionOf, recallOf, scoreCorpus, type Tally } from "../claims/corpus-score";
import { heldSourceFiles } from "../claims/held-files";

const { values } = parseArgs({
  options: {
    corpus: { type: "string", default: path.resolve(process.cwd(), "../shared/data/corpus/corpus.json") },
    data: { type: "string", default: path.resolve(process.cwd(), "data") },
    json: { type: "boolean", default: false },
  },
});
const corpusFile = values.corpus ?? "";
let raw: string;
try {
  raw = readFileSync(corpusFile, "utf8");
} catch {
  console.error(`corpus: cannot read ${corpusFile}; pass --corpus FILE (the labelled corpus.json)`);
  process.exit(1);
}
const corpus = corpusSchema.parse(JSON.parse(raw));
const ds = readDataset(values.data ?? "data");
const started = performance.now();
const score = scoreCorpus(
  corpus,
  (t) => checkText(ds, { text: t.text, date: t.date, lang: t.lang }),
  heldSourceFiles(ds),
);
const ms = performance.now() - started;

if (values.json) {
  console.log(JSON.stringify(score, null, 1));
  process.exit(0);
}
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const line = (name: string, t: Tally) =>
  `${name.padEnd(12)} labelled ${String(t.labelled).padStart(4)}  found ${String(t.found).padStart(4)}  ` +
  `precision ${pct(precisionOf(t)).padStart(6)}  recall ${pct(recallOf(t)).padStart(6)}  ` +
  `verdicts ${String(t.verdictAgree)}/${String(t.verdictPairs)} = ${pct(agreementOf(t))}`;
console.log(`Claim corpus: ${String(corpus.length)} texts, engine ${ms.toFixed(0)} ms\n`);
console.log(line("overall", score.overall));
for (const [lang, t] of Object.entries(score.byLang)) console.log(line(`lang ${lang}`, t));
for (const [kind, t] of Object.entries(score.byKind)) console.log(line(kind, t));
console.log(`\nlabelled errors flagged (mismatch): ${String(score.errorsFlagged)} of ${String(score.errorsLabelled)}`);
const verdictDis = score.disagreements.filter((d) => d.problem === "verdict");
console.log(
  `verdict disagreements: ${String(verdictDis.length)}, of which for want of a vintage not yet ` +
    `in data/: ${String(verdictDis.filter((d) => d.forWantOfVintage).length)}`,
);
console.log("\nDisagreements (id | quote | problem | label | engine):");
for (const d of score.disagreements)
  console.log(
    `- ${d.id} | ${JSON.stringify(d.quote)} | ` +
      `${d.problem}${d.forWantOfVintage ? " (want of vintage)" : ""} | ${d.label} | ${d.engine}`,
  );
