import autocannon from "autocannon";
import { createServer, type Server } from "node:http";

export interface LoadResult {
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  requests: number;
}

/** A bounded autocannon run against a loopback URL (the only kind of address these benchmarks touch). */
export async function load(
  url: string,
  {
    connections = 50,
    durationSec = 30,
    request,
  }: {
    connections?: number;
    durationSec?: number;
    request?: { method: "POST"; body: string; contentType: string };
  } = {},
): Promise<LoadResult> {
  if (!/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(url))
    throw new Error(`refusing to load a non-loopback address: ${url}`);
  const r = await autocannon({
    url,
    connections,
    duration: durationSec,
    timeout: 10,
    ...(request
      ? { method: request.method, body: request.body, headers: { "content-type": request.contentType } }
      : {}),
  });
  return {
    requestsPerSec: r.requests.average,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    requests: r.requests.total,
  };
}

/**
 * The ceiling on this machine: a bare node:http server that sends, from memory, the same status, headers
 * and bytes the app sent for `url`.
 */
export async function startBareMirror(url: string): Promise<{ url: string; close: () => Promise<void> }> {
  const res = await fetch(url, { headers: { "accept-encoding": "identity" } });
  const body = Buffer.from(await res.arrayBuffer());
  const headers: Record<string, string> = {};
  for (const name of ["content-type", "cache-control", "etag"]) {
    const v = res.headers.get(name);
    if (v) headers[name] = v;
  }
  headers["content-length"] = String(body.length);
  const server: Server = createServer((_req, out) => {
    out.writeHead(res.status, headers);
    out.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
