/**
 * How texts name US trade partners, in Spanish and English: names, short forms and demonyms, mapped to Census codes.
 * Aggregates are Census's own codes (0003 European Union, 0009 South and Central America, 0015 World).
 * The United States itself is `US`: the reporter, never a partner.
 */
import type { Partner } from "../data/schema";

export const US = "US";

/** [code, names…] written as they appear in lower case without accents. Demonyms are listed in DEMONYMS. */
const NAMES: ReadonlyArray<readonly [string, ...string[]]> = [
  [
    US,
    "estados unidos",
    "estados unidos de america",
    "ee.uu.",
    "ee.uu",
    "eeuu",
    "e.u.a.",
    "eua",
    "united states",
    "u.s.",
    "u.s",
    "usa",
    "america",
    "vecino del norte",
    "pais vecino",
    "pais gobernado por donald j. trump",
    "mercado estadounidense",
    "la union americana",
    "union americana",
    "us",
  ],
  ["2010", "mexico", "republica mexicana", "territorio mexicano", "nuestro pais"],
  ["1220", "canada"],
  ["5700", "china", "republica popular china"],
  ["0003", "european union", "union europea", "the eu", "la ue", "ue"],
  [
    "0009",
    "south and central america",
    "sudamerica y centroamerica",
    "centro y sudamerica",
    "america central y del sur",
  ],
  ["0015", "world", "mundo", "total mundial"],
  ["4280", "germany", "alemania"],
  ["5880", "japan", "japon"],
  ["5800", "south korea", "korea", "corea del sur", "corea"],
  ["5830", "taiwan"],
  ["5520", "vietnam", "viet nam"],
  ["4190", "ireland", "irlanda"],
  ["4759", "italy", "italia"],
  ["5330", "india"],
  ["5570", "malaysia", "malasia"],
  ["4419", "switzerland", "suiza"],
  ["4279", "france", "francia"],
  ["5081", "israel"],
  ["4210", "netherlands", "the netherlands", "paises bajos", "holanda"],
  ["6021", "australia"],
  ["5170", "saudi arabia", "arabia saudita", "arabia saudi"],
  ["4120", "united kingdom", "reino unido", "britain", "gran bretana"],
  ["3510", "brazil", "brasil"],
  ["4231", "belgium", "belgica"],
  ["5590", "singapore", "singapur"],
  ["5820", "hong kong"],
  ["5490", "thailand", "tailandia"],
  ["4700", "spain", "espana"],
  ["3010", "colombia"],
  ["3370", "chile"],
  ["3330", "peru"],
  ["3570", "argentina"],
  ["5650", "philippines", "filipinas"],
  ["5600", "indonesia"],
  ["4621", "russia", "rusia"],
];

/** Demonyms: the country whose people or goods the word names. */
const DEMONYMS: ReadonlyArray<readonly [string, ...string[]]> = [
  [
    US,
    "estadounidense",
    "estadounidenses",
    "norteamericano",
    "norteamericana",
    "norteamericanos",
    "norteamericanas",
    "american",
    "americans",
    "u.s.-made",
  ],
  ["2010", "mexicana", "mexicanas", "mexicano", "mexicanos", "mexican", "mexicans", "mexico's", "mexico’s"],
  ["1220", "canadiense", "canadienses", "canadian", "canadians", "canada's", "canada’s"],
  ["5700", "chino", "chinos", "chinese", "china's", "china’s"],
  ["5880", "japones", "japonesa", "japoneses", "japanese"],
  ["4280", "aleman", "alemana", "alemanes", "german"],
];

export interface PartnerMention {
  code: string;
  start: number;
  end: number;
  /** A demonym or possessive ("mexicanas", "Mexican", "Mexico's") rather than the name. */
  demonym: boolean;
}

/** Lower case without accents, one output character per input character, so offsets carry over. */
export function foldText(text: string): string {
  let out = "";
  for (const ch of text) {
    const folded = ch
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase();
    const one = folded.length === 1 ? folded : ch.length === 1 ? ch.toLowerCase().slice(0, 1) || " " : ch;
    out += one.length === ch.length ? one : ch;
  }
  return out;
}

const wordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

interface Alias {
  code: string;
  alias: string;
  demonym: boolean;
}

function aliasesFor(partners: ReadonlyMap<string, Partner>): Alias[] {
  const list: Alias[] = [];
  const seen = new Set<string>();
  const add = (code: string, alias: string, demonym: boolean) => {
    const a = foldText(alias);
    if (a.length < 2 || seen.has(a)) return;
    seen.add(a);
    list.push({ code, alias: a, demonym });
  };
  for (const [code, ...names] of DEMONYMS) for (const n of names) add(code, n, true);
  for (const [code, ...names] of NAMES) for (const n of names) add(code, n, false);
  for (const p of partners.values()) {
    add(p.code, p.name_en, false);
    if (p.name_es) add(p.code, p.name_es, false);
  }
  // Longest first, so "south korea" wins over "korea" and "estados unidos de america" over "estados unidos".
  return list.sort((a, b) => b.alias.length - a.alias.length);
}

const aliasCache = new WeakMap<ReadonlyMap<string, Partner>, Alias[]>();

/**
 * Every mention of a partner (or of the US) in `text`. `lang` settles the one name both languages use differently:
 * "EU" is the European Union in English and Estados Unidos in Mexican Spanish.
 */
export function findPartnerMentions(
  text: string,
  partners: ReadonlyMap<string, Partner>,
  lang: "es" | "en",
): PartnerMention[] {
  let aliases = aliasCache.get(partners);
  if (!aliases) aliasCache.set(partners, (aliases = aliasesFor(partners)));
  const folded = foldText(text);
  const taken = new Uint8Array(text.length);
  const found: PartnerMention[] = [];
  const extra: Alias[] = [{ code: lang === "en" ? "0003" : US, alias: "eu", demonym: false }];
  for (const a of [...aliases, ...extra]) {
    for (let at = folded.indexOf(a.alias); at !== -1; at = folded.indexOf(a.alias, at + 1)) {
      const end = at + a.alias.length;
      const lastIsDot = a.alias.endsWith(".");
      if (wordChar(folded[at - 1]) || (!lastIsDot && wordChar(folded[end]))) continue;
      // Short upper-case forms must be written in capitals: "EU", "UE", "US" but not "eu" or "ue" inside prose.
      if (a.alias.length <= 3 && !/[.]/.test(a.alias) && text.slice(at, end) !== text.slice(at, end).toUpperCase())
        continue;
      let clash = false;
      for (let k = at; k < end; k++) if (taken[k]) clash = true;
      if (clash) continue;
      for (let k = at; k < end; k++) taken[k] = 1;
      found.push({ code: a.code, start: at, end, demonym: a.demonym });
    }
  }
  found.sort((x, y) => x.start - y.start);
  return resolveAnaphora(folded, taken, found);
}

/** "ese país", "dicho país", "that country": a country named before, pointed back to. */
const ANAPHORA = /\b(?:ese|dicho|aquel) pais\b|\bthat country\b/g;

/**
 * Each pointer back to a country ("las importaciones desde ese país") as a mention of the last country (or the US)
 * named before it in the text; aggregates are not countries. Pointers with no country before are left out.
 */
function resolveAnaphora(folded: string, taken: Uint8Array, found: PartnerMention[]): PartnerMention[] {
  const out = [...found];
  ANAPHORA.lastIndex = 0;
  for (const m of folded.matchAll(ANAPHORA)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.subarray(start, end).some((t) => t === 1)) continue;
    const last = found.filter((f) => f.end <= start && (f.code === US || Number(f.code) >= 1000)).at(-1);
    if (last) out.push({ code: last.code, start, end, demonym: false });
  }
  return out.sort((x, y) => x.start - y.start);
}
