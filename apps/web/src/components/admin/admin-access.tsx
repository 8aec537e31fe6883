import "server-only";

import { redirect } from "next/navigation";

import { authPageHref } from "~/auth/callback-url";
import { getViewer } from "~/auth/viewer";
import { NotAllowed } from "~/components/not-allowed";
import { SiteHeader } from "~/components/site-header";

/**
 * Every admin page starts here: the signed-out go to sign in (and come back to `path`), and
 * only administrators are let through. Checked before any admin query starts, so nothing of the
 * admin data reaches a refused page (the API refuses those calls anyway).
 */
export async function isAdminOrSignIn(path: string): Promise<boolean> {
  const viewer = await getViewer();
  if (!viewer) redirect(authPageHref("/sign-in", path));
  return viewer.role === "admin";
}

/** What someone who is not an administrator sees on an admin page. */
export function AdminRefusal() {
  return (
    <>
      <SiteHeader />
      <NotAllowed what="the admin area" />
    </>
  );
}
