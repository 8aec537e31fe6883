import type { Metadata } from "next";
import { Suspense } from "react";
import { Skeleton } from "@dishpatch/ui";

import { ownerRestaurant } from "~/auth/owner-restaurant";
import { OwnerPage, OwnerPageRefused } from "~/components/owner/owner-page";
import { PendingNotice } from "~/components/owner/pending-notice";
import { SettingsForm } from "~/components/restaurant-settings/settings-form";
import { ToastProvider } from "~/components/toast/toast-provider";
import { prefetch, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Restaurant settings" };

/** The owner's profile and delivery settings form. */
export default async function SettingsPage({
  params,
}: {
  params: Promise<{ restaurantId: string }>;
}) {
  const { restaurantId } = await params;
  const restaurant = await ownerRestaurant(restaurantId, `/dashboard/${restaurantId}/settings`);
  if (!restaurant) return <OwnerPageRefused what="this restaurant's settings" />;
  // The owner's read, in any status: an applicant sets up while awaiting approval.
  prefetch(trpc.restaurant.editable.queryOptions({ restaurantId }));

  return (
    <OwnerPage
      restaurantId={restaurantId}
      restaurantName={restaurant.name}
      title="Settings"
      width="narrow"
    >
      <PendingNotice status={restaurant.status} what="settings" />
      <ToastProvider>
        <Suspense fallback={<Skeleton className="h-96 w-full" />}>
          <SettingsForm restaurantId={restaurantId} />
        </Suspense>
      </ToastProvider>
    </OwnerPage>
  );
}
