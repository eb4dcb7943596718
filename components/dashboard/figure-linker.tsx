"use client";
import { useEffect } from "react";

const LINKED = "is-linked";

function claimOf(target: EventTarget | null): string | null {
  return target instanceof Element ? (target.closest("[data-claim]")?.getAttribute("data-claim") ?? null) : null;
}

/**
 * Links every element that states one release figure (data-claim): the figure in the text, its chart elements and
 * its check rows. Hover, focus or tap one and all of them are highlighted. Renders nothing; one listener per event.
 */
export function FigureLinker() {
  useEffect(() => {
    let pinned: string | null = null;
    let current: string | null = null;
    const show = (claim: string | null) => {
      if (claim === current) return;
      for (const el of document.querySelectorAll(`.${LINKED}`)) el.classList.remove(LINKED);
      current = claim;
      if (claim)
        for (const el of document.querySelectorAll(`[data-claim="${CSS.escape(claim)}"]`)) el.classList.add(LINKED);
      document.documentElement.toggleAttribute("data-linking", Boolean(claim));
    };
    const over = (e: Event) => show(claimOf(e.target) ?? pinned);
    const tap = (e: Event) => {
      pinned = claimOf(e.target);
      show(pinned);
    };
    document.addEventListener("pointerover", over);
    document.addEventListener("focusin", over);
    document.addEventListener("click", tap);
    return () => {
      document.removeEventListener("pointerover", over);
      document.removeEventListener("focusin", over);
      document.removeEventListener("click", tap);
    };
  }, []);
  return null;
}
