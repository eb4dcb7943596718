"use client";
import { useEffect, useState } from "react";
import { takeHtml } from "./html-channel";

// The markup each key stood for, read off the server's HTML when it hydrated: a later mount (a drawing shown again as
// the fallback while recharts loads) finds it here.
const seen = new Map<string, string>();

/** The elements static markup may be written in (a section or a paragraph whole, with no wrapper inside it). */
type StaticHtmlTag = "div" | "section" | "p";

export interface StaticHtmlProps {
  /** The element holding the markup; a div unless said. */
  as?: StaticHtmlTag;
  /** The markup itself (written in the browser, or sent in the RSC payload of a client navigation). */
  html?: string;
  /** Or the key it was left under on the server (html-channel.ts): in the HTML only, not in the RSC payload. */
  htmlKey?: string;
  className?: string;
  lang?: string;
  role?: string;
  "aria-label"?: string;
  "aria-labelledby"?: string;
  /** The release claim the element states (figure linking: components/dashboard/figure-linker.tsx). */
  "data-claim"?: string;
  /** A scrollable region (a wide table) takes focus, so a keyboard can scroll it. */
  tabIndex?: number;
}

/**
 * Markup written without React (lib/render), as one element: nothing inside it to hydrate. Given by key, it is
 * rendered on the server from the channel and kept as it is in the browser (React leaves the inner HTML of a
 * hydrated element alone); a mount in the browser with no server HTML fetches the page and takes it from there.
 */
export function StaticHtml({ html, htmlKey, as: Tag = "div", ...attrs }: StaticHtmlProps) {
  // Read once, at mount: on the server from the channel; in the browser from an earlier mount, else undefined while
  // hydrating, where React keeps the server's markup (the content of dangerouslySetInnerHTML is not compared).
  const [atMount] = useState(() =>
    htmlKey === undefined ? undefined : typeof window === "undefined" ? (takeHtml(htmlKey) ?? "") : seen.get(htmlKey),
  );
  const [fetched, setFetched] = useState<string | undefined>(undefined);
  const known = html ?? fetched ?? atMount ?? "";
  useEffect(() => {
    if (htmlKey === undefined || html !== undefined) return;
    const el = document.querySelector(`[data-html-key="${htmlKey}"]`);
    if (el && el.innerHTML !== "") {
      seen.set(htmlKey, el.innerHTML);
      return;
    }
    if (seen.has(htmlKey)) return;
    // Mounted in the browser without the server's HTML (a client navigation to a prerendered page): read the page.
    let live = true;
    void fetch(window.location.href, { headers: { accept: "text/html" } })
      .then((r) => r.text())
      .then((text) => {
        const found = new DOMParser()
          .parseFromString(text, "text/html")
          .querySelector(`[data-html-key="${htmlKey}"]`)?.innerHTML;
        if (found !== undefined) seen.set(htmlKey, found);
        if (live) setFetched(found ?? "");
      });
    return () => {
      live = false;
    };
  }, [html, htmlKey]);
  return (
    <Tag {...attrs} data-html-key={htmlKey} dangerouslySetInnerHTML={{ __html: known }} suppressHydrationWarning />
  );
}
