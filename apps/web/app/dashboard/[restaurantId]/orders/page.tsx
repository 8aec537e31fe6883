import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { Skeleton } from "@dishpatch/ui";

import { getViewer } from "~/auth/viewer";
import type { SearchParams } from "~/components/admin/admin-filters";
import { FilterForm, FilterSelect } from "~/components/admin/filter-fields";
import { NotAllowed } from "~/components/not-allowed";
import { historyInputFrom, historyStatusChoices } from "~/components/owner/order-history-filter";
import { OwnerPage } from "~/components/owner/owner-page";
import { RestaurantOrderHistory } from "~/components/owner/restaurant-order-history";
import { SiteHeader } from "~/components/site-header";
import { prefetch, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Order history" };

/**
 * Every order of a restaurant, finished ones included, newest first: where an owner finds
 * last night's delivered order to refund it. Staff may look too (refunds stay owners-only on the
 * order page).
 */
export default async function OrderHistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ restaurantId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { restaurantId } = await params;
  const path = `/dashboard/${restaurantId}/orders`;
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  // Membership decides before anything is read: a non-member gets no data and no API call.
  const membership = viewer.memberships.find((m) => m.restaurantId === restaurantId);
  if (!membership) {
    return (
      <>
        <SiteHeader />
        <NotAllowed what="this restaurant's orders" />
      </>
    );
  }
  const { input, status } = historyInputFrom(restaurantId, await searchParams);
  prefetch(trpc.merchant.history.queryOptions(input));

  return (
    <OwnerPage
      restaurantId={restaurantId}
      restaurantName={membership.name}
      title="Order history"
      detail="newest first"
      width="wide"
    >
      {/* One select: kept narrow, so Apply stays a button rather than a bar. */}
      <div className="sm:max-w-lg">
        <FilterForm key={status ?? "all"} action={path} label="Filter orders">
          <FilterSelect
            name="status"
            label="Status"
            defaultValue={status}
            options={historyStatusChoices}
          />
        </FilterForm>
      </div>
      <Suspense fallback={<Skeleton className="h-64 w-full" />}>
        <RestaurantOrderHistory key={status ?? "all"} input={input} />
      </Suspense>
    </OwnerPage>
  );
}
