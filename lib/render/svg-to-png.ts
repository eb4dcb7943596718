import "server-only";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { IMAGE_FONT_FAMILY } from "./image-css";

/**
 * The fonts every PNG is drawn with, from the dejavu-fonts-ttf package (installed with the project): never the
 * machine's own fonts, so an image looks the same on every server. DejaVu Sans covers
 * Spanish, −, «», ✓ ≈ ↻ ✗.
 */
const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
export const IMAGE_FONT_FILES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((f) => path.join(FONT_DIR, f));

/** An SVG image as PNG at `scale` times its size, through resvg (Rust, prebuilt in its npm package; no browser). */
export function svgToPng(svg: string, scale = 2): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    font: { fontFiles: IMAGE_FONT_FILES, loadSystemFonts: false, defaultFontFamily: IMAGE_FONT_FAMILY },
  });
  return new Uint8Array(resvg.render().asPng());
}
