import type { Metadata } from "next";
import type { ReactNode } from "react";

export const metadata: Metadata = {
  title: "Balanza — comercio México–EUA, cifras verificadas",
  description: "Cada cifra de un comunicado de comercio exterior, cotejada con la serie oficial de la Oficina del Censo de EUA.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="es">
      <body>{children}</body>
    </html>
  );
}
