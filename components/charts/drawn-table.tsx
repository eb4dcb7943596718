import type { Html } from "@/lib/render/html";
import { StaticHtml } from "../ui/static-html";

/** A data table the browser writes as HTML (lib/render/data-table.ts) for a view it fetched: one element to hydrate. */
export function ClientDrawnTable({ table }: { table: Html }) {
  return <StaticHtml className="drawn-table" html={table.value} />;
}
