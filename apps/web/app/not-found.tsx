import type { Metadata } from "next";
import Link from "next/link";
import { buttonVariants } from "@dishpatch/ui";

import { SiteHeader } from "~/components/site-header";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main
        id="main"
        className="mx-auto flex max-w-xl flex-col items-start gap-4 px-4 py-16 sm:px-6"
      >
        <p className="text-sm font-semibold text-primary">404</p>
        <h1 className="text-3xl font-bold tracking-tight">We couldn&apos;t find that page</h1>
        <p className="text-muted-foreground">It may have moved, or the link may be mistyped.</p>
        <Link href="/" className={buttonVariants()}>
          Back to the home page
        </Link>
      </main>
    </>
  );
}
