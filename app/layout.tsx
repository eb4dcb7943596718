import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { QueryProvider } from "@/components/query/query-provider";
import "./globals.css";

export const metadata: Metadata = {
  title: "Balanza — comercio México–EUA, cifras verificadas",
  description:
    "Cada cifra de un comunicado de comercio exterior, cotejada con la serie oficial de la Oficina del Censo de EUA.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="es">
      <body>
        <QueryProvider>{children}</QueryProvider>
      </body>
    </html>
  );
}
