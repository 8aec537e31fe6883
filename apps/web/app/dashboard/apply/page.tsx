import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { getViewer } from "~/auth/viewer";
import { ApplyForm } from "~/components/owner/apply-form";
import { SiteHeader } from "~/components/site-header";
import { HydrateClient } from "~/trpc/server";

export const metadata: Metadata = { title: "Open a restaurant" };

/** Any signed-in person applies to open a restaurant; an admin approves it before it goes live. */
export default async function ApplyPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in?callbackUrl=/dashboard/apply");

  return (
    <HydrateClient>
      <SiteHeader />
      <main
        id="main"
        className="mx-auto flex w-full max-w-2xl flex-col gap-6 px-4 py-10 sm:px-6 sm:py-14"
      >
        <div className="flex flex-col gap-2">
          <Link
            href="/dashboard"
            className="self-start rounded-sm text-sm text-muted-foreground hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
          >
            ← Your restaurants
          </Link>
          <h1 className="text-3xl font-bold tracking-tight">Open a restaurant</h1>
          <p className="text-muted-foreground">
            Tell us about your restaurant. An admin reviews every application; once approved you add
            your menu and opening hours and start taking orders.
          </p>
        </div>
        <ApplyForm />
      </main>
    </HydrateClient>
  );
}
