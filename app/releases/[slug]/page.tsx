import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getRelease } from "@/lib/checks/release-checks";
import { parseDashboardState, stateToSearch } from "@/lib/http/dashboard-state";
import { headers } from "next/headers";
import { Dashboard } from "@/components/dashboard/dashboard";
import { originFromHeaders } from "@/lib/http/origin";
import { releaseMetadata } from "@/components/dashboard/release-metadata";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { slug } = await params;
  const state = parseDashboardState(await searchParams);
  return getRelease(slug)
    ? releaseMetadata(slug, state.lang, `/releases/${slug}${stateToSearch(state)}`, originFromHeaders(await headers()))
    : {};
}

/** Any release by its slug; an unknown slug gets the 404 page. */
export default async function ReleasePage({ params, searchParams }: Props) {
  const { slug } = await params;
  if (!getRelease(slug)) notFound();
  return (
    <Dashboard
      slug={slug}
      state={parseDashboardState(await searchParams)}
      origin={originFromHeaders(await headers())}
      basePath={`/releases/${encodeURIComponent(slug)}`}
    />
  );
}
