import type { LighthouseScores } from "./lighthouse";
import type { LoadResult } from "./load";
import type { PageWeight } from "./page-weight";
import type { PageKind } from "./routes";

export interface BudgetCheck {
  what: string;
  limit: string;
  measured: string;
  met: boolean;
}

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const mib = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;
const ms = (x: number) => `${Math.round(x)} ms`;

/** The page budgets of issue 13 (dashboard pages) and issue 6 (widgets): first view, mobile preset unless said. */
export function checkPageBudgets(
  kind: PageKind,
  path: string,
  weight: PageWeight,
  mobile: LighthouseScores | null,
  desktop: LighthouseScores | null,
): BudgetCheck[] {
  const weightBudgets = pageWeightBudgets(kind, path, weight);
  // Not measured is not met: a run without Lighthouse (--no-lighthouse) cannot say these budgets hold.
  if (!mobile || !desktop)
    return [
      { what: `${path} Lighthouse budgets`, limit: "measured", measured: "not measured (--no-lighthouse)", met: false },
      ...weightBudgets,
    ];
  const a11y = {
    what: `${path} accessibility`,
    limit: "= 100",
    measured: String(mobile.accessibility),
    met: mobile.accessibility === 100,
  };
  if (kind === "embed") {
    return [
      {
        what: `${path} performance (mobile)`,
        limit: "≥ 98",
        measured: String(mobile.performance),
        met: mobile.performance >= 98,
      },
      a11y,
      ...weightBudgets,
    ];
  }
  return [
    {
      what: `${path} performance (mobile)`,
      limit: "≥ 95",
      measured: String(mobile.performance),
      met: mobile.performance >= 95,
    },
    { what: `${path} TBT (mobile)`, limit: "≤ 150 ms", measured: ms(mobile.tbtMs), met: mobile.tbtMs <= 150 },
    { what: `${path} LCP (mobile)`, limit: "≤ 2.0 s", measured: ms(mobile.lcpMs), met: mobile.lcpMs <= 2000 },
    { what: `${path} CLS (mobile)`, limit: "= 0", measured: mobile.cls.toFixed(3), met: mobile.cls === 0 },
    a11y,
    {
      what: `${path} performance (desktop)`,
      limit: "= 100",
      measured: String(desktop.performance),
      met: desktop.performance === 100,
    },
    ...weightBudgets,
  ];
}

/** The page-weight budgets: a widget's transfer; a dashboard page's HTML and first-view JavaScript. */
function pageWeightBudgets(kind: PageKind, path: string, weight: PageWeight): BudgetCheck[] {
  if (kind === "embed")
    return [
      {
        what: `${path} transfer`,
        limit: "≤ 30 KB",
        measured: kb(weight.transferBytes),
        met: weight.transferBytes <= 30 * 1024,
      },
    ];
  return [
    {
      what: `${path} HTML document (uncompressed)`,
      limit: "≤ 80 KB",
      measured: kb(weight.documentBytes),
      met: weight.documentBytes <= 80 * 1024,
    },
    {
      what: `${path} first-view JavaScript (compressed)`,
      limit: "≤ 120 KB",
      measured: kb(weight.scriptBytes),
      met: weight.scriptBytes <= 120 * 1024,
    },
  ];
}

export function checkLoadBudget(path: string, r: LoadResult): BudgetCheck {
  const bad = r.errors + r.timeouts + r.non2xx;
  return {
    what: `${path} under load`,
    limit: "0 errors, 0 non-2xx",
    measured: `${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx`,
    met: bad === 0 && r.requests > 0,
  };
}

/** `/` at least half the req/s of a static (prerendered) Next route, on the same machine in the same run. */
export function checkStaticSpeedBudget(
  path: string,
  app: LoadResult,
  staticRoute: string,
  ref: LoadResult,
): BudgetCheck {
  const ratio = app.requestsPerSec / ref.requestsPerSec;
  return {
    what: `${path} req/s beside static ${staticRoute}`,
    limit: "≥ 0.5×",
    measured: `${Math.round(app.requestsPerSec)} / ${Math.round(ref.requestsPerSec)} req/s (${ratio.toFixed(2)}×)`,
    met: ratio >= 0.5,
  };
}

/** Server memory (issue 13): at most 300 MiB once started, and within 10% of that after the bench's load. */
/** How much `after` differs from `start`, signed, in percent: "+45.3%". */
export function percentChange(start: number, after: number): string {
  const ratio = after / start;
  return `${ratio >= 1 ? "+" : ""}${((ratio - 1) * 100).toFixed(1)}%`;
}

export function checkRssBudgets(start: number, after: number): BudgetCheck[] {
  const ratio = after / start;
  return [
    { what: "server RSS after start", limit: "≤ 300 MiB", measured: mib(start), met: start <= 300 * 2 ** 20 },
    {
      what: "server RSS after load",
      limit: "within 10% of start",
      measured: `${mib(start)} → ${mib(after)} (${percentChange(start, after)})`,
      met: ratio <= 1.1,
    },
  ];
}
