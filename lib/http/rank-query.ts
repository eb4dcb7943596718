import { z } from "zod";
import { periodSchema } from "../data/schema";
import { FROM_NOT_AFTER_TO, fromNotAfterTo } from "./query-common";

/** GET /api/releases/{slug}/ranks: the months of the rank history, inclusive. */
export const rankQuerySchema = z
  .object({ from: periodSchema, to: periodSchema })
  .refine(fromNotAfterTo, FROM_NOT_AFTER_TO);
