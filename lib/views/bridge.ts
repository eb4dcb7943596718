import { shownDate } from "../data/release-schema";
import type { Dataset } from "../data/dataset";
import { bilingual } from "../i18n/messages";
import type { Perspective } from "../data/schema";
import type { CheckStatus, ChecksReport } from "../checks/schema";
import type { Release } from "../data/release-schema";
import { clean } from "../checks/rounding";
import type { Bilingual, ChartMeta, FigureLink } from "./types";
import { flowLabel } from "./flow-labels";
import { MUSD_UNIT } from "./sources";
import { figureLink, partnerName, statedFlow } from "./release-figures";
import { word, text, type DataTable } from "./table";

export type BridgeStepKey = "exports" | "imports" | "computed" | "printed";

/** One bar of the bridge: it spans from `start` to `end` (a floating bar for imports, from zero otherwise). */
export interface BridgeStep extends FigureLink {
  key: BridgeStepKey;
  label: Bilingual;
  /** A short name for an axis. */
  short: Bilingual;
  /** The step's own value: + for exports, − for imports, the balance for computed and printed. */
  value: number;
  start: number;
  end: number;
}

export interface BridgeView extends ChartMeta {
  id: "bridge";
  perspective: Perspective;
  exports: number;
  imports: number;
  /** exports − imports, from the release's own figures. */
  computed: number;
  /** The balance the release prints. */
  printed: number;
  /** printed − computed. */
  delta: number;
  /** Half a unit of the printed precision: the largest delta rounding explains. */
  tolerance: number;
  status: CheckStatus | null;
  checkId: string | null;
  steps: BridgeStep[];
  /** Its data table: each bar's value, start and end. */
  table: DataTable;
}

function bridgeTable(v: Omit<BridgeView, "table">): DataTable {
  return {
    caption: [
      text(v.title),
      " (",
      word("delta"),
      " ",
      { kind: "delta", value: v.delta },
      ", ",
      word("tolerance"),
      " ±",
      { kind: "number", value: v.tolerance },
      ")",
    ],
    head: [{ text: [word("step")] }, { text: [word("value")] }, { text: [word("start")] }, { text: [word("end")] }],
    rows: v.steps.map((s) => ({
      key: s.key,
      head: [text(s.label)],
      claimId: s.claimId,
      cells: [s.value, s.start, s.end].map((value) => ({ kind: "number" as const, value })),
    })),
  };
}

/**
 * The bridge from the release's exports minus imports to the balance it prints, named from `perspective`
 * (millions of dollars): 39,874 − 27,210 = 12,664 beside the printed 12,700 (delta 36, tolerance 50). Null when the
 * release states no exports, imports and balance.
 */
export function bridgeView(
  ds: Dataset,
  release: Release,
  report: ChecksReport | undefined,
  perspective: Perspective,
): BridgeView | null {
  const e = statedFlow(release, "exports", perspective);
  const i = statedFlow(release, "imports", perspective);
  const b = statedFlow(release, "balance", perspective);
  if (!e || !i || !b) return null;
  const computed = clean(e.value - i.value);
  const identity = report?.results.find(
    (r) => r.kind === "identity" && r.measure === "balance" && r.inputs.includes(e.claim.id),
  );
  const tolerance = identity?.tolerance ?? clean((b.claim.precision * b.claim.scale) / 2e6);
  const delta = clean(b.value - computed);
  const name = partnerName(ds, b.claim.partner);
  const identityLink = (claimId: string): FigureLink => ({
    ...figureLink(report, claimId),
    status: identity?.status ?? null,
    checkIds: identity ? [identity.id] : [],
  });
  const steps: BridgeStep[] = [
    {
      key: "exports",
      label: flowLabel("exports", perspective, name),
      short: bilingual((m) => m.bridgeExportsShort),
      value: e.value,
      start: 0,
      end: e.value,
      ...figureLink(report, e.claim.id),
    },
    {
      key: "imports",
      label: bilingual((m, lang) => m.bridgeImportsLabel(flowLabel("imports", perspective, name)[lang])),
      short: bilingual((m) => m.bridgeImportsShort),
      value: -i.value,
      start: e.value,
      end: computed,
      ...figureLink(report, i.claim.id),
    },
    {
      key: "computed",
      label: bilingual((m) => m.bridgeComputed),
      short: bilingual((m) => m.bridgeComputedShort),
      value: computed,
      start: 0,
      end: computed,
      ...identityLink(b.claim.id),
    },
    {
      key: "printed",
      label: bilingual((m) => m.bridgePrinted),
      short: bilingual((m) => m.bridgePrintedShort),
      value: b.value,
      start: 0,
      end: b.value,
      ...figureLink(report, b.claim.id),
    },
  ];
  const view: Omit<BridgeView, "table"> = {
    id: "bridge",
    title: bilingual((m) => m.bridgeTitle),
    unit: MUSD_UNIT,
    valueUnit: "musd",
    sources: [],
    // The bridge draws the release's own figures: their basis is the one attributed to them, their vintage the release.
    sourceLine: bilingual((m) =>
      m.bridgeSourceLine({
        release: m.releaseRef(release.meta.issuerShort, release.meta.number, shownDate(release.meta)),
        basis: b.claim.basis,
        inferred: b.claim.basisAttribution.inferred,
        date: release.meta.date,
      }),
    ),
    notes: [
      bilingual((m) => m.bridgeRoundingNote(tolerance * 2, tolerance)),
      ...(b.claim.periodAttribution.inferred ? [b.claim.periodAttribution.reason] : []),
    ],
    perspective,
    exports: e.value,
    imports: i.value,
    computed,
    printed: b.value,
    delta,
    tolerance,
    status: identity?.status ?? null,
    checkId: identity?.id ?? null,
    steps,
  };
  return { ...view, table: bridgeTable(view) };
}
