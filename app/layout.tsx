import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { messages } from "@/lib/i18n/messages";
import "./globals.css";

export const metadata: Metadata = {
  title: messages("es").siteTitle,
  description: messages("es").siteDescription,
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="es">
      <body>{children}</body>
    </html>
  );
}
