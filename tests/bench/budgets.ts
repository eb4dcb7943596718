import type { LighthouseScores } from "./lighthouse";
import type { LoadResult } from "./load";
import type { PageWeight } from "./page-weight";

export interface BudgetCheck {
  what: string;
  limit: string;
  measured: string;
  met: boolean;
}

/** The budgets of issue 6 (first view, mobile preset unless said). */
export function checkPageBudgets(
  kind: "dashboard" | "embed",
  path: string,
  weight: PageWeight,
  mobile: LighthouseScores,
  desktop: LighthouseScores,
): BudgetCheck[] {
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  if (kind === "embed") {
    return [
      {
        what: `${path} performance (mobile)`,
        limit: "≥ 98",
        measured: String(mobile.performance),
        met: mobile.performance >= 98,
      },
      {
        what: `${path} accessibility`,
        limit: "= 100",
        measured: String(mobile.accessibility),
        met: mobile.accessibility === 100,
      },
      {
        what: `${path} transfer`,
        limit: "≤ 30 KB",
        measured: kb(weight.transferBytes),
        met: weight.transferBytes <= 30 * 1024,
      },
    ];
  }
  return [
    {
      what: `${path} performance (mobile)`,
      limit: "≥ 90",
      measured: String(mobile.performance),
      met: mobile.performance >= 90,
    },
    {
      what: `${path} performance (desktop)`,
      limit: "= 100",
      measured: String(desktop.performance),
      met: desktop.performance === 100,
    },
    {
      what: `${path} accessibility`,
      limit: "= 100",
      measured: String(mobile.accessibility),
      met: mobile.accessibility === 100,
    },
    { what: `${path} CLS (mobile)`, limit: "= 0", measured: mobile.cls.toFixed(3), met: mobile.cls === 0 },
  ];
}

export function checkLoadBudget(path: string, r: LoadResult): BudgetCheck {
  const bad = r.errors + r.timeouts + r.non2xx;
  return {
    what: `${path} under load`,
    limit: "0 errors, 0 non-2xx",
    measured: `${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx`,
    met: bad === 0,
  };
}

export function checkRssBudget(before: number, after: number): BudgetCheck {
  const ratio = after / before;
  return {
    what: "server RSS after load",
    limit: "within 10% of start",
    measured:
      `${(before / 2 ** 20).toFixed(0)} → ${(after / 2 ** 20).toFixed(0)} MiB ` +
      `(${((ratio - 1) * 100).toFixed(1)}%)`,
    met: ratio <= 1.1,
  };
}
