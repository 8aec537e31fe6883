/**
 * What admins may change, and what each change is called in the audit log. Null means the move
 * is not allowed from the current state (the procedure answers CONFLICT).
 */

import type { RestaurantStatus } from "./restaurant-availability";

/**
 * pending → active approves an application; suspended → active reinstates; active or pending →
 * suspended suspends (for a pending one: the application is refused, with the reason). Nothing
 * goes back to pending: that is only where applications start.
 */
export function restaurantStatusAction(
  from: RestaurantStatus,
  to: RestaurantStatus,
): string | null {
  if (to === "active" && from === "pending") return "restaurant.approve";
  if (to === "active" && from === "suspended") return "restaurant.reinstate";
  if (to === "suspended" && from !== "suspended") return "restaurant.suspend";
  return null;
}

export type PlatformRole = "customer" | "admin";

export function userRoleAction(from: PlatformRole, to: PlatformRole): string | null {
  if (from === to) return null;
  return to === "admin" ? "user.grant_admin" : "user.revoke_admin";
}

export type UserStatus = "active" | "suspended";

export function userStatusAction(from: UserStatus, to: UserStatus): string | null {
  if (from === to) return null;
  return to === "suspended" ? "user.suspend" : "user.reinstate";
}
