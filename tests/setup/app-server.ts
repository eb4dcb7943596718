import type { TestProject } from "vitest/node";
import { buildApp, startApp } from "../helpers/next-server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Builds the app once (BALANZA_SKIP_BUILD=1 reuses .next when iterating locally) and starts `next start`
 * on a free port for the HTTP and browser tests; stops it afterwards.
 */
export default async function setup(project: TestProject) {
  if (process.env.BALANZA_SKIP_BUILD !== "1") buildApp();
  const server = await startApp();
  project.provide("baseUrl", server.baseUrl);
  return () => server.stop();
}
