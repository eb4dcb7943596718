import { defineConfig } from "vitest/config";
import path from "node:path";
import { fileURLToPath } from "node:url";

// An ES module (.mts): Vite warns that a .ts config loaded as CommonJS will stop working.
const root = path.dirname(fileURLToPath(import.meta.url));

// Two projects: `unit` (lib/, pure and fast) and `app` (real HTTP and Chromium against
// `next build` + `next start`, built and started once by tests/setup/app-server.ts).
export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    projects: [
      {
        extends: true,
        resolve: { alias: { "server-only": path.join(root, "tests/helpers/server-only-stub.ts") } },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "app",
          include: ["tests/http/**/*.test.ts", "tests/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/app-server.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
