import { buttonVariants } from "@dishpatch/ui";
import Link from "next/link";

import { getViewer } from "~/auth/viewer";
import { AccountLink } from "./header/account-link";
import { AnonymousLinks } from "./header/anonymous-links";
import { WorkLinks } from "./header/work-links";

/**
 * The header of every page. Who is signed in is read on the server while the page renders
 * (one `auth.me` per request, shared with the page), so it arrives in the HTML.
 */
export async function SiteHeader() {
  // The header must not take the page down: if the session can't be read, show the
  // signed-out links (the page itself reports real outages).
  const viewer = await getViewer().catch(() => null);
  return (
    <header className="border-b border-border">
      <div className="mx-auto flex h-16 w-full max-w-5xl items-center justify-between gap-4 px-4 sm:px-6">
        <Link
          href="/"
          className="flex shrink-0 items-center gap-2 rounded-md text-lg font-bold tracking-tight focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-ring"
        >
          <span
            aria-hidden="true"
            className="grid size-8 place-items-center rounded-lg bg-primary text-primary-foreground"
          >
            D
          </span>
          {/* On small phones the mark alone leaves room for the signed-in links. */}
          <span className="sr-only sm:not-sr-only">Dishpatch</span>
        </Link>
        <nav aria-label="Account" className="flex min-w-0 items-center gap-2">
          {viewer ? (
            <>
              <Link href="/orders" className={buttonVariants({ variant: "ghost", size: "sm" })}>
                Orders
              </Link>
              <WorkLinks
                isMember={viewer.memberships.length > 0}
                isAdmin={viewer.role === "admin"}
              />
              <AccountLink name={viewer.name ?? viewer.email} />
            </>
          ) : (
            <AnonymousLinks />
          )}
        </nav>
      </div>
    </header>
  );
}
