import type { Metadata } from "next";

import { CartPanel } from "~/components/cart/cart-panel";
import { MobileCartBar } from "~/components/cart/mobile-cart-bar";
import { RestaurantHeader } from "~/components/restaurant/restaurant-header";
import { RestaurantMenu } from "~/components/restaurant/restaurant-menu";
import { SiteHeader } from "~/components/site-header";
import { openingStatus } from "~/lib/opening-status";
import { HydrateClient } from "~/trpc/server";
import { loadRestaurant } from "./load-restaurant";

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const restaurant = await loadRestaurant((await params).slug);
  const title = `${restaurant.name} — ${restaurant.cuisine}`;
  const description =
    restaurant.description || `Order ${restaurant.cuisine} from ${restaurant.name}.`;
  return {
    title,
    description,
    openGraph: { type: "website", title, description, url: `/r/${restaurant.slug}` },
  };
}

export default async function RestaurantPage({ params }: Props) {
  const restaurant = await loadRestaurant((await params).slug);
  const status = openingStatus(restaurant, new Date());
  const cartRestaurant = {
    id: restaurant.id,
    slug: restaurant.slug,
    name: restaurant.name,
    currency: restaurant.currency,
  };
  return (
    <HydrateClient>
      <SiteHeader />
      <main id="main" className="mx-auto w-full max-w-5xl px-4 pt-6 pb-28 sm:px-6 lg:pb-12">
        <RestaurantHeader restaurant={restaurant} status={status} />
        <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
          <RestaurantMenu slug={restaurant.slug} orderable={status.kind === "open"} />
          <aside
            id="cart"
            aria-labelledby="cart-title"
            className="scroll-mt-4 lg:sticky lg:top-4 lg:self-start"
          >
            <CartPanel restaurant={cartRestaurant} />
          </aside>
        </div>
      </main>
      <MobileCartBar restaurant={cartRestaurant} />
    </HydrateClient>
  );
}
