import { z } from "zod";
import { SORTS, VERDICTS, type ReleaseFilter } from "../views/release-index";

const one = (v: string | string[] | undefined) => (typeof v === "string" && v !== "" ? v : undefined);

/**
 * The /releases filters from the URL. A page never fails on them: a value that is not one of the choices is left out
 * and named, so the page can say which it ignored and why.
 */
export function readReleaseFilter(
  params: Record<string, string | string[] | undefined>,
  choices: { years: string[]; issuers: string[] },
): { filter: ReleaseFilter; ignored: Array<{ name: string; value: string }> } {
  const ignored: Array<{ name: string; value: string }> = [];
  const pick = <T extends string>(name: string, schema: z.ZodType<T>): T | undefined => {
    const raw = one(params[name]);
    if (raw === undefined) return undefined;
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    ignored.push({ name, value: raw.slice(0, 40) });
    return undefined;
  };
  const year = pick(
    "year",
    z.string().refine((y) => choices.years.includes(y)),
  );
  const issuer = pick(
    "issuer",
    z.string().refine((i) => choices.issuers.includes(i)),
  );
  const lang = pick("textLang", z.enum(["es", "en"]));
  const verdict = pick("verdict", z.enum(VERDICTS));
  const sort = pick("sort", z.enum(SORTS)) ?? "date-desc";
  return {
    filter: {
      sort,
      ...(year ? { year } : {}),
      ...(issuer ? { issuer } : {}),
      ...(lang ? { lang } : {}),
      ...(verdict ? { verdict } : {}),
    },
    ignored,
  };
}
