import type { Metadata } from "next";
import { getDataset } from "@/lib/data/get-dataset";
import { revisionStatsView } from "@/lib/views/revision-stats";
import { messages } from "@/lib/i18n/messages";
import { formatNumber } from "@/lib/i18n/format";
import { dataTableHtml, tableText } from "@/lib/render/data-table";
import { DrawnTable } from "@/components/charts/drawn-chart";
import { readPageLang } from "@/lib/http/page-lang";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return { title: `${messages(readPageLang(await searchParams)).revisionStatsTitle} — Balanza` };
}

/** How far revisions have moved figures: the distribution over every pair of vintages held (computed once). */
export default async function RevisionStatsPage({ searchParams }: Props) {
  const lang = readPageLang(await searchParams);
  const t = messages(lang);
  const v = revisionStatsView(getDataset());
  return (
    <main className="revisions-page" lang={lang}>
      <p>
        <a href={lang === "en" ? "/?lang=en" : "/"}>← Balanza</a> ·{" "}
        <a href={`/releases${lang === "en" ? "?lang=en" : ""}`}>{t.library.link}</a>
      </p>
      <h1>{t.revisionStatsTitle}</h1>
      <p>{t.revisionStatsIntro(formatNumber(v.totalPairs, lang, 0), v.vintages)}</p>
      {[v.overall, v.byLag].map((table, i) => (
        <div key={i} className="table-scroll" tabIndex={0} role="region" aria-label={tableText(table.caption, lang)}>
          <DrawnTable table={dataTableHtml(table, lang)} />
        </div>
      ))}
      <p>
        <a href="/api/revisions/stats">{t.revisionStatsMore(v.otherGroups)}</a>
      </p>
    </main>
  );
}
