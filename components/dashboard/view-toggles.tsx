"use client";
import Link from "next/link";
import { messages } from "@/lib/i18n/messages";
import { useDashboardState } from "./use-url-state";

/** Language and perspective: links (they work without JavaScript) that keep the rest of the view, range included. */
export function ViewToggles() {
  const { state, hrefFor } = useDashboardState();
  const t = messages(state.lang);
  return (
    <div className="toggles">
      <nav aria-label={t.language} className="segmented">
        <Link
          href={hrefFor({ lang: "es" })}
          scroll={false}
          aria-current={state.lang === "es" ? "true" : undefined}
          lang="es"
          hrefLang="es"
        >
          Español
        </Link>
        <Link
          href={hrefFor({ lang: "en" })}
          scroll={false}
          aria-current={state.lang === "en" ? "true" : undefined}
          lang="en"
          hrefLang="en"
        >
          English
        </Link>
      </nav>
      <nav aria-label={`${t.perspective}: ${t.perspectiveHelp}`} className="segmented">
        <span className="segmented-label" aria-hidden="true">
          {t.perspective}
        </span>
        <Link
          href={hrefFor({ perspective: "mx" })}
          scroll={false}
          aria-current={state.perspective === "mx" ? "true" : undefined}
        >
          {t.perspectiveMx}
        </Link>
        <Link
          href={hrefFor({ perspective: "us" })}
          scroll={false}
          aria-current={state.perspective === "us" ? "true" : undefined}
        >
          {t.perspectiveUs}
        </Link>
      </nav>
    </div>
  );
}
