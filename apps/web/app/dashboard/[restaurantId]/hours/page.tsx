import type { Metadata } from "next";
import { Suspense } from "react";
import { Skeleton } from "@dishpatch/ui";

import { ownerRestaurant } from "~/auth/owner-restaurant";
import { HoursForm } from "~/components/hours/hours-form";
import { OwnerPage, OwnerPageRefused } from "~/components/owner/owner-page";
import { PendingNotice } from "~/components/owner/pending-notice";
import { ToastProvider } from "~/components/toast/toast-provider";
import { prefetch, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Opening hours" };

/** The owner's weekly opening hours editor. */
export default async function HoursPage({ params }: { params: Promise<{ restaurantId: string }> }) {
  const { restaurantId } = await params;
  const restaurant = await ownerRestaurant(restaurantId, `/dashboard/${restaurantId}/hours`);
  if (!restaurant) return <OwnerPageRefused what="this restaurant's opening hours" />;
  // The owner's read, in any status: an applicant sets up while awaiting approval.
  prefetch(trpc.restaurant.editable.queryOptions({ restaurantId }));

  return (
    <OwnerPage
      restaurantId={restaurantId}
      restaurantName={restaurant.name}
      title="Opening hours"
      width="narrow"
    >
      <PendingNotice status={restaurant.status} what="opening hours" />
      <ToastProvider>
        <Suspense fallback={<Skeleton className="h-96 w-full" />}>
          <HoursForm restaurantId={restaurantId} />
        </Suspense>
      </ToastProvider>
    </OwnerPage>
  );
}
