/**
 * The words of trade prose that name a flow, a change or a share, in Spanish and English, matched on folded text
 * (lower case, no accents). Each pattern is a flat alternation of words: no nested quantifiers, linear to run.
 */
import { matchSpans, TakenSpans } from "./taken-spans";

export type FlowWord = "export" | "import" | "balance" | "total" | "supplier" | "market";

export interface FlowKeyword {
  word: FlowWord;
  start: number;
  end: number;
  text: string;
}

const FLOW_PATTERNS: ReadonlyArray<[FlowWord, RegExp]> = [
  [
    "market",
    new RegExp(
      String.raw`\b(?:mercados?\s+de\s+exportacion|destino\s+de\s+(?:las\s+)?exportaciones|` +
        String.raw`export market|destination for (?:u\.s\. )?exports|cliente)\b`,
      "g",
    ),
  ],
  ["supplier", /\b(?:proveedor(?:es)?|abastecedor(?:es)?|supplier|source of (?:u\.s\. )?imports)\b/g],
  [
    "balance",
    new RegExp(
      String.raw`\b(?:deficits?|superavits?|surplus(?:es)?|saldos?|trade balance|` +
        String.raw`balance comercial|negative balance|balance|utilidades|trade gap|` +
        String.raw`brecha comercial|goods gap)\b`,
      "g",
    ),
  ],
  [
    "total",
    new RegExp(
      String.raw`\b(?:comercio|intercambio(?:s)?|two-way trade|bilateral trade|` +
        String.raw`total trade|trade in goods|trading|trade(?! deficit| surplus|` +
        String.raw` balance| gap| with [a-z ]{0,20}(?:deficit|surplus))|socios? comercial(?:es)?)\b`,
      "g",
    ),
  ],
  [
    "export",
    new RegExp(
      String.raw`\b(?:export\w*|ventas?|vend\w*|envios?|envi(?:o|aron|a|an)|enviad[oa]s|` +
        String.raw`embarc\w*|coloc\w*|shipped|shipments?|sales|sold|sells?)\b`,
      "g",
    ),
  ],
  ["import", /\b(?:import\w*|compr\w*|bought|buys?|purchas\w*|adquiri\w*|absorb\w*)\b/g],
];

/** Every flow word in the folded text, in order. Longer names are taken first where two overlap. */
export function findFlowKeywords(folded: string): FlowKeyword[] {
  const taken = new TakenSpans(folded.length);
  const out: FlowKeyword[] = [];
  for (const [word, re] of FLOW_PATTERNS) {
    for (const { m, start, end } of matchSpans(folded, re)) {
      if (!taken.isFree(start, end)) continue;
      // "exportadores"/"importadores" name traders, still their flow; "compromiso", "comprende" are not purchases.
      if (word === "import" && /^compr(?:omis|ende|ob|en|ensi|ar[aá]n? con)/.test(m[0])) continue;
      if (word === "export" && /^(?:coloca(?:cion|ndo|r)|vendedor|ventaja|ventan|ventana)/.test(m[0])) continue;
      taken.take(start, end);
      out.push({ word, start, end, text: m[0] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** +1 rise, -1 fall: "aumentó", "creció", "increased", "up" / "cayó", "bajaron", "decreased", "down". */
export const UP_WORDS = new RegExp(
  String.raw`\b(?:aument\w*|increment\w*|crec\w*|creci\w*|alza|al alza|sub(?:io|` +
    String.raw`ieron|ir|e|en)|avanc\w*|avance|ascen\w*|mayor|acelera\w*|repunt\w*|` +
    String.raw`increas\w*|rose|rise|rises|rising|grew|grow\w*|gain\w*|up|higher|` +
    String.raw`more|jump\w*|climb\w*|expand\w*|widen\w*|ampli\w*|ensanch\w*)\b`,
  "g",
);
export const DOWN_WORDS = new RegExp(
  String.raw`\b(?:disminu\w*|ca(?:yo|yeron|ida|ido|er|en|e)|baj(?:o|aron|` +
    String.raw`a|an|ada)|descen\w*|retroce\w*|contrac\w*|redu\w*|menor|decreas\w*|` +
    String.raw`declin\w*|fell|fall\w*|drop\w*|down|lower|less|shr[iu]nk\w*|` +
    String.raw`slid\w*|contract\w*|dipped|dip|narrow\w*|estrech\w*)\b`,
  "g",
);

/** Words before a money figure that make it a change between periods: "increased $5.8 billion", "aumentó en 500". */
export const CHANGE_VERB_BEFORE = new RegExp(
  String.raw`(?:aument(?:o|aron|a|an)|disminuy(?:o|eron)|cre(?:cio|cieron)|` +
    String.raw`ca(?:yo|yeron)|sub(?:io|ieron)|baj(?:o|aron)|se redujo|se incremento|` +
    String.raw`increased|decreased|rose|fell|grew|declined|dropped|jumped|climbed|` +
    String.raw`widened|narrowed|shrank|expanded|contracted|to (?:increase|decrease|` +
    String.raw`rise|fall|widen|narrow|shrink|grow)|down|up|higher|lower|mas alto|` +
    String.raw`mas bajo)(?: (?:by|en|de|un|una|some|about|roughly|nearly|almost|` +
    String.raw`around|cerca de|casi|alrededor de))*\s*$`,
);
/** Words after a money figure that make it a change: "a $2.1 billion increase", "un aumento de". */
export const CHANGE_NOUN_AFTER = new RegExp(
  String.raw`^\s*(?:increase|decrease|rise|drop|decline|gain|jump|fall|more|` +
    String.raw`less|higher|lower|above|below|mas|menos|de aumento|de incremento|` +
    String.raw`de caida|de crecimiento|de alza)\b`,
);
/** A parenthesised figure after a change noun: "a slight drop in imports ($0.2 billion)". */
export const CHANGE_NOUN_BEFORE_PAREN = new RegExp(
  String.raw`(?:increase|decrease|rise|drop|decline|gain|jump|fall|aumento|` +
    String.raw`incremento|caida|alza|descenso|disminucion)\b[^()]{0,30}\(\s*$`,
);

/** Words that make a percent a share of a total rather than a growth rate. */
export const SHARE_WORDS = new RegExp(
  String.raw`\b(?:participacion|share|porcentaje del|representa\w*|equivalente al?|` +
    String.raw`significando el|signific\w+ el|del total|of (?:the )?total|of all|` +
    String.raw`del comercio|del intercambio|de sus (?:exportaciones|importaciones)|` +
    String.raw`of (?:u\.s\. )?(?:exports|imports|trade)|cuota)\b`,
);
/** Words that make a percent a growth rate. */
export const GROWTH_WORDS = new RegExp(
  String.raw`\b(?:crec\w*|creci\w*|aument\w*|increment\w*|alza|caida|cay\w*|` +
    String.raw`baj\w*|disminu\w*|avance|subi\w*|tasa|variacion|increase\w*|` +
    String.raw`decrease\w*|grew|growth|rose|fell|up|down|more than|less than|` +
    String.raw`change|year-over-year|year on year|drop\w*|decline\w*|jump\w*)\b`,
);
