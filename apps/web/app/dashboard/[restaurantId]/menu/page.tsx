import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { Skeleton } from "@dishpatch/ui";

import { ownerRestaurant } from "~/auth/owner-restaurant";
import { MenuEditor } from "~/components/menu/menu-editor";
import { OwnerPage, OwnerPageRefused } from "~/components/owner/owner-page";
import { PendingNotice } from "~/components/owner/pending-notice";
import { prefetch, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Menu" };

/** The owner's menu editor; the menu is read on the server and handed to the editor. */
export default async function MenuPage({ params }: { params: Promise<{ restaurantId: string }> }) {
  const { restaurantId } = await params;
  const restaurant = await ownerRestaurant(restaurantId, `/dashboard/${restaurantId}/menu`);
  if (!restaurant) return <OwnerPageRefused what="this restaurant's menu editor" />;
  // The owner's read, in any status: an applicant builds the menu while awaiting approval.
  prefetch(trpc.restaurant.editable.queryOptions({ restaurantId }));
  const live = restaurant.status === "active";

  return (
    <OwnerPage
      restaurantId={restaurantId}
      restaurantName={restaurant.name}
      title="Menu"
      detail={live ? "changes show on your restaurant page at once" : undefined}
      width="medium"
    >
      {live ? (
        <Link
          href={`/r/${restaurant.slug}`}
          className="self-start text-sm font-medium text-primary underline-offset-4 hover:underline"
        >
          See your restaurant page
        </Link>
      ) : (
        <PendingNotice status={restaurant.status} what="menu" />
      )}
      <Suspense fallback={<Skeleton className="h-96 w-full" />}>
        <MenuEditor restaurantId={restaurantId} />
      </Suspense>
    </OwnerPage>
  );
}
