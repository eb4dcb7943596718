import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import type { TestProject } from "vitest/node";
import { freePort } from "../helpers/free-port";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: ChildProcess | undefined;

async function waitUntilUp(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`next start did not answer at ${url}`);
}

/**
 * Builds the app once (`next build`; BALANZA_SKIP_BUILD=1 reuses .next when iterating locally) and starts
 * `next start` on a free port for the HTTP and browser tests; stops it afterwards.
 */
export default async function setup(project: TestProject) {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  if (process.env.BALANZA_SKIP_BUILD !== "1") {
    const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env });
    if (build.status !== 0) throw new Error(`next build failed (exit ${build.status})`);
  }
  const port = await freePort();
  server = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], { env, stdio: ["ignore", "inherit", "inherit"], detached: true });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilUp(`${baseUrl}/api/releases/-/checks`, Date.now() + 60_000);
  project.provide("baseUrl", baseUrl);
  return () => {
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
  };
}
