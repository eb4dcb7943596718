"use client";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { makeQueryClient } from "./make-query-client";

let browserClient: QueryClient | undefined;

export function QueryProvider({ children }: { children: ReactNode }) {
  // One client per request on the server, one for the tab in the browser.
  const [client] = useState(() =>
    typeof window === "undefined" ? makeQueryClient() : (browserClient ??= makeQueryClient()),
  );
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
