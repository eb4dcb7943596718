import { getDataset } from "./lib/data/get-dataset";

/**
 * Reads and validates data/ once, when the Node.js server starts (instrumentation.ts): the first request does not pay
 * for the read, and a bad file stops the server at once with a message naming the file, line and field (Next would
 * only log a failed hook and serve on).
 */
export function readDatasetAtStart(): void {
  try {
    getDataset();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
