import "server-only";
import { cache } from "react";

// Per render (React's cache is scoped to one server request): whether this page is being generated at build time.
const mode = cache(() => ({ prerendered: false }));

/**
 * Marks the page being rendered as one generated at `next build` (app/static-views): its HTML is a document, and it
 * may not read request headers (that would make it a page rendered per request).
 */
export function markPrerendered(): void {
  mode().prerendered = true;
}

export function isPrerendered(): boolean {
  return mode().prerendered;
}
