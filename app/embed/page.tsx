import { readPageLang } from "@/lib/http/page-lang";
import type { Metadata } from "next";
import { EmbedDialog } from "@/components/embed/embed-dialog";
import { messages } from "@/lib/i18n/messages";
import { EMBED_CHARTS } from "@/lib/http/embed/options";
import { exampleRelease } from "@/lib/render/render-widget";

export const metadata: Metadata = {
  title: `${messages("es").embed.galleryTitle} / ${messages("en").embed.galleryTitle}`,
};

/** /embed: every widget with its Embed dialog, for web editors (the dashboard offers the same dialog per chart). */
export default async function EmbedGalleryPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const lang = readPageLang(await searchParams);
  const m = messages(lang);
  return (
    <main lang={lang} className="embed-gallery">
      <p className="app-name">
        <a href={lang === "en" ? "/?lang=en" : "/"}>Balanza</a> · {m.embed.galleryBack} ·{" "}
        <a href={`/releases${lang === "en" ? "?lang=en" : ""}`}>{m.library.link}</a>
      </p>
      <h1>{m.embed.galleryTitle}</h1>
      <p>{m.embed.galleryIntro}</p>
      <ul>
        {EMBED_CHARTS.map((chart) => {
          // A chart of a release's other figures needs a release that states some: the newest that does.
          const example = chart.startsWith("claimed-") ? exampleRelease(chart) : null;
          return (
            <li key={chart} id={`embed-${chart}`}>
              {m.chartName[chart]}{" "}
              <EmbedDialog
                chart={chart}
                lang={lang}
                {...(example ? { state: { release: example.slug }, drawnHeight: example.drawnHeight } : {})}
              />
            </li>
          );
        })}
      </ul>
    </main>
  );
}
