import { findFigures, parseFigure, FigureParseError } from "../claims/figures";
import { releaseFileSchema, type Release } from "./release-schema";
import type { DataIssue } from "./errors";
import { parseWithIssues } from "./zod-issues";

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
    try {
      const figure = parseFigure(claim.quote, "es-MX");
      const mismatches = (["value", "scale", "precision", "unit"] as const).filter((k) => figure[k] !== claim[k]);
      for (const k of mismatches)
        issues.push({
          file,
          field: field(k),
          expected: `${String(figure[k])}, as the quote "${claim.quote}" reads`,
          got: String(claim[k]),
        });
    } catch (error) {
      if (!(error instanceof FigureParseError)) throw error;
      issues.push({
        file,
        field: field("quote"),
        expected: 'a quote that is exactly one figure, e.g. "39,874 mdd"',
        got: claim.quote,
      });
    }
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
