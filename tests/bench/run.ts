/**
 * `npm run bench`: builds the app, starts it on a free loopback port, measures page weight (Chromium network log),
 * Lighthouse (mobile and desktop, median of 3), server throughput under load beside a bare node:http ceiling, and
 * server RSS before and after; prints one table and writes test-results/bench.json.
 * Flags: --skip-build (reuse .next), --quick (1 Lighthouse run, 5 s loads: a smoke run, not a measurement).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { buildApp, startApp } from "../helpers/next-server";
import { launchChromium } from "../helpers/chromium";
import { measurePageWeight, type PageWeight } from "./page-weight";
import { measureLighthouse, type LighthouseScores } from "./lighthouse";
import { load, startBareMirror, type LoadResult } from "./load";
import { groupRss } from "./rss";
import { checkLoadBudget, checkPageBudgets, checkRssBudget, type BudgetCheck } from "./budgets";
import { BENCH_PAGES, ENGINE_ROUTES, LOAD_ROUTES } from "./routes";

const args = new Set(process.argv.slice(2));
const quick = args.has("--quick");
const lighthouseRuns = quick ? 1 : 3;
const loadSeconds = quick ? 5 : 30;

async function main() {
  if (!args.has("--skip-build")) buildApp();
  const server = await startApp();
  const results: {
    machine: Record<string, unknown>;
    pages: Array<{
      path: string;
      kind: string;
      weight: PageWeight;
      mobile: LighthouseScores;
      desktop: LighthouseScores;
    }>;
    load: Array<{ path: string; app: LoadResult; bare: LoadResult; ratio: number }>;
    engine: Array<{ route: string; result: LoadResult }>;
    rss: { beforeBytes: number; afterBytes: number };
    budgets: BudgetCheck[];
  } = {
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      memGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      date: new Date().toISOString(),
      quick,
    },
    pages: [],
    load: [],
    engine: [],
    rss: { beforeBytes: 0, afterBytes: 0 },
    budgets: [],
  };
  try {
    const browser = await launchChromium();
    for (const { path, kind } of BENCH_PAGES) {
      const url = `${server.baseUrl}${path}`;
      const weight = await measurePageWeight(browser, url);
      const mobile = await measureLighthouse(url, "mobile", lighthouseRuns);
      const desktop = await measureLighthouse(url, "desktop", lighthouseRuns);
      results.pages.push({ path, kind, weight, mobile, desktop });
      results.budgets.push(...checkPageBudgets(kind, path, weight, mobile, desktop));
      console.log(`measured ${path}`);
    }
    await browser.close();

    // Warm up first (JIT, module and response caches, V8 heap growth), so the baseline RSS is the server's
    // working size rather than its cold size; then the real load must not grow it by more than 10%.
    for (const path of LOAD_ROUTES) await load(`${server.baseUrl}${path}`, { durationSec: quick ? 2 : 5 });
    await new Promise((r) => setTimeout(r, 3000));
    results.rss.beforeBytes = groupRss(server.pid);
    for (const path of LOAD_ROUTES) {
      const app = await load(`${server.baseUrl}${path}`, { durationSec: loadSeconds });
      const mirror = await startBareMirror(`${server.baseUrl}${path}`);
      const bare = await load(mirror.url, { durationSec: loadSeconds });
      await mirror.close();
      results.load.push({ path, app, bare, ratio: app.requestsPerSec / bare.requestsPerSec });
      results.budgets.push(checkLoadBudget(path, app));
      console.log(`loaded ${path}`);
    }
    // The claim engine: release 539's text through POST /api/check, beside the curated checks JSON.
    const body = JSON.stringify({ text: readFileSync(ENGINE_ROUTES.releaseText, "utf8"), date: ENGINE_ROUTES.date });
    const post = { method: "POST" as const, body, contentType: "application/json" };
    const engineSeconds = quick ? 3 : 15;
    for (const [route, request] of [
      [`POST ${ENGINE_ROUTES.check}`, post],
      [`GET ${ENGINE_ROUTES.checksJson}`, undefined],
    ] as const) {
      const path = route.split(" ")[1] ?? "";
      const result = await load(`${server.baseUrl}${path}`, {
        connections: 1,
        durationSec: engineSeconds,
        ...(request ? { request } : {}),
      });
      results.engine.push({ route, result });
      results.budgets.push(checkLoadBudget(route, result));
      console.log(`loaded ${route}`);
    }
    await new Promise((r) => setTimeout(r, 5000));
    results.rss.afterBytes = groupRss(server.pid);
    results.budgets.push(checkRssBudget(results.rss.beforeBytes, results.rss.afterBytes));
  } finally {
    await server.stop();
  }

  mkdirSync("test-results", { recursive: true });
  writeFileSync("test-results/bench.json", `${JSON.stringify(results, null, 2)}\n`);
  printTables(results);
  const missed = results.budgets.filter((b) => !b.met);
  console.log(missed.length ? `\n${missed.length} budget(s) not met.` : "\nEvery budget met.");
}

function printTables(r: {
  machine: Record<string, unknown>;
  pages: Array<{ path: string; weight: PageWeight; mobile: LighthouseScores; desktop: LighthouseScores }>;
  load: Array<{ path: string; app: LoadResult; bare: LoadResult; ratio: number }>;
  engine: Array<{ route: string; result: LoadResult }>;
  budgets: BudgetCheck[];
}) {
  console.log(
    `\nMachine: ${String(r.machine.cpus)} × ${String(r.machine.cpuModel)}, ${String(r.machine.memGiB)} GiB, ` +
      `Node ${String(r.machine.node)}${r.machine.quick ? " (QUICK RUN: not a measurement)" : ""}`,
  );
  console.log("\nPages (first view, empty cache; Lighthouse medians)");
  console.table(
    r.pages.map((p) => ({
      page: p.path,
      requests: p.weight.requests,
      "transfer KB": +(p.weight.transferBytes / 1024).toFixed(1),
      "JS KB": +(p.weight.scriptBytes / 1024).toFixed(1),
      "perf m/d": `${p.mobile.performance}/${p.desktop.performance}`,
      a11y: p.mobile.accessibility,
      "best pr.": p.mobile.bestPractices,
      "LCP ms m": Math.round(p.mobile.lcpMs),
      "TBT ms m": Math.round(p.mobile.tbtMs),
      "CLS m": +p.mobile.cls.toFixed(3),
    })),
  );
  console.log("\nServer under load (50 connections) beside a bare node:http server sending the same bytes");
  console.table(
    r.load.map((l) => ({
      route: l.path,
      "req/s": Math.round(l.app.requestsPerSec),
      "bare req/s": Math.round(l.bare.requestsPerSec),
      ratio: +l.ratio.toFixed(2),
      "p50 ms": l.app.p50Ms,
      "p99 ms": l.app.p99Ms,
      errors: l.app.errors + l.app.timeouts,
      "non-2xx": l.app.non2xx,
    })),
  );
  console.log("\nClaim engine: release 539's text through POST /api/check beside its checks JSON (1 connection)");
  console.table(
    r.engine.map((e) => ({
      route: e.route,
      "median server ms": e.result.p50Ms,
      "p99 ms": e.result.p99Ms,
      "req/s": +e.result.requestsPerSec.toFixed(1),
      requests: e.result.requests,
      "non-2xx": e.result.non2xx,
    })),
  );
  console.log("\nBudgets");
  console.table(
    r.budgets.map((b) => ({ budget: b.what, limit: b.limit, measured: b.measured, met: b.met ? "yes" : "NO" })),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
