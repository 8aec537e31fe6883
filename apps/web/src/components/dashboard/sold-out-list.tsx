"use client";

import { Alert, Card } from "@dishpatch/ui";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";

import { apiProblem } from "~/lib/api-problem";
import { useTRPC } from "~/trpc/react";

/** Every menu item with a sold-out switch, for when the kitchen runs out mid-service. */
export function SoldOutList({ restaurantId, slug }: { restaurantId: string; slug: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const menuKey = trpc.restaurant.bySlug.queryKey({ slug });
  const { data: restaurant } = useSuspenseQuery(trpc.restaurant.bySlug.queryOptions({ slug }));
  const setSoldOut = useMutation(
    trpc.menu.setSoldOut.mutationOptions({
      onSuccess: (item) => {
        queryClient.setQueryData(menuKey, (current) =>
          current
            ? {
                ...current,
                categories: current.categories.map((category) => ({
                  ...category,
                  items: category.items.map((i) =>
                    i.id === item.id ? { ...i, soldOut: item.soldOut } : i,
                  ),
                })),
              }
            : current,
        );
      },
    }),
  );
  // Optimistic in the UI: the switch shows the value being saved at once, set in the click's
  // own render (a kitchen in a rush taps fast, and a controlled checkbox must not flicker back),
  // and the saved menu's value again once the API has answered, or refused.
  const [saving, setSaving] = useState<ReadonlyMap<string, boolean>>(new Map());
  const shownSoldOut = (item: { id: string; soldOut: boolean }) =>
    saving.get(item.id) ?? item.soldOut;
  const toggle = (itemId: string, soldOut: boolean) => {
    setSaving((current) => new Map(current).set(itemId, soldOut));
    setSoldOut.mutate(
      { restaurantId, itemId, soldOut },
      {
        onSettled: () => {
          setSaving((current) => {
            const next = new Map(current);
            next.delete(itemId);
            return next;
          });
        },
      },
    );
  };

  return (
    <Card className="flex flex-col gap-3 p-4" aria-labelledby="sold-out-title">
      <h2 id="sold-out-title" className="font-semibold">
        Sold out
      </h2>
      {setSoldOut.error ? (
        <Alert tone="danger">{apiProblem(setSoldOut.error).message}</Alert>
      ) : null}
      {restaurant.categories.map((category) => (
        <fieldset key={category.id} className="flex flex-col gap-1">
          <legend className="mb-1 text-sm font-medium text-muted-foreground">
            {category.name}
          </legend>
          {category.items.map((item) => (
            <label
              key={item.id}
              className="flex min-h-10 cursor-pointer items-center justify-between gap-3 rounded-lg px-2 text-sm hover:bg-muted"
            >
              <span
                className={shownSoldOut(item) ? "text-muted-foreground line-through" : undefined}
              >
                {item.name}
              </span>
              <input
                type="checkbox"
                className="size-5 accent-primary focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
                checked={shownSoldOut(item)}
                disabled={saving.has(item.id)}
                onChange={(event) => {
                  toggle(item.id, event.target.checked);
                }}
                aria-label={`${item.name} sold out`}
              />
            </label>
          ))}
        </fieldset>
      ))}
    </Card>
  );
}
