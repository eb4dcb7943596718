import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { createRequire } from "node:module";
import path from "node:path";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../helpers/chromium";

const run = promisify(execFile);
const require = createRequire(import.meta.url);
// Lighthouse runs through its own CLI in a plain node process: under tsx its page functions would carry
// esbuild's __name helper into the browser and fail there.
const LIGHTHOUSE_CLI = path.join(path.dirname(require.resolve("lighthouse/package.json")), "cli/index.js");

export type Preset = "mobile" | "desktop";

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Lighthouse's measure of this machine's CPU speed (lhr.environment.benchmarkIndex): higher is faster. */
  benchmarkIndex: number;
}

interface Lhr {
  runtimeError?: { code: string; message: string };
  environment?: { benchmarkIndex?: number };
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number } | undefined>;
}

/** The median; NaN if any run failed (a failed run must fail the budget, not vanish from it). */
function median(xs: number[]): number {
  if (xs.some((x) => Number.isNaN(x))) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
}

async function runOnce(url: string, preset: Preset): Promise<LighthouseScores> {
  const argv = [
    LIGHTHOUSE_CLI,
    url,
    "--output=json",
    "--output-path=stdout",
    "--quiet",
    "--only-categories=performance,accessibility,best-practices",
    `--chrome-flags=--headless=new ${CHROMIUM_FLAGS.join(" ")}`,
    ...(preset === "desktop" ? ["--preset=desktop"] : []),
  ];
  let stdout: string;
  try {
    ({ stdout } = await run(process.execPath, argv, {
      env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
      maxBuffer: 64 * 2 ** 20,
    }));
  } catch (error) {
    // Lighthouse exits non-zero on a runtime error (on a busy machine, e.g. a DevTools call timing out) but still
    // prints its report, which names the error.
    const out = (error as { stdout?: unknown }).stdout;
    if (typeof out !== "string" || !out.startsWith("{")) throw error;
    stdout = out;
  }
  const lhr = JSON.parse(stdout) as Lhr;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    lcpMs: audit("largest-contentful-paint"),
    tbtMs: audit("total-blocking-time"),
    cls: audit("cumulative-layout-shift"),
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? NaN,
  };
}

const FAILED_RUN: LighthouseScores = {
  performance: NaN,
  accessibility: NaN,
  bestPractices: NaN,
  lcpMs: NaN,
  tbtMs: NaN,
  cls: NaN,
  benchmarkIndex: NaN,
};

/** Median of `runs` Lighthouse runs, each in a fresh Chromium (empty cache). */
export async function measureLighthouse(
  url: string,
  preset: Preset,
  runs = 3,
): Promise<LighthouseScores & { runs: LighthouseScores[] }> {
  const all: LighthouseScores[] = [];
  for (let i = 0; i < runs; i++) {
    // A run that fails (Lighthouse's runtime error) is tried again, twice at most; then it counts as a failed run,
    // whose NaN scores fail every budget that reads them.
    for (let attempt = 1; ; attempt++) {
      try {
        all.push(await runOnce(url, preset));
        break;
      } catch (error) {
        console.error(
          `Lighthouse ${preset} ${url}, attempt ${attempt}: ${String(error).split("\n")[0]?.slice(0, 300)}`,
        );
        if (attempt === 3) {
          all.push(FAILED_RUN);
          break;
        }
      }
    }
  }
  const m = (k: keyof LighthouseScores) => median(all.map((r) => r[k]));
  return {
    performance: m("performance"),
    accessibility: m("accessibility"),
    bestPractices: m("bestPractices"),
    lcpMs: m("lcpMs"),
    tbtMs: m("tbtMs"),
    cls: m("cls"),
    benchmarkIndex: m("benchmarkIndex"),
    runs: all,
  };
}
