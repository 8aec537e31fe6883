import "server-only";

import { redirect } from "next/navigation";

import { getQueryClient, trpc } from "~/trpc/server";
import { getViewer } from "./viewer";

/**
 * For owner-only restaurant pages: the viewer's owner membership of a restaurant, or null when
 * they are staff or not a member (the page then shows NotAllowed and starts no API call).
 * Signed-out visitors are sent to sign in and come back to `path`. The API enforces the same
 * rule again.
 */
export async function ownerMembership(restaurantId: string, path: string) {
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  const membership = viewer.memberships.find((m) => m.restaurantId === restaurantId);
  return membership?.role === "owner" ? { ...membership, viewerId: viewer.id } : null;
}

/** As `ownerMembership`, then the restaurant as `restaurant.mine` describes it (status, slug). */
export async function ownerRestaurant(restaurantId: string, path: string) {
  if (!(await ownerMembership(restaurantId, path))) return null;
  const mine = await getQueryClient().query(trpc.restaurant.mine.queryOptions());
  return mine.find((r) => r.id === restaurantId) ?? null;
}
