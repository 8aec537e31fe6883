import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { Skeleton } from "@dishpatch/ui";

import { getViewer } from "~/auth/viewer";
import { allRestaurantsInput, pendingRestaurantsInput } from "~/components/admin/admin-inputs";
import { AuditLog, auditLogInput } from "~/components/admin/audit-log";
import { RestaurantTable } from "~/components/admin/restaurant-table";
import { NotAllowed } from "~/components/not-allowed";
import { SiteHeader } from "~/components/site-header";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Admin" };

/** Approvals, suspensions and the audit log. Only administrators get past the first check. */
export default async function AdminPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in?callbackUrl=/admin");
  // Checked before any admin query starts, so nothing of the admin data reaches the page.
  if (viewer.role !== "admin") {
    return (
      <>
        <SiteHeader />
        <NotAllowed what="the admin area" />
      </>
    );
  }
  prefetch(trpc.admin.restaurants.queryOptions(pendingRestaurantsInput));
  prefetch(trpc.admin.restaurants.queryOptions(allRestaurantsInput));
  prefetch(trpc.admin.auditLog.queryOptions(auditLogInput));

  return (
    <HydrateClient>
      <SiteHeader />
      <main
        id="main"
        className="mx-auto flex w-full max-w-5xl flex-col gap-10 px-4 py-8 sm:px-6 sm:py-10"
      >
        <h1 className="text-3xl font-bold tracking-tight">Admin</h1>
        <Suspense fallback={<Skeleton className="h-40 w-full" />}>
          <RestaurantTable
            input={pendingRestaurantsInput}
            title="Awaiting approval"
            empty="No restaurants are waiting for approval."
            testId="pending-restaurants"
          />
        </Suspense>
        <Suspense fallback={<Skeleton className="h-64 w-full" />}>
          <RestaurantTable
            input={allRestaurantsInput}
            title="All restaurants"
            empty="No restaurants yet."
            testId="all-restaurants"
          />
        </Suspense>
        <Suspense fallback={<Skeleton className="h-64 w-full" />}>
          <AuditLog />
        </Suspense>
      </main>
    </HydrateClient>
  );
}
