import { z } from "zod";
import { periodSchema } from "./dataset";

/** GET /api/releases/{slug}/ranks: the months of the rank history, inclusive. */
export const rankQuerySchema = z
  .object({ from: periodSchema, to: periodSchema })
  .refine((q) => q.from <= q.to, { message: "from must not be after to", path: ["from"] });
