import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { Alert, Skeleton } from "@dishpatch/ui";

import { ownerRestaurant } from "~/auth/owner-restaurant";
import { MenuEditor } from "~/components/menu/menu-editor";
import { NotAllowed } from "~/components/not-allowed";
import { OwnerPageHeader } from "~/components/owner/owner-page-header";
import { SiteHeader } from "~/components/site-header";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Menu" };

/** The owner's menu editor; the menu is read on the server and handed to the editor. */
export default async function MenuPage({ params }: { params: Promise<{ restaurantId: string }> }) {
  const { restaurantId } = await params;
  const restaurant = await ownerRestaurant(restaurantId, `/dashboard/${restaurantId}/menu`);
  if (!restaurant) {
    return (
      <>
        <SiteHeader />
        <NotAllowed what="this restaurant's menu editor (owners only)" />
      </>
    );
  }
  // The menu is read through the public restaurant query, which shows live restaurants only.
  const live = restaurant.status === "active";
  if (live) prefetch(trpc.restaurant.bySlug.queryOptions({ slug: restaurant.slug }));

  return (
    <HydrateClient>
      <SiteHeader />
      <main
        id="main"
        className="mx-auto flex w-full max-w-3xl flex-col gap-6 px-4 py-8 sm:px-6 sm:py-10"
      >
        <OwnerPageHeader
          restaurantId={restaurantId}
          restaurantName={restaurant.name}
          title="Menu"
          detail="changes show on your restaurant page at once"
        />
        {live ? (
          <>
            <Link
              href={`/r/${restaurant.slug}`}
              className="self-start text-sm font-medium text-primary underline-offset-4 hover:underline"
            >
              See your restaurant page
            </Link>
            <Suspense fallback={<Skeleton className="h-96 w-full" />}>
              <MenuEditor restaurantId={restaurantId} slug={restaurant.slug} />
            </Suspense>
          </>
        ) : (
          <Alert>The menu editor opens once an admin has approved your restaurant.</Alert>
        )}
      </main>
    </HydrateClient>
  );
}
