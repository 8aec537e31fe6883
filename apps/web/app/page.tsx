import { connection } from "next/server";
import { Suspense } from "react";

import { HealthStatus, HealthStatusSkeleton } from "~/components/health-status";
import {
  hasFilters,
  homeListInput,
  restaurantFiltersFrom,
} from "~/components/home/restaurant-filters";
import { RestaurantSearch } from "~/components/home/restaurant-search";
import { RestaurantList, RestaurantListSkeleton } from "~/components/restaurant-list";
import { SiteHeader } from "~/components/site-header";
import { HydrateClient, prefetch, prefetchBeforeRender, trpc } from "~/trpc/server";

export default async function HomePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // Live data: render on every request, never at build time.
  await connection();
  const filters = restaurantFiltersFrom(await searchParams);
  // The restaurants are what the page is for: one round trip each, side by side, in the first
  // HTML. The status check streams in after it. No client waterfall either way.
  const [listReady] = await Promise.all([
    prefetchBeforeRender(trpc.restaurant.list.queryOptions(homeListInput(filters))),
    prefetchBeforeRender(trpc.restaurant.cuisines.queryOptions()),
  ]);
  prefetch(trpc.health.check.queryOptions());
  // Keyed by the search, so a new search starts again from its first page.
  const list = <RestaurantList key={JSON.stringify(filters)} filters={filters} />;

  return (
    <HydrateClient>
      <SiteHeader />
      <main
        id="main"
        className="mx-auto flex w-full max-w-5xl flex-col gap-10 px-4 py-10 sm:px-6 sm:py-16"
      >
        <section aria-labelledby="hero-title" className="flex max-w-2xl flex-col gap-4">
          <p className="text-sm font-semibold tracking-wide text-primary uppercase">
            Local food, delivered
          </p>
          <h1
            id="hero-title"
            className="text-4xl font-bold tracking-tight text-balance sm:text-5xl"
          >
            Your neighbourhood&apos;s best kitchens, one order away.
          </h1>
          <p className="text-lg text-pretty text-muted-foreground">
            Dishpatch connects diners with local restaurants for delivery and pickup, and gives
            restaurants a live order queue, menus and reports of their own.
          </p>
        </section>
        <section aria-labelledby="restaurants-title" className="flex flex-col gap-4">
          <h2 id="restaurants-title" className="text-2xl font-bold tracking-tight">
            {hasFilters(filters) ? "Matching restaurants" : "Restaurants"}
          </h2>
          <RestaurantSearch filters={filters} />
          {listReady ? (
            // No boundary: React would stream it apart and reveal it 300 ms after the first paint.
            list
          ) : (
            // The server could not load them; the browser will, behind a skeleton.
            <Suspense fallback={<RestaurantListSkeleton />}>{list}</Suspense>
          )}
        </section>
        <Suspense fallback={<HealthStatusSkeleton />}>
          <HealthStatus />
        </Suspense>
      </main>
    </HydrateClient>
  );
}
