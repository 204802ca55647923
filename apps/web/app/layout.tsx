import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "../components/site-header";
import { getCurrentUser } from "../lib/auth/get-current-user";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "ratecard", template: "%s · ratecard" },
  description: "What AI providers charge, and when it changed.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <SiteHeader user={await getCurrentUser()} />
        <main className="mx-auto w-full max-w-6xl px-4 py-6 sm:px-6">{children}</main>
      </body>
    </html>
  );
}
