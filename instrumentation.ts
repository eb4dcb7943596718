/**
 * Runs once when the server starts (`next start`, `next dev`), before it answers anything: the Node.js server reads
 * and validates data/ (instrumentation-node.ts). `next build` validates data/ in next.config.ts.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { readDatasetAtStart } = await import("./instrumentation-node");
  readDatasetAtStart();
}
