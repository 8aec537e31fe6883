"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { Suspense, useState } from "react";

import type { MenuItem } from "~/lib/item-choices";
import { useTRPC } from "~/trpc/react";
import { CategoryNav } from "./category-nav";
import { LazyItemDialog, preloadItemDialog } from "./item-dialog-lazy";
import { MenuItemCard } from "./menu-item-card";

/** The menu by category, from the data prefetched with the page; items open the item dialog. */
export function RestaurantMenu({ slug, orderable }: { slug: string; orderable: boolean }) {
  const trpc = useTRPC();
  const { data: restaurant } = useSuspenseQuery(trpc.restaurant.bySlug.queryOptions({ slug }));
  const [selected, setSelected] = useState<MenuItem | null>(null);
  const categories = restaurant.categories.filter((category) => category.items.length > 0);
  const cartRestaurant = {
    id: restaurant.id,
    slug: restaurant.slug,
    name: restaurant.name,
    currency: restaurant.currency,
  };

  if (categories.length === 0) {
    return <p className="text-muted-foreground">This restaurant has no dishes on its menu yet.</p>;
  }
  return (
    // Fetch the item dialog's code as soon as a diner reaches for a dish (pointer or keyboard).
    <div
      className="flex min-w-0 flex-col gap-8"
      onPointerOver={preloadItemDialog}
      onFocus={preloadItemDialog}
    >
      <CategoryNav categories={categories} />
      {categories.map((category) => (
        <section
          key={category.id}
          id={`category-${category.id}`}
          aria-labelledby={`category-title-${category.id}`}
          className="flex scroll-mt-20 flex-col gap-3"
        >
          <h2 id={`category-title-${category.id}`} className="text-xl font-bold tracking-tight">
            {category.name}
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2">
            {category.items.map((item) => (
              <li key={item.id}>
                <MenuItemCard item={item} currency={restaurant.currency} onOpen={setSelected} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {selected ? (
        // Nothing to show while its code arrives (a moment, and usually preloaded on hover).
        <Suspense fallback={null}>
          <LazyItemDialog
            key={selected.id}
            item={selected}
            restaurant={cartRestaurant}
            orderable={orderable}
            onClose={() => {
              setSelected(null);
            }}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
