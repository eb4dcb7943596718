import type { NextConfig } from "next";
import { readDataset } from "./lib/dataset/read-dataset";

// Fail `next build` (and `next start`) at once on bad data, naming file, line and field,
// rather than serving a half-loaded dataset.
readDataset(process.env.BALANZA_DATA_DIR ?? "data");

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;
