import type { Metadata } from "next";
import { headers } from "next/headers";
import { getRelease } from "@/lib/releases";
import type { Lang } from "@/lib/format";
import { strings } from "@/lib/i18n";
import { originFromHeaders } from "@/lib/embed/origin";

/**
 * Title and description of a dashboard page, and its oEmbed discovery link, so a CMS that speaks oEmbed
 * (WordPress among them) embeds a dashboard URL pasted on its own line as that release's chart.
 */
export async function releaseMetadata(slug: string, lang: Lang, pagePathAndQuery: string): Promise<Metadata> {
  const r = getRelease(slug);
  if (!r) return {};
  const t = strings(lang);
  const origin = originFromHeaders(await headers());
  const oembed = `${origin}/api/oembed?format=json&url=${encodeURIComponent(origin + pagePathAndQuery)}`;
  return {
    title: `${t.release} ${r.meta.number} (${r.meta.issuerShort}, ${r.meta.date}) — Balanza`,
    description: t.tagline,
    alternates: { types: { "application/json+oembed": [{ url: oembed, title: `${t.release} ${r.meta.number} — Balanza` }] } },
  };
}
