/**
 * `npm run bench`: builds the app, starts it on a free loopback port, and measures, for `/`, every release page of
 * data/manifest.json and every widget: page weight (Chromium network log), Lighthouse (mobile and desktop, median of
 * 3); then server throughput under load (each route beside a bare node:http server sending the same bytes, and `/`
 * beside a static prerendered route), and server RSS after start and after the load. Prints the machine (CPU, cores,
 * Lighthouse's benchmarkIndex, load average before and after), one table per measure and every budget of issues 6
 * and 13; writes test-results/bench.json; exits 1 when any budget is missed.
 * Flags: --skip-build (reuse .next), --quick (1 Lighthouse run, short loads: a smoke run, NOT a measurement),
 * --no-lighthouse (page weight, load and RSS only: the Lighthouse budgets are reported not measured, so not met).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { buildApp, startApp } from "../helpers/next-server";
import { launchChromium } from "../helpers/chromium";
import { measurePageWeight, type PageWeight } from "./page-weight";
import { measureLighthouse, type LighthouseScores } from "./lighthouse";
import { load, startBareMirror, type LoadResult } from "./load";
import { groupRss } from "./rss";
import {
  checkLoadBudget,
  checkPageBudgets,
  checkRssBudgets,
  checkStaticSpeedBudget,
  percentChange,
  type BudgetCheck,
} from "./budgets";
import { benchPages, engineRoutes, loadRoutes, releaseSlugs, STATIC_REFERENCE, type PageKind } from "./routes";

const args = new Set(process.argv.slice(2));
const quick = args.has("--quick");
const lighthouseRuns = quick ? 1 : 3;
const lighthouseOn = !args.has("--no-lighthouse");
const loadSeconds = quick ? 5 : 30;
const warmUpSeconds = quick ? 1 : 3;
const QUICK_NOTE = "QUICK RUN (--quick): a smoke run, NOT a measurement; budgets need a full `npm run bench`";

interface PageResult {
  path: string;
  kind: PageKind;
  weight: PageWeight;
  mobile: LighthouseScores | null;
  desktop: LighthouseScores | null;
}
interface LoadRow {
  path: string;
  app: LoadResult;
  bare: LoadResult;
  ratio: number;
}
interface Machine {
  cpuModel: string;
  cores: number;
  memGiB: number;
  node: string;
  /** Median of every Lighthouse run's lhr.environment.benchmarkIndex. */
  benchmarkIndex: number | null;
  loadAverageBefore: number[];
  loadAverageAfter: number[];
  date: string;
  quick: boolean;
}
interface Results {
  machine: Machine;
  pages: PageResult[];
  load: LoadRow[];
  engine: Array<{ route: string; result: LoadResult }>;
  rss: { startBytes: number; warmBytes: number; afterBytes: number };
  /** The same RSS readings of a bare Next app under the same load: the framework's own growth (no budget). */
  bareNextRss: { startBytes: number; afterBytes: number } | null;
  budgets: BudgetCheck[];
}

const loadAvg = () => os.loadavg().map((x) => +x.toFixed(2));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function median(xs: number[]): number | null {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? null) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** The static reference must really be prerendered (○ in `next build`), or the comparison means nothing. */
function assertStatic(route: string): void {
  const manifest = JSON.parse(readFileSync(".next/prerender-manifest.json", "utf8")) as { routes: object };
  if (!(route in manifest.routes))
    throw new Error(`${route} is not a prerendered route (.next/prerender-manifest.json): pick another static route`);
}

async function main() {
  const slugs = releaseSlugs();
  const engine = engineRoutes(slugs[0] ?? "");
  const results: Results = {
    machine: {
      cpuModel: os.cpus()[0]?.model ?? "unknown",
      cores: os.cpus().length,
      memGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      benchmarkIndex: null,
      loadAverageBefore: loadAvg(),
      loadAverageAfter: [],
      date: new Date().toISOString(),
      quick,
    },
    pages: [],
    load: [],
    engine: [],
    rss: { startBytes: 0, warmBytes: 0, afterBytes: 0 },
    bareNextRss: null,
    budgets: [],
  };
  if (quick) console.log(`\n*** ${QUICK_NOTE} ***\n`);
  console.log(`load average before: ${results.machine.loadAverageBefore.join(", ")}`);
  if (!args.has("--skip-build")) buildApp();
  assertStatic(STATIC_REFERENCE);
  const server = await startApp();
  try {
    // The server's size once started (it reads the dataset at start: instrumentation.ts), before any request.
    await sleep(3000);
    results.rss.startBytes = groupRss(server.pid);

    const browser = await launchChromium();
    for (const { path, kind } of benchPages(slugs)) {
      const url = `${server.baseUrl}${path}`;
      const weight = await measurePageWeight(browser, url);
      const mobile = lighthouseOn ? await measureLighthouse(url, "mobile", lighthouseRuns) : null;
      const desktop = lighthouseOn ? await measureLighthouse(url, "desktop", lighthouseRuns) : null;
      results.pages.push({ path, kind, weight, mobile, desktop });
      results.budgets.push(...checkPageBudgets(kind, path, weight, mobile, desktop));
      console.log(`measured ${path}`);
    }
    await browser.close();
    results.machine.benchmarkIndex = median(
      results.pages.flatMap((p) => (p.mobile && p.desktop ? [p.mobile.benchmarkIndex, p.desktop.benchmarkIndex] : [])),
    );

    const routes = loadRoutes(slugs);
    for (const path of routes) await load(`${server.baseUrl}${path}`, { durationSec: warmUpSeconds });
    await sleep(3000);
    results.rss.warmBytes = groupRss(server.pid);
    for (const path of routes) {
      const app = await load(`${server.baseUrl}${path}`, { durationSec: loadSeconds });
      const mirror = await startBareMirror(`${server.baseUrl}${path}`);
      const bare = await load(mirror.url, { durationSec: loadSeconds });
      await mirror.close();
      results.load.push({ path, app, bare, ratio: app.requestsPerSec / bare.requestsPerSec });
      results.budgets.push(checkLoadBudget(path, app));
      console.log(`loaded ${path}`);
    }
    const ref = results.load.find((l) => l.path === STATIC_REFERENCE);
    const home = results.load.find((l) => l.path === "/");
    if (ref && home) results.budgets.push(checkStaticSpeedBudget("/", home.app, STATIC_REFERENCE, ref.app));

    // The claim engine: a release's text through POST /api/check, beside the curated checks JSON.
    const body = JSON.stringify({ text: readFileSync(engine.releaseText, "utf8"), date: engine.date });
    const post = { method: "POST" as const, body, contentType: "application/json" };
    for (const [route, request] of [
      [`POST ${engine.check}`, post],
      [`GET ${engine.checksJson}`, undefined],
    ] as const) {
      const path = route.split(" ")[1] ?? "";
      const result = await load(`${server.baseUrl}${path}`, {
        connections: 1,
        durationSec: quick ? 3 : 15,
        ...(request ? { request } : {}),
      });
      results.engine.push({ route, result });
      results.budgets.push(checkLoadBudget(route, result));
      console.log(`loaded ${route}`);
    }
    await sleep(5000);
    results.rss.afterBytes = groupRss(server.pid);
    results.budgets.push(...checkRssBudgets(results.rss.startBytes, results.rss.afterBytes));
  } finally {
    await server.stop();
  }
  results.bareNextRss = await measureBareNext();
  results.machine.loadAverageAfter = loadAvg();

  mkdirSync("test-results", { recursive: true });
  writeFileSync("test-results/bench.json", `${JSON.stringify(results, null, 2)}\n`);
  printTables(results);
  const missed = results.budgets.filter((b) => !b.met);
  if (missed.length > 0) {
    console.error(`\n!!! ${missed.length} BUDGET(S) NOT MET${quick ? " (quick run: not a measurement)" : ""}:`);
    for (const b of missed) console.error(`!!!   ${b.what}: ${b.measured} (budget ${b.limit})`);
    process.exitCode = 1;
  } else console.log(`\nEvery budget met.${quick ? ` ${QUICK_NOTE}.` : ""}`);
}

const BARE_NEXT = "tests/bench/bare-next";
const BARE_NEXT_ROUTES = ["/api/static", "/"];

/**
 * A bare Next app (one page, one prerendered route; why it is built as it is: its README), started as Balanza is and
 * loaded as Balanza's routes are: a warm-up, then 50 connections for as long on each route. Its growth is Next's own
 * on this machine, the floor under Balanza's RSS budget.
 */
async function measureBareNext(): Promise<{ startBytes: number; afterBytes: number }> {
  if (!args.has("--skip-build") || !existsSync(`${BARE_NEXT}/.next/BUILD_ID`))
    buildApp(undefined, ["--webpack", BARE_NEXT]);
  const server = await startApp({}, undefined, BARE_NEXT);
  try {
    await sleep(3000);
    const startBytes = groupRss(server.pid);
    for (const path of BARE_NEXT_ROUTES) await load(`${server.baseUrl}${path}`, { durationSec: warmUpSeconds });
    for (const path of BARE_NEXT_ROUTES) await load(`${server.baseUrl}${path}`, { durationSec: loadSeconds });
    await sleep(5000);
    return { startBytes, afterBytes: groupRss(server.pid) };
  } finally {
    await server.stop();
  }
}

/** The line every quoted run carries: what the numbers were measured on, and how busy it was. */
function machineLine(m: Machine): string {
  const index = m.benchmarkIndex === null ? "n/a" : String(Math.round(m.benchmarkIndex));
  return (
    `Machine: ${m.cores} × ${m.cpuModel}, ${m.memGiB} GiB, Node ${m.node}; Lighthouse benchmarkIndex ${index}; ` +
    `load average ${m.loadAverageBefore.join(" ")} before, ${m.loadAverageAfter.join(" ")} after` +
    `${m.quick ? ` — ${QUICK_NOTE}` : ""}`
  );
}

function printTables(r: Results) {
  const mib = (b: number) => Math.round(b / 2 ** 20);
  console.log(`\n${machineLine(r.machine)}`);
  console.log("\nPages (first view, empty cache; Lighthouse medians)");
  console.table(
    r.pages.map((p) => ({
      page: p.path,
      requests: p.weight.requests,
      "HTML KB": +(p.weight.documentBytes / 1024).toFixed(1),
      "transfer KB": +(p.weight.transferBytes / 1024).toFixed(1),
      "JS KB": +(p.weight.scriptBytes / 1024).toFixed(1),
      ...(p.mobile && p.desktop
        ? {
            "perf m/d": `${p.mobile.performance}/${p.desktop.performance}`,
            a11y: p.mobile.accessibility,
            "best pr.": p.mobile.bestPractices,
            "LCP ms m": Math.round(p.mobile.lcpMs),
            "TBT ms m": Math.round(p.mobile.tbtMs),
            "CLS m": +p.mobile.cls.toFixed(3),
          }
        : { Lighthouse: "not measured" }),
    })),
  );
  console.log(
    `\nServer under load (50 connections) beside a bare node:http server sending the same bytes; ` +
      `${STATIC_REFERENCE} is the static (prerendered) reference`,
  );
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
  console.log("\nClaim engine: a release's text through POST /api/check beside its checks JSON (1 connection)");
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
  console.log(
    `\nServer RSS: ${mib(r.rss.startBytes)} MiB after start, ${mib(r.rss.warmBytes)} MiB after pages and ` +
      `warm-up, ${mib(r.rss.afterBytes)} MiB after load (${percentChange(r.rss.startBytes, r.rss.afterBytes)})`,
  );
  if (r.bareNextRss)
    console.log(
      `A bare Next app (${BARE_NEXT}) under the same load: ${mib(r.bareNextRss.startBytes)} MiB after start, ` +
        `${mib(r.bareNextRss.afterBytes)} MiB after load (${percentChange(r.bareNextRss.startBytes, r.bareNextRss.afterBytes)}, ` +
        `${mib(r.bareNextRss.afterBytes - r.bareNextRss.startBytes)} MiB): the framework's own growth`,
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
