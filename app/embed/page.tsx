import type { Metadata } from "next";
import { EmbedDialog } from "@/components/embed/embed-dialog";
import { CHART_NAME } from "@/lib/i18n/embed-labels";
import { EMBED_CHARTS } from "@/lib/http/embed/options";

export const metadata: Metadata = { title: "Insertar gráficos de Balanza / Embed Balanza charts" };

const INTRO = {
  es: "Pon un gráfico verificado de Balanza en tu sitio: elige el gráfico, su idioma, tema y tamaño, y pega el código. El gráfico se dibuja en el servidor, se ajusta a su contenido y pesa unos pocos KB.",
  en: "Put a verified Balanza chart on your site: pick the chart, its language, theme and size, and paste the code. The chart is drawn on the server, sizes itself to its content and weighs a few KB.",
};

/** /embed: every widget with its Embed dialog, for web editors (the dashboard offers the same dialog per chart). */
export default async function EmbedGalleryPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const lang = (await searchParams).lang === "en" ? "en" : "es";
  return (
    <main lang={lang} className="embed-gallery">
      <p className="app-name">
        <a href={lang === "en" ? "/?lang=en" : "/"}>Balanza</a> ·{" "}
        {lang === "es" ? "volver al tablero" : "back to the dashboard"}
      </p>
      <h1>{lang === "es" ? "Insertar gráficos de Balanza" : "Embed Balanza charts"}</h1>
      <p>{INTRO[lang]}</p>
      <ul>
        {EMBED_CHARTS.map((chart) => (
          <li key={chart} id={`embed-${chart}`}>
            {CHART_NAME[chart][lang]} <EmbedDialog chart={chart} lang={lang} />
          </li>
        ))}
      </ul>
    </main>
  );
}
