import "server-only";
import path from "node:path";
import type { Dataset } from "./dataset";
import { readDataset } from "./read-dataset";

// One dataset per process, kept on globalThis: instrumentation.ts (which reads it when the server starts) and the
// routes are separate bundles, and a module-level variable would give each bundle a copy of its own.
const KEY = Symbol.for("balanza.dataset");
const store = globalThis as typeof globalThis & { [KEY]?: Dataset };

/** The validated dataset, read once per server process from data/ (or BALANZA_DATA_DIR). Throws DatasetError. */
export function getDataset(): Dataset {
  store[KEY] ??= readDataset(process.env.BALANZA_DATA_DIR ?? path.join(process.cwd(), "data"));
  return store[KEY];
}
