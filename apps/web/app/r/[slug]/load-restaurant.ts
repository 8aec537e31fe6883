import "server-only";

import { notFound } from "next/navigation";
import { cache } from "react";

import { isTRPCErrorWithCode } from "~/lib/trpc-error";
import { getQueryClient, trpc } from "~/trpc/server";

/**
 * The restaurant with its menu, read once per request (metadata and page share it) through the
 * request's query client, so `HydrateClient` hands it to the menu without a client fetch.
 * Unknown, pending and suspended restaurants are the 404 page.
 */
export const loadRestaurant = cache(async (slug: string) => {
  try {
    return await getQueryClient().query(trpc.restaurant.bySlug.queryOptions({ slug }));
  } catch (error) {
    // A malformed slug (too long, …) names no restaurant either.
    if (isTRPCErrorWithCode(error, "NOT_FOUND", "BAD_REQUEST")) notFound();
    throw error;
  }
});
