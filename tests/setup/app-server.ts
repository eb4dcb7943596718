import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { buildApp, loopbackOrigin, startApp } from "../helpers/next-server";
import { freePort } from "../helpers/free-port";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

// The port the last build's pages name (their origin is fixed at build time), for BALANZA_SKIP_BUILD=1.
const BUILT_FOR = ".next/balanza-test-port";

/**
 * Builds the app once for a free loopback port (the pages generated at build name that origin, as a deployment's
 * name its public one) and starts `next start` there for the HTTP and browser tests; stops it afterwards.
 * BALANZA_SKIP_BUILD=1 reuses .next, and its port, when iterating locally.
 */
export default async function setup(project: TestProject) {
  const reuse = process.env.BALANZA_SKIP_BUILD === "1" && existsSync(BUILT_FOR);
  const port = reuse ? Number(readFileSync(BUILT_FOR, "utf8")) : await freePort();
  if (process.env.BALANZA_SKIP_BUILD !== "1") {
    buildApp(loopbackOrigin(port));
    writeFileSync(BUILT_FOR, String(port));
  }
  const server = await startApp({}, port);
  project.provide("baseUrl", server.baseUrl);
  return () => server.stop();
}
