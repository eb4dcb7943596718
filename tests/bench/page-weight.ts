import type { Browser } from "playwright-core";

export interface PageWeight {
  url: string;
  requests: number;
  /** Bytes on the wire (compressed), every request of the first view with an empty cache. */
  transferBytes: number;
  /** The HTML document's own size, uncompressed (its decoded body). */
  documentBytes: number;
  scriptBytes: number;
  scriptRequests: number;
}

/** First view with an empty cache, read from Chromium's network log (CDP encodedDataLength). */
export async function measurePageWeight(
  browser: Browser,
  url: string,
  viewport = { width: 412, height: 823 },
): Promise<PageWeight> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const types = new Map<string, string>();
  const sizes = new Map<string, number>();
  cdp.on("Network.responseReceived", (e) => types.set(e.requestId, e.type));
  cdp.on("Network.loadingFinished", (e) => sizes.set(e.requestId, e.encodedDataLength));
  const response = await page.goto(url, { waitUntil: "networkidle" });
  const documentBytes = response ? (await response.body()).length : NaN;
  await page.waitForTimeout(500);
  await context.close();
  let transferBytes = 0;
  let scriptBytes = 0;
  let scriptRequests = 0;
  for (const [id, size] of sizes) {
    transferBytes += size;
    if (types.get(id) === "Script") {
      scriptBytes += size;
      scriptRequests += 1;
    }
  }
  return { url, requests: sizes.size, transferBytes, documentBytes, scriptBytes, scriptRequests };
}
