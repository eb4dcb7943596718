import type { Metadata } from "next";
import { releaseIndexRows } from "@/lib/checks/release-index-server";
import { filterChoices, filterReleases, SORTS, VERDICTS } from "@/lib/views/release-index";
import { readReleaseFilter } from "@/lib/http/release-filter";
import { readPageLang } from "@/lib/http/page-lang";
import { messages } from "@/lib/i18n/messages";
import { formatPeriod } from "@/lib/i18n/format";
import { statusText } from "@/lib/i18n/status";
import { StatusBadge } from "@/components/ui/status-badge";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const lang = readPageLang(await searchParams);
  const t = messages(lang);
  return {
    title: t.library.siteTitle,
    alternates: {
      types: {
        "application/atom+xml": [
          { url: `/releases/feed.xml${lang === "en" ? "?lang=en" : ""}`, title: t.library.feed },
        ],
      },
    },
  };
}

/** Every release, filtered and sorted by plain GET parameters: the page works the same without JavaScript. */
export default async function ReleasesPage({ searchParams }: Props) {
  const params = await searchParams;
  const lang = readPageLang(params);
  const t = messages(lang);
  const all = releaseIndexRows();
  const choices = filterChoices(all);
  const { filter, ignored } = readReleaseFilter(params, choices);
  const rows = filterReleases(all, filter);
  const q = lang === "en" ? "?lang=en" : "";
  const sortHref = (sort: string) => {
    const p = new URLSearchParams();
    if (lang === "en") p.set("lang", "en");
    for (const [k, v] of Object.entries({
      year: filter.year,
      issuer: filter.issuer,
      textLang: filter.lang,
      verdict: filter.verdict,
    }))
      if (v) p.set(k, v);
    p.set("sort", sort);
    return `/releases?${p.toString()}`;
  };
  const ariaSort = (col: "date" | "issuer") =>
    col === "date"
      ? filter.sort === "date-desc"
        ? "descending"
        : filter.sort === "date-asc"
          ? "ascending"
          : undefined
      : filter.sort === "issuer"
        ? "ascending"
        : undefined;
  return (
    <main className="library-page" lang={lang}>
      <p className="app-name">
        <a href={`/${q}`}>Balanza</a> ·{" "}
        <a href={`/check${q}`} className="check-link">
          {t.checkPage.link}
        </a>{" "}
        · <a href={`/releases/feed.xml${q}`}>{t.library.feed}</a>
      </p>
      <h1>{t.library.title}</h1>
      <p>{t.library.intro(all.length)}</p>
      <form method="get" action="/releases" className="library-filters" aria-label={t.library.filters}>
        {lang === "en" ? <input type="hidden" name="lang" value="en" /> : null}
        <label>
          {t.library.year}{" "}
          <select name="year" defaultValue={filter.year ?? ""}>
            <option value="">{t.library.any}</option>
            {choices.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.library.issuer}{" "}
          <select name="issuer" defaultValue={filter.issuer ?? ""}>
            <option value="">{t.library.any}</option>
            {choices.issuers.map((i) => (
              <option key={i} value={i}>
                {i}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.library.language}{" "}
          <select name="textLang" defaultValue={filter.lang ?? ""}>
            <option value="">{t.library.any}</option>
            <option value="es">{t.library.langName.es}</option>
            <option value="en">{t.library.langName.en}</option>
          </select>
        </label>
        <label>
          {t.library.verdict}{" "}
          <select name="verdict" defaultValue={filter.verdict ?? ""}>
            <option value="">{t.library.any}</option>
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {statusText(v, lang).word}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.library.sort}{" "}
          <select name="sort" defaultValue={filter.sort}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t.library.sorts[s]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t.library.apply}</button> <a href={`/releases${q}`}>{t.library.clear}</a>
      </form>
      {ignored.length ? (
        <p role="status" className="note">
          {t.library.ignored(ignored.map((i) => `${i.name}=${i.value}`).join(", "))}
        </p>
      ) : null}
      <p role="status">{rows.length ? t.library.shown(rows.length, all.length) : t.library.none}</p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t.library.caption}>
        <table className="data-table library-table">
          <caption>{t.library.caption}</caption>
          <thead>
            <tr>
              <th scope="col" aria-sort={ariaSort("date")}>
                <a href={sortHref(filter.sort === "date-desc" ? "date-asc" : "date-desc")}>{t.library.date}</a>
              </th>
              <th scope="col" aria-sort={ariaSort("issuer")}>
                <a href={sortHref("issuer")}>{t.library.issuer}</a>
              </th>
              <th scope="col">{t.library.language}</th>
              <th scope="col">{t.library.period}</th>
              <th scope="col">{t.library.verdicts}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.slug}>
                <td>
                  <time dateTime={r.datePrecision === "month" ? r.date.slice(0, 7) : r.date}>
                    {r.datePrecision === "month" ? r.date.slice(0, 7) : r.date}
                  </time>
                </td>
                <th scope="row">
                  <a href={`/releases/${r.slug}${q}`}>{r.issuerShort}</a>
                  <span className="note">
                    {" "}
                    · {t.library.sourceType[r.sourceType]}
                    {r.excerpt ? ` · ${t.library.excerpt}` : ""}
                    {r.secondaryCopy ? ` · ${t.library.secondary}` : ""}
                  </span>
                  <br />
                  <span className="library-title">{r.title}</span>
                </th>
                <td lang={r.lang}>{t.library.langName[r.lang]}</td>
                <td>
                  {r.period
                    ? r.period.first === r.period.last
                      ? formatPeriod(r.period.first, lang)
                      : `${formatPeriod(r.period.first, lang)} – ${formatPeriod(r.period.last, lang)}`
                    : "—"}
                </td>
                <td>
                  <span className="note">{t.library.figures(r.claims)}:</span>{" "}
                  {VERDICTS.filter((v) => r.counts[v] > 0).map((v) => (
                    <span key={v} className="library-count">
                      {r.counts[v]} <StatusBadge status={v} lang={lang} />{" "}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </main>
  );
}
