import type { Metadata } from "next";
import { Suspense } from "react";
import { Skeleton } from "@dishpatch/ui";

import { AdminRefusal, isAdminOrSignIn } from "~/components/admin/admin-access";
import { allRestaurantsInput, pendingRestaurantsInput } from "~/components/admin/admin-inputs";
import { AdminFrame } from "~/components/admin/admin-layout";
import type { SearchParams } from "~/components/admin/admin-filters";
import { auditLogInputFrom } from "~/components/admin/admin-filters";
import { AuditSection } from "~/components/admin/audit-section";
import { RestaurantTable } from "~/components/admin/restaurant-table";
import { prefetch, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Admin" };

/** Approvals, suspensions and the audit log. Only administrators get past the first check. */
export default async function AdminPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  if (!(await isAdminOrSignIn("/admin"))) return <AdminRefusal />;
  const auditLogInput = auditLogInputFrom(await searchParams);
  prefetch(trpc.admin.restaurants.queryOptions(pendingRestaurantsInput));
  prefetch(trpc.admin.restaurants.queryOptions(allRestaurantsInput));
  prefetch(trpc.admin.auditLog.queryOptions(auditLogInput));

  return (
    <AdminFrame title="Admin" current="/admin">
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
      <AuditSection input={auditLogInput} />
    </AdminFrame>
  );
}
