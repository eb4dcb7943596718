/**
 * The release's Markdown-style source as blocks for rendering: "## " headings and paragraphs, with **bold** spans
 * and every claim's quoted span marked as a figure. A tiny renderer on purpose: the text uses nothing else, and
 * producing a tree (never HTML strings) means no markup from the text can reach the page.
 */
export type Inline =
  { kind: "text"; text: string; bold: boolean } | { kind: "figure"; text: string; bold: boolean; claimId: string };
export interface Block {
  kind: "heading" | "paragraph";
  inlines: Inline[];
}

function splitBold(text: string): Array<{ text: string; bold: boolean }> {
  return text
    .split(/(\*\*[^*]+\*\*)/)
    .filter(Boolean)
    .map((part) =>
      part.startsWith("**") && part.endsWith("**") && part.length > 4
        ? { text: part.slice(2, -2), bold: true }
        : { text: part, bold: false },
    );
}

function markFigures(
  span: { text: string; bold: boolean },
  figures: ReadonlyArray<{ quote: string; claimId: string }>,
): Inline[] {
  for (const f of figures) {
    const at = span.text.indexOf(f.quote);
    if (at < 0) continue;
    const before = { text: span.text.slice(0, at), bold: span.bold };
    const after = { text: span.text.slice(at + f.quote.length), bold: span.bold };
    return [
      ...(before.text ? markFigures(before, figures) : []),
      { kind: "figure", text: f.quote, bold: span.bold, claimId: f.claimId },
      ...(after.text ? markFigures(after, figures) : []),
    ];
  }
  return [{ kind: "text", ...span }];
}

export function parseReleaseText(source: string, figures: ReadonlyArray<{ quote: string; claimId: string }>): Block[] {
  return source
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => {
      const heading = /^#{1,6}\s+/.exec(chunk);
      const text = (heading ? chunk.slice(heading[0].length) : chunk).replace(/\s*\n\s*/g, " ");
      return {
        kind: heading ? "heading" : "paragraph",
        inlines: splitBold(text).flatMap((s) => markFigures(s, figures)),
      };
    });
}
