"use client";
import {
  createContext,
  createElement,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from "react";
import { readDashboardState, stateToSearch, type DashboardState } from "@/lib/http/dashboard-state";

interface PageView {
  /** The query string of the view shown ("" for the default). */
  search: string;
  /** The path the view's links keep ("/" or "/releases/{slug}"): the one the reader asked for, before any rewrite. */
  basePath: string;
  go: (href: string) => void;
}

const PageViewContext = createContext<PageView>({ search: "", basePath: "/", go: () => undefined });

/**
 * The view of the page, as the server rendered it, and changed in place afterwards. The server says which view it
 * drew (a prerendered page cannot read the query string, so no useSearchParams); a change made here is a new
 * history entry (Back returns to the previous view) without a server round trip, and Back and Forward restore the
 * view of their entry.
 */
export function PageViewProvider({
  search,
  basePath,
  children,
}: {
  search: string;
  basePath: string;
  children: ReactNode;
}) {
  const [current, setCurrent] = useState(search);
  // A page from the server (a link followed) brings its own view.
  const [drawn, setDrawn] = useState(search);
  if (drawn !== search) {
    setDrawn(search);
    setCurrent(search);
  }
  useEffect(() => {
    const restore = () => setCurrent(window.location.search);
    window.addEventListener("popstate", restore);
    return () => window.removeEventListener("popstate", restore);
  }, []);
  const go = useCallback((href: string) => {
    window.history.pushState(null, "", href);
    setCurrent(new URL(href, window.location.href).search);
  }, []);
  const value = useMemo(() => ({ search: current, basePath, go }), [current, basePath, go]);
  return createElement(PageViewContext.Provider, { value }, children);
}

/** The dashboard state of the view shown, a link to a changed view, and a way to change it in place. */
export function useDashboardState() {
  const { search, basePath, go: push } = useContext(PageViewContext);
  const state = useMemo(() => readDashboardState(new URLSearchParams(search)), [search]);
  const hrefFor = useCallback(
    (changes: Partial<DashboardState>) => `${basePath}${stateToSearch({ ...state, ...changes })}`,
    [basePath, state],
  );
  const go = useCallback((changes: Partial<DashboardState>) => push(hrefFor(changes)), [push, hrefFor]);
  return { state, hrefFor, go };
}
