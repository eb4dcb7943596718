import type { Metadata } from "next";
import { getDataset } from "@/lib/data/get-dataset";
import { parseDashboardState } from "@/lib/http/dashboard-state";
import { messages } from "@/lib/i18n/messages";
import { partnerChoices } from "@/lib/views/check-view";
import { CheckForm } from "@/components/check/check-form";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { lang } = parseDashboardState(await searchParams);
  const t = messages(lang);
  return { title: t.checkPage.siteTitle, description: t.checkPage.intro };
}

/** /check: paste any text about US goods trade, with its date, and see every figure checked. Nothing is stored. */
export default async function CheckPage({ searchParams }: { searchParams: SearchParams }) {
  const { lang } = parseDashboardState(await searchParams);
  const t = messages(lang);
  const p = t.checkPage;
  const partners = partnerChoices(getDataset().partners.values(), lang);
  const here = (l: "es" | "en") => (l === "en" ? "/check?lang=en" : "/check");
  return (
    <div lang={lang} className="dashboard check-page">
      <header className="site-header">
        <div>
          <p className="app-name">
            <a href={`/${lang === "en" ? "?lang=en" : ""}`}>{t.appName}</a> · <span>{t.tagline}</span> ·{" "}
            <a href={`/releases${lang === "en" ? "?lang=en" : ""}`}>{t.library.link}</a>
          </p>
          <h1>{p.title}</h1>
        </div>
        <div className="toggles">
          <nav aria-label={t.language} className="segmented">
            {(["es", "en"] as const).map((l) => (
              <a key={l} href={here(l)} aria-current={lang === l ? "true" : undefined} lang={l} hrefLang={l}>
                {p.languageNames[l]}
              </a>
            ))}
          </nav>
        </div>
      </header>
      <main className="check-main">
        <p className="check-intro">{p.intro}</p>
        <p>
          <a href={`/${lang === "en" ? "?lang=en" : ""}`}>← {p.back}</a>
        </p>
        <CheckForm lang={lang} partners={partners} />
      </main>
    </div>
  );
}
