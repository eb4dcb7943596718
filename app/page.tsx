import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { frontPageSlug } from "@/lib/checks/release-checks";
import { parseDashboardState, stateToSearch } from "@/lib/http/dashboard-state";
import { headers } from "next/headers";
import { Dashboard } from "@/components/dashboard/dashboard";
import { originFromHeaders } from "@/lib/http/origin";
import { releaseMetadata } from "@/components/dashboard/release-metadata";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const slug = frontPageSlug();
  const state = parseDashboardState(await searchParams);
  return slug ? releaseMetadata(slug, state.lang, `/${stateToSearch(state)}`, originFromHeaders(await headers())) : {};
}

/** The newest whole release (lib/checks/release-checks.ts: frontPageSlug), with the library one link away. */
export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const slug = frontPageSlug();
  if (!slug) notFound();
  return (
    <Dashboard
      slug={slug}
      state={parseDashboardState(await searchParams)}
      origin={originFromHeaders(await headers())}
      basePath={"/"}
    />
  );
}
