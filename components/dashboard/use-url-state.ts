"use client";
import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { readDashboardState, stateToSearch, type DashboardState } from "@/lib/http/dashboard-state";

/**
 * The dashboard state from the query string, and a way to change it in place: a new history entry (Back returns to
 * the previous view) without a server round trip; Next keeps useSearchParams in step with history.pushState.
 */
export function useDashboardState() {
  const params = useSearchParams();
  const pathname = usePathname();
  const state = useMemo(() => readDashboardState(params), [params]);
  const hrefFor = useCallback(
    (changes: Partial<DashboardState>) => `${pathname}${stateToSearch({ ...state, ...changes })}`,
    [pathname, state],
  );
  const go = useCallback(
    (changes: Partial<DashboardState>) => window.history.pushState(null, "", hrefFor(changes)),
    [hrefFor],
  );
  return { state, hrefFor, go };
}
