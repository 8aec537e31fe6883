import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { buttonVariants, Skeleton } from "@dishpatch/ui";

import { getViewer } from "~/auth/viewer";
import { OrderQueue } from "~/components/dashboard/order-queue";
import { OrderingToggle } from "~/components/dashboard/ordering-toggle";
import { OwnerLinks } from "~/components/dashboard/owner-links";
import { SoldOutList } from "~/components/dashboard/sold-out-list";
import { NotAllowed } from "~/components/not-allowed";
import { SiteHeader } from "~/components/site-header";
import { getQueryClient, HydrateClient, prefetch, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Orders" };

/** A restaurant's live order queue, with pause/resume and sold-out switches beside it. */
export default async function RestaurantDashboardPage({
  params,
}: {
  params: Promise<{ restaurantId: string }>;
}) {
  const { restaurantId } = await params;
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?callbackUrl=/dashboard/${encodeURIComponent(restaurantId)}`);
  // Membership decides before anything is read: a non-member gets no data and no API call.
  if (!viewer.memberships.some((m) => m.restaurantId === restaurantId)) {
    return (
      <>
        <SiteHeader />
        <NotAllowed what="this restaurant's orders" />
      </>
    );
  }
  prefetch(trpc.merchant.queue.queryOptions({ restaurantId }));
  const mine = await getQueryClient().query(trpc.restaurant.mine.queryOptions());
  const restaurant = mine.find((r) => r.id === restaurantId);
  if (!restaurant) redirect("/dashboard");
  // Only live restaurants have a public menu to switch items on.
  const hasMenu = restaurant.status === "active";
  if (hasMenu) prefetch(trpc.restaurant.bySlug.queryOptions({ slug: restaurant.slug }));

  return (
    <HydrateClient>
      <SiteHeader />
      <main
        id="main"
        className="mx-auto flex w-full max-w-6xl flex-col gap-6 px-4 py-8 sm:px-6 sm:py-10"
      >
        <div className="flex flex-col gap-1">
          <Link href="/dashboard" className="text-sm text-muted-foreground hover:underline">
            ← Your restaurants
          </Link>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h1 className="text-3xl font-bold tracking-tight">{restaurant.name}</h1>
            <nav aria-label="Manage restaurant" className="flex flex-wrap gap-2">
              {/* Staff see past orders too; the rest is for owners. */}
              <Link
                href={`/dashboard/${restaurantId}/orders`}
                className={buttonVariants({ variant: "outline", size: "sm" })}
              >
                Order history
              </Link>
              {restaurant.role === "owner" ? (
                <>
                  <Link
                    href={`/dashboard/${restaurantId}/reports`}
                    className={buttonVariants({ variant: "outline", size: "sm" })}
                  >
                    Sales report
                  </Link>
                  <OwnerLinks restaurantId={restaurantId} />
                </>
              ) : null}
            </nav>
          </div>
        </div>
        {/* On phones the pause switch comes first (it must be reachable in a rush), then the
            queue, then the sold-out list; from lg the queue fills the left column. */}
        <div className="grid gap-6 lg:grid-cols-[1fr_18rem] lg:grid-rows-[auto_1fr]">
          <aside aria-label="Restaurant controls" className="lg:col-start-2 lg:row-start-1">
            <OrderingToggle restaurantId={restaurantId} />
          </aside>
          <div className="min-w-0 lg:col-start-1 lg:row-span-2 lg:row-start-1">
            <Suspense fallback={<Skeleton className="h-64 w-full" />}>
              <OrderQueue restaurantId={restaurantId} timeZone={restaurant.timeZone} />
            </Suspense>
          </div>
          {hasMenu ? (
            <aside aria-label="Sold-out items" className="lg:col-start-2 lg:row-start-2">
              <Suspense fallback={<Skeleton className="h-64 w-full" />}>
                <SoldOutList restaurantId={restaurantId} slug={restaurant.slug} />
              </Suspense>
            </aside>
          ) : null}
        </div>
      </main>
    </HydrateClient>
  );
}
