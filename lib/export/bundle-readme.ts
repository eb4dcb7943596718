import type { CsvMetadata } from "./metadata";
import { LICENSE_NOTE } from "./metadata";

/** One data file of the bundle, with the metadata companion that describes it. */
export interface BundledFile {
  fileName: string;
  metadataFileName: string;
  metadata: CsvMetadata;
}

export const README_NAME = "README.md";

/**
 * The bundle's README.md: a list of every file it holds (by name, each on a `- \`name\`` line, so a reader or a
 * test can match it with the archive), then for each CSV what it is, its columns, sources and vintages, how to
 * cite it and the query that reproduces it. Plain Markdown: it reads as text too.
 */
export function bundleReadme(files: readonly BundledFile[], built: { vintages: string[] }): string {
  const lines: string[] = [
    "# Balanza — all data",
    "",
    "US goods trade with Mexico from the U.S. Census Bureau, and the checks of each press release's " +
      "figures against it,",
    "as Balanza serves them. Every CSV is RFC 4180, UTF-8 with a byte-order mark (so Excel reads " +
      "accents right), numbers",
    "unformatted (no thousands separators, `.` as the decimal point); a text cell that begins " +
      "with `=`, `+`, `-`, `@`, a",
    "tab or a carriage return starts with an added `'` (drop it to get the text back). Each CSV has a `.metadata.json`",
    "companion saying the same as below, for programs.",
    "",
    `Census vintages in this bundle: ${built.vintages.join(", ") || "none"}.`,
    "",
    "## Files",
    "",
    `- \`${README_NAME}\` — this file.`,
  ];
  for (const f of files) {
    lines.push(`- \`${f.fileName}\` — ${f.metadata.title}.`);
    lines.push(`- \`${f.metadataFileName}\` — the metadata of \`${f.fileName}\` (JSON).`);
  }
  for (const f of files) {
    const m = f.metadata;
    lines.push(
      "",
      `## ${f.fileName}`,
      "",
      m.title + ".",
      "",
      m.description,
      "",
      `Units: ${m.units}.`,
      "",
      "Columns:",
      "",
    );
    for (const [name, c] of Object.entries(m.columns))
      lines.push(`- \`${name}\`: ${c.description}${c.unit ? ` (${c.unit})` : ""}`);
    lines.push("", "Sources:", "");
    if (m.sources.length === 0) lines.push("- the release's own figures");
    for (const s of m.sources)
      lines.push(`- ${s.publisher}, "${s.title}", ${s.basis}, vintage ${s.vintage}: ${s.url} (id \`${s.id}\`)`);
    lines.push(
      "",
      `Vintage: ${m.vintage ?? "—"}. Last updated: ${m.lastUpdated ?? "—"}.`,
      "",
      `How to cite: ${m.citation} Accessed [date].`,
      "",
      `Reproduce it: \`${m.query.csv}\`${m.query.json ? ` (JSON: \`${m.query.json}\`)` : ""}.`,
    );
  }
  lines.push("", "## Licence", "", LICENSE_NOTE, "");
  return lines.join("\n");
}
