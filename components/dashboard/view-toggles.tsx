"use client";
import Link from "next/link";
import { clientMessages } from "@/lib/i18n/client-messages";
import { useDashboardState } from "./use-url-state";

/** Language and perspective: links (they work without JavaScript) that keep the rest of the view, range included. */
export function ViewToggles() {
  const { state, hrefFor } = useDashboardState();
  const t = clientMessages(state.lang);
  // One segment: a link to the view with that change, marked current when the view already has it.
  const segment = (change: Parameters<typeof hrefFor>[0], current: boolean, words: string, lang?: "es" | "en") => (
    <Link
      href={hrefFor(change)}
      scroll={false}
      prefetch={false}
      aria-current={current ? "true" : undefined}
      {...(lang ? { lang, hrefLang: lang } : {})}
    >
      {words}
    </Link>
  );
  return (
    <div className="toggles">
      <nav aria-label={t.language} className="segmented">
        {segment({ lang: "es" }, state.lang === "es", "Español", "es")}
        {segment({ lang: "en" }, state.lang === "en", "English", "en")}
      </nav>
      <nav aria-label={`${t.perspective}: ${t.perspectiveHelp}`} className="segmented">
        <span className="segmented-label" aria-hidden="true">
          {t.perspective}
        </span>
        {segment({ perspective: "mx" }, state.perspective === "mx", t.perspectiveMx)}
        {segment({ perspective: "us" }, state.perspective === "us", t.perspectiveUs)}
      </nav>
    </div>
  );
}
