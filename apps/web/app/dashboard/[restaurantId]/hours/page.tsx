import type { Metadata } from "next";
import { Suspense } from "react";
import { Alert, Skeleton } from "@dishpatch/ui";

import { ownerRestaurant } from "~/auth/owner-restaurant";
import { HoursForm } from "~/components/hours/hours-form";
import { OwnerPage, OwnerPageRefused } from "~/components/owner/owner-page";
import { ToastProvider } from "~/components/toast/toast-provider";
import { prefetch, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Opening hours" };

/** The owner's weekly opening hours editor. */
export default async function HoursPage({ params }: { params: Promise<{ restaurantId: string }> }) {
  const { restaurantId } = await params;
  const restaurant = await ownerRestaurant(restaurantId, `/dashboard/${restaurantId}/hours`);
  if (!restaurant) return <OwnerPageRefused what="this restaurant's opening hours" />;
  // Hours are read with the public restaurant query, which shows live restaurants only.
  const live = restaurant.status === "active";
  if (live) prefetch(trpc.restaurant.bySlug.queryOptions({ slug: restaurant.slug }));

  return (
    <OwnerPage
      restaurantId={restaurantId}
      restaurantName={restaurant.name}
      title="Opening hours"
      width="narrow"
    >
      {live ? (
        <ToastProvider>
          <Suspense fallback={<Skeleton className="h-96 w-full" />}>
            <HoursForm restaurantId={restaurantId} slug={restaurant.slug} />
          </Suspense>
        </ToastProvider>
      ) : (
        <Alert>Opening hours can be set once an admin has approved your restaurant.</Alert>
      )}
    </OwnerPage>
  );
}
