/** An axis tick whose label wraps onto lines of whole words, so category names fit a 375 px screen. */
export function WrappedTick(props: {
  x?: number | string;
  y?: number | string;
  payload?: { value: unknown };
  label: (value: string) => string;
  maxChars?: number;
}) {
  const value = props.payload?.value;
  const words = props.label(typeof value === "string" || typeof value === "number" ? String(value) : "").split(" ");
  const lines: string[] = [];
  for (const w of words) {
    const last = lines.at(-1);
    if (last !== undefined && (last + " " + w).length <= (props.maxChars ?? 12))
      lines[lines.length - 1] = `${last} ${w}`;
    else lines.push(w);
  }
  return (
    <text x={Number(props.x ?? 0)} y={Number(props.y ?? 0)} textAnchor="middle" className="tick" fontSize={11}>
      {lines.map((l, i) => (
        <tspan key={i} x={Number(props.x ?? 0)} dy={i === 0 ? "0.9em" : "1.1em"}>
          {l}
        </tspan>
      ))}
    </text>
  );
}
