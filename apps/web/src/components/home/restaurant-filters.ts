/**
 * The home page's restaurant filters, read from the address (`/?q=pizza&cuisine=Italian&open=1`)
 * so a search can be shared and the server prefetches exactly what the list will ask for.
 * (Not a "use client" module: the server page and the client list both call these.)
 */
export interface RestaurantFilters {
  search?: string;
  cuisine?: string;
  openNow?: boolean;
}

/** Restaurants per page of the home list. */
export const HOME_PAGE_SIZE = 12;

type SearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  return text === "" ? undefined : text;
}

/** Filters from the address; text beyond what the API accepts is cut, not refused. */
export function restaurantFiltersFrom(params: SearchParams): RestaurantFilters {
  const search = first(params.q)?.slice(0, 80);
  const cuisine = first(params.cuisine)?.slice(0, 40);
  return {
    ...(search ? { search } : {}),
    ...(cuisine ? { cuisine } : {}),
    ...(first(params.open) === "1" ? { openNow: true } : {}),
  };
}

export function hasFilters(filters: RestaurantFilters): boolean {
  return Boolean(filters.search ?? filters.cuisine ?? filters.openNow);
}

/** The restaurant.list input for the home page's pages (the cursor is added per page). */
export function homeListInput(filters: RestaurantFilters) {
  return { ...filters, limit: HOME_PAGE_SIZE };
}
