"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { buttonVariants } from "@dishpatch/ui";

import { authPageHref } from "~/auth/callback-url";

const authPages = new Set(["/sign-in", "/sign-up"]);

/**
 * "Sign in" and "Sign up", returning to the page they were clicked on. A client component
 * only for the current path, which server components don't get. Not prefetched: every
 * signed-out page would fetch both on load, for pages few visitors open (bench HISTORY.md).
 */
export function AnonymousLinks() {
  const pathname = usePathname();
  const returnTo = authPages.has(pathname) ? "/" : pathname;
  return (
    <>
      <Link
        href={authPageHref("/sign-in", returnTo)}
        prefetch={false}
        className={buttonVariants({ variant: "ghost", size: "sm" })}
      >
        Sign in
      </Link>
      <Link
        href={authPageHref("/sign-up", returnTo)}
        prefetch={false}
        className={buttonVariants({ size: "sm" })}
      >
        Sign up
      </Link>
    </>
  );
}
