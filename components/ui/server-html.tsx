import "server-only";
import { createHash } from "node:crypto";
import { headers } from "next/headers";
import { leaveHtml } from "./html-channel";
import { isPrerendered } from "./render-mode";
import { StaticHtml, type StaticHtmlProps } from "./static-html";
import { squeeze } from "@/lib/render/squeeze";

/**
 * Static markup of a server component (a chart drawing, a data table) that the page's HTML carries once: left in the
 * channel for the HTML render, not written into the inline RSC payload a second time. Any other request (a client
 * navigation's RSC request has no HTML render; Next hides its `rsc` header from headers()) carries the markup itself.
 */
export async function ServerHtml({ html: written, ...attrs }: Omit<StaticHtmlProps, "htmlKey"> & { html: string }) {
  const html = squeeze(written);
  // A page generated at build time is a document (its client navigations read it, static-html.tsx).
  const h = isPrerendered() ? null : await headers();
  const documentRequest = !h || h.get("sec-fetch-dest") === "document" || (h.get("accept") ?? "").includes("text/html");
  if (!documentRequest) return <StaticHtml {...attrs} html={html} />;
  // 60 bits of the content's hash: no two markups of the server's lifetime share one, and it is written twice a page.
  const key = createHash("sha1").update(html).digest("base64url").slice(0, 10);
  leaveHtml(key, html);
  return <StaticHtml {...attrs} htmlKey={key} />;
}
