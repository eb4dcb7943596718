import { describe, expect, it } from "vitest";
import { AsyncBodyMemo, BodyMemo, cachedBody } from "@/lib/http/cache";

const body = (kib: number, tag = "x") => cachedBody(tag.repeat(kib * 1024), "text/plain");

describe("BodyMemo", () => {
  it("builds a body once per key", () => {
    const memo = new BodyMemo();
    let builds = 0;
    const build = () => (builds++, body(1));
    expect(memo.get("a", build)).toBe(memo.get("a", build));
    expect(builds).toBe(1);
  });

  it("keeps at most `limit` bodies, dropping the oldest", () => {
    const memo = new BodyMemo(2);
    let builds = 0;
    const build = () => (builds++, body(1));
    for (const key of ["a", "b", "c", "a"]) memo.get(key, build);
    expect(builds).toBe(4); // "a" was dropped when "c" came, so it was built again
    memo.get("c", build);
    expect(builds).toBe(4);
  });

  it("keeps at most `maxBytes` in all, and never keeps a body larger than that", () => {
    const memo = new BodyMemo(100, 10 * 1024);
    let builds = 0;
    const build = (kib: number) => () => (builds++, body(kib));
    memo.get("a", build(4));
    memo.get("b", build(4));
    memo.get("c", build(4)); // 12 KiB > 10: "a" goes
    memo.get("b", build(4));
    memo.get("c", build(4));
    expect(builds).toBe(3);
    memo.get("a", build(4));
    expect(builds).toBe(4);
    memo.get("big", build(11));
    memo.get("big", build(11));
    expect(builds).toBe(6);
  });
});

describe("AsyncBodyMemo", () => {
  it("shares one build among concurrent requests and bounds the bytes it keeps", async () => {
    const memo = new AsyncBodyMemo(100, 10 * 1024);
    let builds = 0;
    const build = () => (builds++, Promise.resolve(body(4)));
    await Promise.all([memo.get("a", build), memo.get("a", build)]);
    expect(builds).toBe(1);
    await memo.get("b", build);
    await memo.get("c", build); // 12 KiB: "a" goes
    await memo.get("a", build);
    expect(builds).toBe(4);
  });

  it("does not keep a failed build", async () => {
    const memo = new AsyncBodyMemo();
    await expect(memo.get("a", () => Promise.reject(new Error("no")))).rejects.toThrow("no");
    await expect(memo.get("a", () => Promise.resolve(body(1)))).resolves.toMatchObject({ contentType: "text/plain" });
  });
});
