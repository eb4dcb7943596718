import type { Metadata } from "next";
import { getRelease } from "@/lib/checks/release-checks";
import type { Lang } from "@/lib/i18n/format";
import { messages } from "@/lib/i18n/messages";

/**
 * Title and description of a dashboard page, and its oEmbed discovery link, so a CMS that speaks oEmbed
 * (WordPress among them) embeds a dashboard URL pasted on its own line as that release's chart.
 */
export function releaseMetadata(slug: string, lang: Lang, pagePathAndQuery: string, origin: string): Metadata {
  const r = getRelease(slug);
  if (!r) return {};
  const t = messages(lang);
  const oembed = `${origin}/api/oembed?format=json&url=${encodeURIComponent(origin + pagePathAndQuery)}`;
  return {
    title: `${t.release} ${r.meta.number} (${r.meta.issuerShort}, ${r.meta.date}) — Balanza`,
    description: t.tagline,
    alternates: {
      types: { "application/json+oembed": [{ url: oembed, title: `${t.release} ${r.meta.number} — Balanza` }] },
    },
  };
}
