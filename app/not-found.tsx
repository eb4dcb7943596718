import Link from "next/link";
import { messages } from "@/lib/i18n/messages";

/** 404: an unknown release (or any unknown page), in both languages since the URL may carry either. */
export default function NotFound() {
  const es = messages("es");
  const en = messages("en");
  return (
    <main className="not-found">
      <h1>{es.notFoundTitle}</h1>
      <p>{es.notFoundBody}</p>
      <p lang="en">
        {en.notFoundTitle}. {en.notFoundBody}
      </p>
      <p>
        <Link href="/">{es.backHome}</Link> ·{" "}
        <Link href="/?lang=en" lang="en">
          {en.backHome}
        </Link>
      </p>
    </main>
  );
}
