import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { Skeleton } from "@dishpatch/ui";

import { getViewer } from "~/auth/viewer";
import { NotAllowed } from "~/components/not-allowed";
import { MerchantOrderDetail } from "~/components/owner/merchant-order-detail";
import { SiteHeader } from "~/components/site-header";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Order" };

/** One order of the restaurant: items, payments ledger and, for owners, refunds. */
export default async function MerchantOrderPage({
  params,
}: {
  params: Promise<{ restaurantId: string; orderId: string }>;
}) {
  const { restaurantId, orderId } = await params;
  const viewer = await getViewer();
  if (!viewer) {
    const back = `/dashboard/${restaurantId}/orders/${orderId}`;
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(back)}`);
  }
  const membership = viewer.memberships.find((m) => m.restaurantId === restaurantId);
  if (!membership) {
    return (
      <>
        <SiteHeader />
        <NotAllowed what="this restaurant's orders" />
      </>
    );
  }
  prefetch(trpc.order.byId.queryOptions({ orderId }));

  return (
    <HydrateClient>
      <SiteHeader />
      <main
        id="main"
        className="mx-auto flex w-full max-w-4xl flex-col gap-6 px-4 py-8 sm:px-6 sm:py-10"
      >
        <Suspense fallback={<Skeleton className="h-96 w-full" />}>
          <MerchantOrderDetail
            restaurantId={restaurantId}
            restaurantName={membership.name}
            orderId={orderId}
            isOwner={membership.role === "owner"}
          />
        </Suspense>
      </main>
    </HydrateClient>
  );
}
