"use client";

import type { RouterInputs } from "@dishpatch/api";
import { Badge, Card } from "@dishpatch/ui";
import { useSuspenseQuery } from "@tanstack/react-query";

import { useTRPC } from "~/trpc/react";
import { RestaurantStatusActions } from "./restaurant-status-actions";

export type AdminRestaurantsInput = RouterInputs["admin"]["restaurants"];

const statusTone = { active: "success", pending: "warning", suspended: "danger" } as const;
// The UTC date: the same text on the server and in any browser.
const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

/** A list of restaurants with their owners, size and status, each with its admin actions. */
export function RestaurantTable({
  input,
  title,
  empty,
  testId,
}: {
  input: AdminRestaurantsInput;
  title: string;
  empty: string;
  testId: string;
}) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.admin.restaurants.queryOptions(input));
  const headingId = `${testId}-title`;

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3" data-testid={testId}>
      <h2 id={headingId} className="text-xl font-bold tracking-tight">
        {title} <span className="text-muted-foreground">({data.items.length})</span>
      </h2>
      {data.items.length === 0 ? <p className="text-muted-foreground">{empty}</p> : null}
      <ul className="flex flex-col gap-3" aria-labelledby={headingId}>
        {data.items.map((restaurant) => (
          <li key={restaurant.id}>
            <Card
              className="grid gap-3 p-4 sm:grid-cols-[1fr_auto] sm:items-start"
              aria-label={restaurant.name}
            >
              <div className="flex min-w-0 flex-col gap-1">
                <div className="flex flex-wrap items-center gap-2">
                  <h3 className="font-semibold">{restaurant.name}</h3>
                  <Badge tone={statusTone[restaurant.status]}>{restaurant.status}</Badge>
                </div>
                <p className="text-sm text-muted-foreground">
                  {restaurant.cuisine} · /{restaurant.slug} · applied{" "}
                  {dateFormat.format(restaurant.createdAt)}
                </p>
                <p className="text-sm break-words text-muted-foreground">
                  Owners: {restaurant.ownerEmails.join(", ") || "none"} · {restaurant.menuItemCount}{" "}
                  menu items · {restaurant.orderCount} orders
                </p>
              </div>
              <RestaurantStatusActions
                restaurant={restaurant}
                offerApproval={input.status === "pending"}
              />
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
