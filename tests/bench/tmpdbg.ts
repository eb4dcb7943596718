import { readFileSync } from "node:fs";
import { readDataset } from "../../lib/data/read-dataset";
import { checkText } from "../../lib/claims/check-text";
const ds = readDataset("data");
const corpus = JSON.parse(readFileSync("/work/shared/data/corpus/corpus.json", "utf8")) as Array<{
  id: string;
  text: string;
  date: string;
  lang: "es" | "en";
}>;
for (const t of corpus.filter((x) => x.id.includes(process.argv[2] ?? ""))) {
  const r = checkText(ds, { text: t.text, date: t.date, lang: t.lang });
  console.log("==", t.id, JSON.stringify(r.inference?.reason.en ?? ""));
  for (const f of r.figures)
    if (f.claim)
      console.log(
        " ",
        JSON.stringify(f.quote),
        f.kind,
        f.partner,
        f.flow,
        f.value,
        (f.months ?? []).join(","),
        (f.compareMonths ?? []).join(","),
        f.basis,
        f.verdict,
        f.official,
        JSON.stringify(f.reasons ?? {}).slice(0, 80),
      );
}
