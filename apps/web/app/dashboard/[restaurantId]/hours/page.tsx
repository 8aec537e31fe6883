import type { Metadata } from "next";
import { Suspense } from "react";
import { Alert, Skeleton } from "@dishpatch/ui";

import { ownerRestaurant } from "~/auth/owner-restaurant";
import { HoursForm } from "~/components/hours/hours-form";
import { NotAllowed } from "~/components/not-allowed";
import { OwnerPageHeader } from "~/components/owner/owner-page-header";
import { SiteHeader } from "~/components/site-header";
import { ToastProvider } from "~/components/toast/toast-provider";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Opening hours" };

/** The owner's weekly opening hours editor. */
export default async function HoursPage({ params }: { params: Promise<{ restaurantId: string }> }) {
  const { restaurantId } = await params;
  const restaurant = await ownerRestaurant(restaurantId, `/dashboard/${restaurantId}/hours`);
  if (!restaurant) {
    return (
      <>
        <SiteHeader />
        <NotAllowed what="this restaurant's opening hours (owners only)" />
      </>
    );
  }
  // Hours are read with the public restaurant query, which shows live restaurants only.
  const live = restaurant.status === "active";
  if (live) prefetch(trpc.restaurant.bySlug.queryOptions({ slug: restaurant.slug }));

  return (
    <HydrateClient>
      <SiteHeader />
      <main
        id="main"
        className="mx-auto flex w-full max-w-2xl flex-col gap-6 px-4 py-8 sm:px-6 sm:py-10"
      >
        <OwnerPageHeader
          restaurantId={restaurantId}
          restaurantName={restaurant.name}
          title="Opening hours"
        />
        {live ? (
          <ToastProvider>
            <Suspense fallback={<Skeleton className="h-96 w-full" />}>
              <HoursForm restaurantId={restaurantId} slug={restaurant.slug} />
            </Suspense>
          </ToastProvider>
        ) : (
          <Alert>Opening hours can be set once an admin has approved your restaurant.</Alert>
        )}
      </main>
    </HydrateClient>
  );
}
