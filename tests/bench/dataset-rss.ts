/**
 * Server memory with the dataset before and after issue 11 (every vintage): `npm run bench:dataset-rss`.
 * Needs a `next build`. Starts `next start` once per data folder (BALANZA_DATA_DIR): the one of commit
 * f25acb9 (one vintage per basis, countries only) and today's data/; asks each for the routes that load the whole
 * dataset (series, checks, ranks, the dashboard), waits for V8 to settle, and reads the process group's RSS.
 */
import { execSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startApp } from "../helpers/next-server";
import { groupRss } from "./rss";

const OLD_COMMIT = process.env.BALANZA_OLD_DATA_COMMIT ?? "f25acb9";
const ROUTES = [
  "/api/series?partner=MX&basis=NSA",
  "/api/series?partner=CN&basis=NSA",
  "/api/releases/2024-03-22-index-usa-539/checks",
  "/releases/2024-03-22-index-usa-539",
  "/",
];

async function measure(dataDir: string): Promise<{ idle: number; loaded: number }> {
  const server = await startApp({ BALANZA_DATA_DIR: dataDir });
  try {
    await new Promise((r) => setTimeout(r, 3000));
    const idle = groupRss(server.pid);
    for (let round = 0; round < 3; round++)
      for (const route of ROUTES) {
        const res = await fetch(`${server.baseUrl}${route}`);
        if (res.status >= 500) throw new Error(`${route}: ${res.status}`);
        await res.arrayBuffer();
      }
    await new Promise((r) => setTimeout(r, 5000));
    return { idle, loaded: groupRss(server.pid) };
  } finally {
    await server.stop();
  }
}

async function main() {
  const oldDir = mkdtempSync(path.join(tmpdir(), "balanza-old-data-"));
  execSync(`git archive ${OLD_COMMIT} data | tar -x -C ${oldDir}`);
  const mib = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;
  const before = await measure(path.join(oldDir, "data"));
  const after = await measure(path.resolve("data"));
  console.log(`| data | RSS at start | RSS after loading and serving ${ROUTES.length} routes ×3 |`);
  console.log(`| --- | --- | --- |`);
  console.log(`| ${OLD_COMMIT} (one vintage per basis) | ${mib(before.idle)} | ${mib(before.loaded)} |`);
  console.log(`| every vintage (issue 11) | ${mib(after.idle)} | ${mib(after.loaded)} |`);
}

void main();
