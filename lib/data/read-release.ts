import { findFigures } from "../claims/figures";
import { releaseFileSchema, type Claim, type Release } from "./release-schema";
import { quotedNumber } from "../claims/quoted-number";
import type { DataIssue } from "./errors";
import { parseWithIssues } from "./zod-issues";

type FieldIssue = { field: string; at: { expected: string; got: string } };

/** A claim's value, scale and step must be what its quote prints (a sign may come from the words around it). */
function quoteIssues(claim: Exclude<Claim, { measure: "rank" }>, lang: "es" | "en"): FieldIssue[] {
  const read = quotedNumber(claim.quote, lang);
  if (!read)
    return [
      { field: "quote", at: { expected: 'a quote that is exactly one figure, e.g. "39,874 mdd"', got: claim.quote } },
    ];
  const out: FieldIssue[] = [];
  const reads = (k: string, v: unknown) => ({ expected: `${String(v)}, as the quote "${claim.quote}" reads`, got: "" });
  if (Math.abs(claim.value) !== read.value)
    out.push({ field: "value", at: { ...reads("value", read.value), got: String(claim.value) } });
  if (claim.precision !== read.precision)
    out.push({ field: "precision", at: { ...reads("precision", read.precision), got: String(claim.precision) } });
  if (claim.unit === "percent") {
    if (read.unit !== "percent") out.push({ field: "unit", at: { ...reads("unit", read.unit), got: claim.unit } });
  } else {
    // A scale the quote does not write ("$22.9" under "in billions of dollars") is the claim's to state.
    if (read.scale !== null && read.scale !== claim.scale)
      out.push({ field: "scale", at: { ...reads("scale", read.scale), got: String(claim.scale) } });
  }
  return out;
}

const nextMonth = (m: string) => {
  const [y, mo] = m.split("-").map(Number) as [number, number];
  return mo === 12 ? `${String(y + 1)}-01` : `${String(y)}-${String(mo + 1).padStart(2, "0")}`;
};
const consecutive = (months: readonly string[]) =>
  months.every((m, i) => i === 0 || nextMonth(months[i - 1] ?? "") === m);

/** A span is consecutive months ending at `period`; a compared period is consecutive and ends before the claim's. */
function periodIssues(claim: Claim): FieldIssue[] {
  const out: FieldIssue[] = [];
  if ("months" in claim && claim.months) {
    if (!consecutive(claim.months))
      out.push({ field: "months", at: { expected: "consecutive months", got: claim.months.join(",") } });
    if (claim.months.at(-1) !== claim.period)
      out.push({
        field: "period",
        at: { expected: `the span's last month, ${claim.months.at(-1) ?? ""}`, got: claim.period },
      });
  }
  if ("compareMonths" in claim) {
    const first = claim.months?.[0] ?? claim.period;
    if (!consecutive(claim.compareMonths))
      out.push({ field: "compareMonths", at: { expected: "consecutive months", got: claim.compareMonths.join(",") } });
    if ((claim.compareMonths.at(-1) ?? "") >= first)
      out.push({
        field: "compareMonths",
        at: { expected: `months before ${first}`, got: claim.compareMonths.join(",") },
      });
  }
  return out;
}

function spansOf(text: string, quote: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) spans.push([at, at + quote.length]);
  return spans;
}

/**
 * Validates a release's metadata and claims against its verbatim text: every quote must be in the text,
 * a money claim's value, scale and precision must be what its quote says, and every figure the parser
 * finds in the text must be covered by a claim or listed as not a figure.
 */
export function readRelease(
  json: unknown,
  text: string,
  file: string,
  textFile: string,
  partners: Pick<ReadonlySet<string>, "has">,
  issues: DataIssue[],
): Release | undefined {
  const parsed = parseWithIssues(releaseFileSchema, json, file, issues);
  if (!parsed) return undefined;
  const before = issues.length;
  const covered: Array<[number, number]> = [];
  const ids = new Set<string>();
  parsed.claims.forEach((claim, i) => {
    const field = (name: string) => `claims[${i}].${name}`;
    if (ids.has(claim.id)) issues.push({ file, field: field("id"), expected: "a claim id used once", got: claim.id });
    ids.add(claim.id);
    if (!partners.has(claim.partner))
      issues.push({
        file,
        field: field("partner"),
        expected: "a partner code listed in data/partners.csv",
        got: claim.partner,
      });
    const spans = spansOf(text, claim.quote);
    if (spans.length === 0) {
      issues.push({
        file,
        field: field("quote"),
        expected: `a span that occurs verbatim in ${textFile}`,
        got: claim.quote,
      });
      return;
    }
    covered.push(...spans);
    if (claim.measure === "rank") return;
    for (const issue of quoteIssues(claim, parsed.meta.language))
      issues.push({ file, field: field(issue.field), ...issue.at });
    for (const issue of periodIssues(claim)) issues.push({ file, field: field(issue.field), ...issue.at });
  });
  parsed.nonFigures.forEach((nf, i) => {
    const spans = spansOf(text, nf.quote);
    if (spans.length === 0)
      issues.push({
        file,
        field: `nonFigures[${i}].quote`,
        expected: `a span that occurs verbatim in ${textFile}`,
        got: nf.quote,
      });
    covered.push(...spans);
  });
  for (const figure of findFigures(text, "es-MX")) {
    if (!covered.some(([s, e]) => figure.start >= s && figure.end <= e)) {
      const line = text.slice(0, figure.start).split("\n").length;
      issues.push({
        file: textFile,
        line,
        expected: `every figure covered by a claim or listed in nonFigures of ${file}`,
        got: figure.text,
      });
    }
  }
  return issues.length === before ? { ...parsed, text } : undefined;
}
