import { readPageLang } from "@/lib/http/page-lang";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDataset } from "@/lib/data/get-dataset";
import { getRelease } from "@/lib/checks/release-checks";
import { revisionHistoryView } from "@/lib/views/revision-history";
import { RevisionHistory } from "@/components/revisions/revision-history";
import { messages } from "@/lib/i18n/messages";
import { formatPeriod } from "@/lib/i18n/format";

type Props = {
  params: Promise<{ slug: string; claim: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load({ params, searchParams }: Props) {
  const { slug, claim } = await params;
  const lang = readPageLang(await searchParams);
  const release = getRelease(slug);
  const view = release ? revisionHistoryView(getDataset(), release, decodeURIComponent(claim)) : null;
  return { view, lang } as const;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { view, lang } = await load(props);
  return view ? { title: messages(lang).revisionsTitle(view.label[lang], formatPeriod(view.period, lang)) } : {};
}

/** How one money claim's figure was revised: every vintage held, on both bases, beside the release's figure. */
export default async function RevisionsPage(props: Props) {
  const { view, lang } = await load(props);
  if (!view) notFound();
  return (
    <div lang={lang}>
      <RevisionHistory view={view} lang={lang} />
    </div>
  );
}
