/**
 * The Atom feed of releases (RFC 4287): one entry per release, newest first, its verdicts as the summary. Pure.
 */
import type { ReleaseIndexRow } from "../views/release-index";
import type { Lang } from "../i18n/format";
import { messages } from "../i18n/messages";
import { statusText } from "../i18n/status";
import { VERDICTS } from "../views/release-index";

const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function verdictLine(row: ReleaseIndexRow, lang: Lang): string {
  const t = messages(lang);
  const parts = VERDICTS.filter((v) => row.counts[v] > 0).map(
    (v) => `${String(row.counts[v])} ${statusText(v, lang).word}`,
  );
  return `${t.library.figures(row.claims)}: ${parts.join(", ")}`;
}

export function releasesAtom(rows: readonly ReleaseIndexRow[], origin: string, lang: Lang): string {
  const t = messages(lang);
  const q = lang === "en" ? "?lang=en" : "";
  const updated = rows[0]?.date ?? "1970-01-01";
  const entries = rows.map((r) => {
    const url = `${origin}/releases/${r.slug}${q}`;
    return [
      "  <entry>",
      `    <id>${escapeXml(url.replace(/\?.*$/, ""))}</id>`,
      `    <title>${escapeXml(`${r.issuerShort}: ${r.title}`)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <updated>${r.date}T00:00:00Z</updated>`,
      `    <author><name>${escapeXml(r.issuer)}</name></author>`,
      `    <summary>${escapeXml(verdictLine(r, lang))}</summary>`,
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang === "en" ? "en" : "es-MX"}">`,
    `  <id>${escapeXml(`${origin}/releases`)}</id>`,
    `  <title>${escapeXml(t.library.feedTitle)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(`${origin}/releases/feed.xml${q}`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(`${origin}/releases${q}`)}"/>`,
    `  <updated>${updated}T00:00:00Z</updated>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
