import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { frontPageSlug, getRelease, listReleaseSlugs } from "@/lib/checks/release-checks";
import { PRESET_VIEWS, presetViewState, stateToSearch } from "@/lib/http/dashboard-state";
import { buildOrigin } from "@/lib/http/origin";
import { Dashboard } from "@/components/dashboard/dashboard";
import { releaseMetadata } from "@/components/dashboard/release-metadata";
import { markPrerendered } from "@/components/ui/render-mode";

/**
 * The dashboard's preset views (language × perspective, default basis and range) of every release, and of the front
 * page, generated at `next build`: proxy.ts rewrites `/` and `/releases/{slug}` to these when the query string asks
 * for one of them, so they are served as files; any other view is rendered per request by app/page.tsx and
 * app/releases/[slug]/page.tsx. Not a public path (proxy.ts answers 404 for it).
 */
type Props = { params: Promise<{ slug: string; view: string }> };

/** "es-mx" is /releases/{slug}; "front-es-mx" is / (the same release, its links keeping "/"). */
const FRONT = "front-";

export const dynamicParams = false;

export function generateStaticParams() {
  const front = frontPageSlug();
  return [
    ...listReleaseSlugs().flatMap((slug) => PRESET_VIEWS.map((view) => ({ slug, view }))),
    ...(front ? PRESET_VIEWS.map((view) => ({ slug: front, view: `${FRONT}${view}` })) : []),
  ];
}

function readView(view: string) {
  const front = view.startsWith(FRONT);
  const state = presetViewState(front ? view.slice(FRONT.length) : view);
  return state ? { front, state } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, view } = await params;
  const v = readView(view);
  if (!v) return {};
  const path = v.front ? "/" : `/releases/${slug}`;
  return releaseMetadata(slug, v.state.lang, `${path}${stateToSearch(v.state)}`, buildOrigin());
}

export default async function PresetView({ params }: Props) {
  const { slug, view } = await params;
  const v = readView(view);
  if (!v || !getRelease(slug)) notFound();
  markPrerendered();
  return (
    <Dashboard
      slug={slug}
      state={v.state}
      origin={buildOrigin()}
      basePath={v.front ? "/" : `/releases/${encodeURIComponent(slug)}`}
    />
  );
}
