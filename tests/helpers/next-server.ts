import { spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { freePort } from "./free-port";
import { startScriptEnv } from "./start-script-env";

const NEXT_CLI = createRequire(import.meta.url).resolve("next/dist/bin/next");

export interface RunningServer {
  baseUrl: string;
  pid: number;
  stop: () => Promise<void>;
}

const ENV = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

/**
 * `next build`, with its output shown; throws if it fails. `origin`: the public origin the pages generated at build
 * time name (BALANZA_ORIGIN), for a server that will answer there. `args`: more of `next build`'s arguments (another
 * app's directory, as the bench's bare Next app).
 */
export function buildApp(origin?: string, args: readonly string[] = []): void {
  const env = origin ? { ...ENV, BALANZA_ORIGIN: origin } : ENV;
  const build = spawnSync("npx", ["next", "build", ...args], { stdio: "inherit", env });
  if (build.status !== 0) throw new Error(`next build failed (exit ${build.status})`);
}

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

/** Where a server started by startApp on `port` answers. */
export const loopbackOrigin = (port: number) => `http://127.0.0.1:${port}`;

/**
 * `next start` with the environment `npm start` sets, on a loopback port (a free one unless given), in its own process
 * group so that stop() ends all of it.
 * Given a port, the server names its origin (BALANZA_ORIGIN), as the pages built for it by buildApp(origin) do.
 * `dir`: another app than Balanza, built by buildApp(undefined, [dir]).
 */
export async function startApp(
  env: Record<string, string> = {},
  givenPort?: number,
  dir?: string,
): Promise<RunningServer> {
  const port = givenPort ?? (await freePort());
  if (givenPort !== undefined) env = { BALANZA_ORIGIN: loopbackOrigin(port), ...env };
  // Next's own CLI under this Node, not `npx next`: the process group is then the server alone, and its RSS is the
  // server's (npx adds an npm process of ~70 MiB).
  const child = spawn(
    process.execPath,
    [NEXT_CLI, "start", ...(dir ? [dir] : []), "-p", String(port), "-H", "127.0.0.1"],
    {
      env: { ...ENV, ...startScriptEnv(), ...env },
      stdio: ["ignore", "inherit", "inherit"],
      detached: true,
    },
  );
  const baseUrl = loopbackOrigin(port);
  await waitUntilUp(`${baseUrl}/api/releases/-/checks`, Date.now() + 60_000);
  const pid = child.pid ?? 0;
  return {
    baseUrl,
    pid,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        process.kill(-pid, "SIGTERM");
      }),
  };
}
