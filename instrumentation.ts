/**
 * Runs once when the server starts (`next start`, `next dev`), before it answers anything: reads and validates data/
 * (lib/data/get-dataset.ts), so the first request does not pay for the read, and a bad file stops the server at once
 * with a message naming the file, line and field (Next would only log a failed hook and serve on). `next build`
 * validates data/ in next.config.ts.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getDataset } = await import("./lib/data/get-dataset");
  try {
    getDataset();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
