import { createHash } from "node:crypto";
import type { ApiError } from "./errors";

/**
 * Data responses are deterministic (the dataset changes only with a deploy), so a CDN may keep them a day and
 * serve a stale copy for a week while it revalidates; browsers revalidate after five minutes with If-None-Match.
 */
export const DATA_CACHE_CONTROL = "public, max-age=300, s-maxage=86400, stale-while-revalidate=604800";

/**
 * Dashboard pages: a CDN keeps them like the data, but browsers always revalidate (max-age=0), so a tab never holds
 * HTML that names the script files of a previous deploy.
 */
export const PAGE_CACHE_CONTROL = "public, max-age=0, s-maxage=86400, stale-while-revalidate=604800";

/** Other sites may read the data endpoints (and their errors) from the browser. */
export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Content-Disposition",
} as const;

/** A strong ETag: a hash of the exact body bytes, so equal bodies share it and any byte changed changes it. */
export function strongEtag(body: string | Uint8Array): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/**
 * Whether If-None-Match matches `etag` (RFC 9110 §13.1.2: "*" or any listed tag, compared weakly, so a
 * W/-prefixed copy a proxy made still matches).
 */
export function ifNoneMatchHits(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const bare = etag.replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === bare);
}

/** Every CSV download: RFC 4180 text in UTF-8, with a header row (RFC 4180 §3's `header` parameter). */
export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8; header=present";

export interface CachedBody {
  /** Text (CSV, JSON, SVG) or bytes (XLSX, ZIP, PNG). */
  body: string | Uint8Array;
  etag: string;
  contentType: string;
  /** For downloads: the file name the browser saves it under. */
  fileName?: string;
}

export function cachedBody(body: string | Uint8Array, contentType: string, fileName?: string): CachedBody {
  return { body, etag: strongEtag(body), contentType, ...(fileName ? { fileName } : {}) };
}

/** 200 with the body, or 304 without it when the reader already has these bytes; caching and CORS headers on both. */
export function respondCached(request: Request, entry: CachedBody): Response {
  const headers = new Headers({
    ...CORS_HEADERS,
    "Cache-Control": DATA_CACHE_CONTROL,
    ETag: entry.etag,
    Vary: "Accept-Encoding",
  });
  if (ifNoneMatchHits(request.headers.get("if-none-match"), entry.etag))
    return new Response(null, { status: 304, headers });
  headers.set("Content-Type", entry.contentType);
  if (entry.fileName) headers.set("Content-Disposition", `attachment; filename="${entry.fileName}"`);
  return new Response(typeof entry.body === "string" ? entry.body : Buffer.from(entry.body), { status: 200, headers });
}

/** A JSON error (never cached) that other sites can read too. */
export function dataError(status: 400 | 404, body: ApiError): Response {
  return Response.json(body, { status, headers: { ...CORS_HEADERS, "Cache-Control": "no-store" } });
}

/**
 * Each memo's byte bound. About 15 routes keep one, and a JS string may take two bytes a character, so 2 MiB each keeps
 * them under ~60 MiB of heap together (8 MiB each let them take ~240 MiB, and a server capped at 256 MiB of heap ran out
 * under the tests' many distinct queries). The largest everyday body, a partner's series in every vintage, is ~115 KB.
 */
const MEMO_MAX_BYTES = 2 * 2 ** 20;

const bodySize = (entry: CachedBody) =>
  typeof entry.body === "string" ? Buffer.byteLength(entry.body) : entry.body.byteLength;

/**
 * Keeps at most `limit` built bodies per route and at most `maxBytes` of them in all (a query string can ask for every
 * vintage of every month, hundreds of KB), oldest dropped first: repeat requests cost a lookup, and the server's memory
 * stays bounded whatever the queries.
 */
export class BodyMemo {
  private readonly entries = new Map<string, { entry: CachedBody; bytes: number }>();
  private bytes = 0;
  constructor(
    private readonly limit = 200,
    private readonly maxBytes = MEMO_MAX_BYTES,
  ) {}
  get(key: string, build: () => CachedBody): CachedBody {
    const kept = this.entries.get(key);
    if (kept) return kept.entry;
    const entry = build();
    const bytes = bodySize(entry);
    if (bytes > this.maxBytes) return entry;
    this.entries.set(key, { entry, bytes });
    this.bytes += bytes;
    while (this.entries.size > this.limit || this.bytes > this.maxBytes) {
      const [oldest, value] = this.entries.entries().next().value as [string, { bytes: number }];
      this.entries.delete(oldest);
      this.bytes -= value.bytes;
    }
    return entry;
  }
}

/**
 * BodyMemo for bodies built asynchronously (XLSX, PNG): concurrent first requests share one build; a failed build is
 * not kept. Bounded the same way, each body counted once built.
 */
export class AsyncBodyMemo {
  private readonly entries = new Map<string, { entry: Promise<CachedBody>; bytes: number }>();
  private bytes = 0;
  constructor(
    private readonly limit = 100,
    private readonly maxBytes = MEMO_MAX_BYTES,
  ) {}
  get(key: string, build: () => Promise<CachedBody>): Promise<CachedBody> {
    const kept = this.entries.get(key);
    if (kept) return kept.entry;
    const slot = { entry: build(), bytes: 0 };
    this.entries.set(key, slot);
    slot.entry.then(
      (body) => {
        if (this.entries.get(key) !== slot) return;
        slot.bytes = bodySize(body);
        this.bytes += slot.bytes;
        this.trim();
      },
      () => {
        if (this.entries.get(key) === slot) this.entries.delete(key);
      },
    );
    this.trim();
    return slot.entry;
  }
  private trim(): void {
    while (this.entries.size > this.limit || this.bytes > this.maxBytes) {
      const [oldest, value] = this.entries.entries().next().value as [string, { bytes: number }];
      this.entries.delete(oldest);
      this.bytes -= value.bytes;
    }
  }
}

/**
 * The CORS preflight answer (a cross-origin reader sending If-None-Match itself asks first): GET and HEAD, from
 * anywhere.
 */
export function corsPreflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "If-None-Match",
      "Access-Control-Max-Age": "86400",
    },
  });
}

/**
 * `"name"` when a path segment looks like a slug or file name, else a neutral word: hostile input is never reflected.
 */
export function echoSegment(segment: string, noun: string): string {
  return /^[A-Za-z0-9._-]{1,80}$/.test(segment) ? `${noun} "${segment}"` : `such ${noun}`;
}

/** The 404 body for a release slug there is no release for, naming the slugs there are. */
export function unknownReleaseError(slug: string, slugs: string[]): ApiError {
  return { error: `No ${echoSegment(slug, "release")}.`, parameter: "slug", allowed: slugs };
}
