/** Validates data/ before `next build` (npm's prebuild): a bad file stops the build with its file, line and field. */
import { readDataset } from "../dataset/read-dataset";
import { DatasetError } from "../dataset/errors";

const dir = process.env.BALANZA_DATA_DIR ?? "data";
try {
  const dataset = readDataset(dir);
  console.log(`data/ validates: ${dataset.observations.length} observations, ${dataset.partners.size} partners, ${dataset.releases.size} release(s).`);
} catch (error) {
  console.error(error instanceof DatasetError ? error.message : error);
  process.exit(1);
}
