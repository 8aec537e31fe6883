import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { headers } from "next/headers";

import { TRPCReactProvider } from "~/trpc/react";

import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Dishpatch — local food, delivered", template: "%s · Dishpatch" },
  description:
    "Order from the best local restaurants for delivery or pickup. Restaurants run their menu and orders on Dishpatch.",
  applicationName: "Dishpatch",
  openGraph: {
    type: "website",
    siteName: "Dishpatch",
    title: "Dishpatch — local food, delivered",
    description: "Order from the best local restaurants for delivery or pickup.",
  },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fdfbf7" },
    { media: "(prefers-color-scheme: dark)", color: "#1c1917" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the request makes every page render per request, so Next.js can put the
  // proxy's CSP nonce on its scripts.
  await headers();
  return (
    <html lang="en">
      <body className="min-h-dvh font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50 focus:rounded-lg focus:bg-card focus:px-4 focus:py-2 focus:shadow"
        >
          Skip to content
        </a>
        <TRPCReactProvider>{children}</TRPCReactProvider>
      </body>
    </html>
  );
}
