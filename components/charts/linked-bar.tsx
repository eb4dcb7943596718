import type { BarShapeProps } from "recharts";

/**
 * A bar drawn as a plain rect that carries its release claim (data-claim), so hovering it highlights the figure
 * in the text and its check, and focusing the figure highlights it. `cls` names its colour class (see globals.css).
 */
export function linkedBar(cls: string, claimOf: (payload: unknown) => string | null) {
  function LinkedBar(props: BarShapeProps) {
    const { x, y, width, height } = props;
    const payload: unknown = props.payload;
    const top = height < 0 ? y + height : y;
    const claim = claimOf(payload);
    return (
      <rect
        x={x}
        y={top}
        width={Math.max(0, width)}
        height={Math.abs(height)}
        className={`bar ${cls}`}
        data-claim={claim ?? undefined}
      />
    );
  }
  return LinkedBar;
}

/** A bar shape for data that carry their own claim (`claimId`): the colour class comes from each datum. */
export function claimBarShape(classOf: (payload: unknown) => string) {
  return (props: BarShapeProps) =>
    linkedBar(classOf(props.payload), (p) => (p as { claimId: string | null }).claimId)(props);
}
