"use client";

import type { ChangeEvent } from "react";
import { buttonVariants, Input, Label } from "@dishpatch/ui";
import { useSuspenseQuery } from "@tanstack/react-query";
import Form from "next/form";
import { Suspense } from "react";

import { useTRPC } from "~/trpc/react";
import type { RestaurantFilters } from "./restaurant-filters";

const selectClass =
  "h-11 w-full min-w-0 rounded-lg border border-border bg-background px-3 text-base text-foreground focus-visible:border-ring focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-ring";

/**
 * Search by name, filter by cuisine and to what is open now. A plain GET form to `/`: the
 * filters live in the address, the server prefetches the matching list, and it works before
 * the page's script has loaded. Choosing a cuisine or ticking "Open now" applies at once.
 */
export function RestaurantSearch({ filters }: { filters: RestaurantFilters }) {
  const applyNow = (event: ChangeEvent<HTMLFormElement>) => {
    const target = event.target;
    if (target instanceof HTMLSelectElement || target instanceof HTMLInputElement) {
      if (target.type !== "search") target.form?.requestSubmit();
    }
  };
  return (
    <Form
      action="/"
      scroll={false}
      role="search"
      aria-label="Find a restaurant"
      onChange={applyNow}
      // A new search starts from the filters in the address, not the ones typed before.
      key={JSON.stringify(filters)}
      className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_12rem_auto_auto] sm:items-end"
    >
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="restaurant-search">Search restaurants</Label>
        <Input
          id="restaurant-search"
          type="search"
          name="q"
          defaultValue={filters.search ?? ""}
          placeholder="Name, e.g. Tavola"
          maxLength={80}
          autoComplete="off"
        />
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="restaurant-cuisine">Cuisine</Label>
        <Suspense fallback={<CuisineChoices current={filters.cuisine} cuisines={[]} />}>
          <LoadedCuisineChoices current={filters.cuisine} />
        </Suspense>
      </div>
      <label className="flex h-11 cursor-pointer items-center gap-2 rounded-lg border border-border px-3 text-sm font-medium has-focus-visible:outline-2 has-focus-visible:outline-ring">
        <input
          type="checkbox"
          name="open"
          value="1"
          defaultChecked={filters.openNow === true}
          className="size-4 accent-primary"
        />
        Open now
      </label>
      <button type="submit" className={`${buttonVariants()} h-11`}>
        Search
      </button>
    </Form>
  );
}

function LoadedCuisineChoices({ current }: { current: string | undefined }) {
  const trpc = useTRPC();
  const { data: cuisines } = useSuspenseQuery(trpc.restaurant.cuisines.queryOptions());
  return <CuisineChoices current={current} cuisines={cuisines} />;
}

function CuisineChoices({
  current,
  cuisines,
}: {
  current: string | undefined;
  cuisines: string[];
}) {
  // A cuisine from a shared link that no restaurant offers any more still shows as chosen.
  const choices = current && !cuisines.includes(current) ? [current, ...cuisines] : cuisines;
  return (
    <select
      id="restaurant-cuisine"
      name="cuisine"
      defaultValue={current ?? ""}
      className={selectClass}
    >
      <option value="">All cuisines</option>
      {choices.map((cuisine) => (
        <option key={cuisine} value={cuisine}>
          {cuisine}
        </option>
      ))}
    </select>
  );
}
