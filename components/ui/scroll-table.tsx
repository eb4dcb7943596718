import type { ReactNode } from "react";

/**
 * A table in a region that takes focus, so a keyboard can scroll it: its caption, one row of column heads
 * (`scope="col"`, in the order given) and the body rows, given as children.
 */
export function ScrollTable({
  className,
  label,
  labelledBy,
  tableClassName,
  caption,
  captionClassName,
  heads,
  children,
}: {
  className: string;
  label?: string;
  labelledBy?: string;
  tableClassName?: string;
  caption: ReactNode;
  captionClassName?: string;
  heads: readonly string[];
  children: ReactNode;
}) {
  return (
    <div className={className} tabIndex={0} role="region" aria-label={label} aria-labelledby={labelledBy}>
      <table className={tableClassName}>
        <caption className={captionClassName}>{caption}</caption>
        <thead>
          <tr>
            {heads.map((head, i) => (
              <th key={i} scope="col">
                {head}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
