/** One thing wrong with a data file, said so a person can find and fix it. */
export interface DataIssue {
  file: string;
  /** 1-based line of the file (the header is line 1), when the fault has one. */
  line?: number;
  field?: string;
  expected: string;
  got?: string;
}

export function formatIssue(issue: DataIssue): string {
  const where = [
    issue.file,
    issue.line !== undefined ? `line ${issue.line}` : undefined,
    issue.field ? `field "${issue.field}"` : undefined,
  ]
    .filter(Boolean)
    .join(", ");
  const got =
    issue.got !== undefined
      ? `; got ${JSON.stringify(issue.got.length > 80 ? `${issue.got.slice(0, 77)}...` : issue.got)}`
      : "";
  return `${where}: expected ${issue.expected}${got}`;
}

const MAX_LISTED = 20;

/** Thrown when data/ does not validate; nothing of a dataset that fails is ever returned. */
export class DatasetError extends Error {
  constructor(readonly issues: DataIssue[]) {
    const listed = issues.slice(0, MAX_LISTED).map((i) => `  - ${formatIssue(i)}`);
    const more = issues.length > MAX_LISTED ? [`  … and ${issues.length - MAX_LISTED} more`] : [];
    super([`Invalid data (${issues.length} problem${issues.length === 1 ? "" : "s"}):`, ...listed, ...more].join("\n"));
    this.name = "DatasetError";
  }
}
