import "server-only";

import { redirect } from "next/navigation";

import { getQueryClient, trpc } from "~/trpc/server";
import { getViewer } from "./viewer";

/**
 * For owner-only restaurant pages: sends visitors to sign in (and back to `path`), and returns
 * the restaurant when the viewer owns it, or null (the page shows NotAllowed). Membership is
 * decided before any of the restaurant's data is read; the API enforces the same rule again.
 */
export async function ownerRestaurant(restaurantId: string, path: string) {
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  const membership = viewer.memberships.find((m) => m.restaurantId === restaurantId);
  if (membership?.role !== "owner") return null;
  const mine = await getQueryClient().query(trpc.restaurant.mine.queryOptions());
  return mine.find((r) => r.id === restaurantId) ?? null;
}
