import "server-only";

import { redirect } from "next/navigation";

import { getViewer } from "~/auth/viewer";

/**
 * The viewer's owner membership of a restaurant, or null when they are staff or not a member
 * (the page then shows NotAllowed and starts no API call). Signed-out visitors are sent to
 * sign in and come back to `path`.
 */
export async function ownerMembership(restaurantId: string, path: string) {
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  const membership = viewer.memberships.find((m) => m.restaurantId === restaurantId);
  return membership?.role === "owner" ? { ...membership, viewerId: viewer.id } : null;
}
