import type { Metadata } from "next";
import { Suspense } from "react";
import { Skeleton } from "@dishpatch/ui";

import { AdminRefusal, isAdminOrSignIn } from "~/components/admin/admin-access";
import type { SearchParams } from "~/components/admin/admin-filters";
import { ordersInputFrom } from "~/components/admin/admin-filters";
import { allRestaurantsInput } from "~/components/admin/admin-inputs";
import { AdminFrame } from "~/components/admin/admin-layout";
import { FilterForm, FilterSelect, FilterText } from "~/components/admin/filter-fields";
import { OrderList } from "~/components/admin/order-list";
import { statusLabels } from "~/lib/order-status";
import { getQueryClient, prefetch, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Orders · Admin", robots: { index: false } };

const statusChoices = Object.entries(statusLabels);

/** Every order on the marketplace, for support: by status, restaurant and customer. */
export default async function AdminOrdersPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  if (!(await isAdminOrSignIn("/admin/orders"))) return <AdminRefusal />;
  const input = ordersInputFrom(await searchParams);
  prefetch(trpc.admin.orders.queryOptions(input));
  // The restaurant choices are part of the form, rendered here on the server.
  const restaurants = await getQueryClient()
    .query(trpc.admin.restaurants.queryOptions(allRestaurantsInput))
    .then((page) => page.items)
    .catch(() => []);
  const restaurantChoices = restaurants
    .map((restaurant) => [restaurant.id, restaurant.name] as const)
    .sort((a, b) => a[1].localeCompare(b[1]));

  return (
    <AdminFrame title="Admin" current="/admin/orders">
      <FilterForm key={JSON.stringify(input)} action="/admin/orders" label="Filter orders">
        <FilterSelect
          name="status"
          label="Status"
          defaultValue={input.status}
          options={statusChoices}
        />
        <FilterSelect
          name="restaurant"
          label="Restaurant"
          defaultValue={input.restaurantId}
          options={restaurantChoices}
        />
        <FilterText
          name="customer"
          label="Customer email"
          type="email"
          defaultValue={input.customerEmail}
        />
      </FilterForm>
      <Suspense fallback={<Skeleton className="h-64 w-full" />}>
        <OrderList key={JSON.stringify(input)} input={input} />
      </Suspense>
    </AdminFrame>
  );
}
