import type { Metadata } from "next";
import { Suspense } from "react";
import { Alert, Skeleton } from "@dishpatch/ui";

import { ownerRestaurant } from "~/auth/owner-restaurant";
import { OwnerPage, OwnerPageRefused } from "~/components/owner/owner-page";
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
  // The current profile comes from the public restaurant query, which shows live restaurants only.
  const live = restaurant.status === "active";
  if (live) prefetch(trpc.restaurant.bySlug.queryOptions({ slug: restaurant.slug }));

  return (
    <OwnerPage
      restaurantId={restaurantId}
      restaurantName={restaurant.name}
      title="Settings"
      width="narrow"
    >
      {live ? (
        <ToastProvider>
          <Suspense fallback={<Skeleton className="h-96 w-full" />}>
            <SettingsForm restaurantId={restaurantId} slug={restaurant.slug} />
          </Suspense>
        </ToastProvider>
      ) : (
        <Alert>Settings can be changed once an admin has approved your restaurant.</Alert>
      )}
    </OwnerPage>
  );
}
