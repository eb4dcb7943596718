import type { ReactNode } from "react";

export interface DownloadLinkProps {
  href: string;
  /** The name the browser saves the file under (the server's Content-Disposition says the same). */
  fileName?: string;
  /** What the link downloads, for screen readers; starts with the visible text. */
  accessibleName: string;
  /** The media type of what the link gives. */
  mimeType?: string;
  children: ReactNode;
}

/**
 * A plain link with `download`: works without JavaScript, with the keyboard (Tab, Enter) and in server and client
 * components alike, since it has no state of its own.
 */
export function DownloadLink({ href, fileName, accessibleName, mimeType = "text/csv", children }: DownloadLinkProps) {
  return (
    <a className="download-link" href={href} download={fileName ?? ""} aria-label={accessibleName} type={mimeType}>
      {children}
    </a>
  );
}
