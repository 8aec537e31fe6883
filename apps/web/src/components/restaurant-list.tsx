"use client";

import { Badge, Card, Skeleton, StatusDot } from "@dishpatch/ui";
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";

import type { RestaurantFilters } from "~/components/home/restaurant-filters";
import { hasFilters, homeListInput } from "~/components/home/restaurant-filters";
import { MorePages } from "~/components/paging/more-pages";
import { usePagesAfter } from "~/components/paging/use-pages-after";
import { formatMoney } from "~/lib/money";
import { useTRPC } from "~/trpc/react";

/** Restaurants matching the filters, open ones first; more load as the diner scrolls. */
export function RestaurantList({ filters }: { filters: RestaurantFilters }) {
  const trpc = useTRPC();
  const input = homeListInput(filters);
  // The first page arrives with the page (server prefetch with this same input).
  const { data: first } = useSuspenseQuery(trpc.restaurant.list.queryOptions(input));
  const paging = usePagesAfter(first, (cursor) =>
    trpc.restaurant.list.queryOptions({ ...input, cursor }),
  );
  const { pages, loadingMore } = paging;
  const restaurants = pages.flatMap((page) => page.items);

  if (restaurants.length === 0) {
    return hasFilters(filters) ? (
      <p className="text-muted-foreground" role="status">
        No restaurants match this search.{" "}
        <Link href="/" className="font-semibold text-primary underline-offset-4 hover:underline">
          Show all restaurants
        </Link>
      </p>
    ) : (
      <p className="text-muted-foreground">No restaurants are taking orders yet.</p>
    );
  }
  return (
    <div className="flex flex-col gap-6">
      <ul
        className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3"
        aria-label="Restaurants"
        aria-busy={loadingMore}
      >
        {restaurants.map((restaurant) => (
          <li key={restaurant.id}>
            <Card
              className="relative flex h-full flex-col gap-2 p-5 transition-colors focus-within:outline-2 focus-within:outline-ring hover:border-primary/60"
              aria-labelledby={`r-${restaurant.id}`}
            >
              <div className="flex items-start justify-between gap-3">
                <h3 id={`r-${restaurant.id}`} className="text-lg leading-tight font-semibold">
                  {/* The whole card is the link (its ::after covers the card); one tab stop per card. */}
                  <Link
                    href={`/r/${restaurant.slug}`}
                    className="after:absolute after:inset-0 after:rounded-xl focus-visible:outline-none"
                  >
                    {restaurant.name}
                  </Link>
                </h3>
                <Badge tone={restaurant.openNow ? "success" : "neutral"}>
                  <StatusDot tone={restaurant.openNow ? "success" : "warning"} />
                  {restaurant.openNow ? "Open" : "Closed"}
                </Badge>
              </div>
              <p className="text-sm font-medium text-primary">{restaurant.cuisine}</p>
              <p className="line-clamp-2 text-sm text-muted-foreground">{restaurant.description}</p>
              <p className="mt-auto pt-2 text-xs text-muted-foreground">
                Delivery {formatMoney(restaurant.deliveryFee, restaurant.currency)} · Minimum{" "}
                {formatMoney(restaurant.minimumOrder, restaurant.currency)}
              </p>
            </Card>
          </li>
        ))}
      </ul>
      <MorePages
        auto
        paging={paging}
        label="Show more restaurants"
        failure="More restaurants could not be loaded."
      />
    </div>
  );
}

export function RestaurantListSkeleton() {
  return (
    <ul
      className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3"
      aria-busy="true"
      aria-label="Loading restaurants"
    >
      {Array.from({ length: 6 }, (_, i) => (
        <li key={i}>
          <Card className="flex flex-col gap-3 p-5">
            <Skeleton className="h-5 w-2/3" />
            <Skeleton className="h-4 w-1/3" />
            <Skeleton className="h-4 w-full" />
          </Card>
        </li>
      ))}
    </ul>
  );
}
