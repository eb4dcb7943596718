import { describe, expect, it } from "vitest";
import { pageCacheControl } from "@/lib/page-cache";
import { DATA_CACHE_CONTROL } from "@/lib/http-cache";

describe("pageCacheControl", () => {
  it.each(["/", "/releases/2024-03-22-index-usa-539", "/releases/any-slug/"])("%s, an HTML request: cacheable like the data", (path) => {
    expect(pageCacheControl(path, false)).toBe(DATA_CACHE_CONTROL);
  });
  it.each(["/embed", "/embed/bridge", "/api/series", "/releases/x/checks", "/releases", "/favicon.ico"])("%s: left to its route", (path) => {
    expect(pageCacheControl(path, false)).toBeNull();
  });
  it("never for Next's RSC requests", () => {
    expect(pageCacheControl("/", true)).toBeNull();
  });
});
