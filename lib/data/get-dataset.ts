import "server-only";
import path from "node:path";
import type { Dataset } from "./dataset";
import { readDataset } from "./read-dataset";

let cached: Dataset | undefined;

/** The validated dataset, read once per server process from data/ (or BALANZA_DATA_DIR). Throws DatasetError. */
export function getDataset(): Dataset {
  cached ??= readDataset(process.env.BALANZA_DATA_DIR ?? path.join(process.cwd(), "data"));
  return cached;
}
