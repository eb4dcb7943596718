import type { Metadata } from "next";
import { getRelease } from "@/lib/releases";
import type { Lang } from "@/lib/format";
import { strings } from "@/lib/i18n";

export function releaseMetadata(slug: string, lang: Lang): Metadata {
  const r = getRelease(slug);
  if (!r) return {};
  const t = strings(lang);
  return { title: `${t.release} ${r.meta.number} (${r.meta.issuerShort}, ${r.meta.date}) — Balanza`, description: t.tagline };
}
