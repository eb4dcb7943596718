/**
 * Large static markup (the server's chart drawings and data tables) goes from the server components to the HTML
 * without being repeated in Next's inline RSC payload: the server component leaves the markup here under a key and
 * sends only the key; the client leaf (static-html.tsx), rendered to HTML in the same process, takes it back. Both
 * module layers (react-server and SSR) are separate module instances in one process, so the store lives on globalThis.
 * An entry is counted per use and dropped once taken; one never taken (an aborted render) is swept after a minute.
 */
interface Entry {
  html: string;
  uses: number;
  at: number;
}

const STORE = Symbol.for("balanza.html-channel");
const TTL_MS = 60_000;

function store(): Map<string, Entry> {
  const g = globalThis as { [STORE]?: Map<string, Entry> };
  return (g[STORE] ??= new Map<string, Entry>());
}

/** Leaves `html` under `key` for one use (a key is the content's hash: the same markup twice is one entry). */
export function leaveHtml(key: string, html: string): void {
  const s = store();
  const now = Date.now();
  for (const [k, e] of s) if (now - e.at > TTL_MS) s.delete(k);
  const e = s.get(key);
  if (e) {
    e.uses += 1;
    e.at = now;
  } else s.set(key, { html, uses: 1, at: now });
}

/** The markup left under `key`, for one use; undefined when there is none (not rendered in this process). */
export function takeHtml(key: string): string | undefined {
  const s = store();
  const e = s.get(key);
  if (!e) return undefined;
  e.uses -= 1;
  if (e.uses <= 0) s.delete(key);
  return e.html;
}
