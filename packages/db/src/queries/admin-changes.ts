/**
 * Status and role changes made by admins. Each locks the rows it decides on, applies the change
 * and writes its audit entry in one transaction: the log never misses a change, and never
 * records one that did not happen.
 */
import { eq, inArray, sql } from "drizzle-orm";

import type { Database } from "../client";
import { restaurants, users } from "../schema";
import { insertAuditEntry } from "./audit";
import type { Transaction } from "./transaction";

type RestaurantStatus = (typeof restaurants.$inferSelect)["status"];
type UserRole = (typeof users.$inferSelect)["role"];
type UserStatus = (typeof users.$inferSelect)["status"];

/** Names the action for a move, or null when the move is not allowed from there. */
export type DecideAction<State> = (from: State, to: State) => string | null;

export type ChangeResult<State> =
  | { ok: true; from: State; to: State; action: string }
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: "refused"; from: State }
  /** The acting admin lost their admin role (or account) before this change could apply. */
  | { ok: false; reason: "actor-not-admin" };

export async function changeRestaurantStatus(
  db: Database,
  opts: {
    actorId: string;
    restaurantId: string;
    to: RestaurantStatus;
    reason: string;
    decide: DecideAction<RestaurantStatus>;
  },
): Promise<ChangeResult<RestaurantStatus>> {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ status: restaurants.status })
      .from(restaurants)
      .where(eq(restaurants.id, opts.restaurantId))
      .for("update");
    if (!current) return { ok: false, reason: "not-found" };
    const action = opts.decide(current.status, opts.to);
    if (!action) return { ok: false, reason: "refused", from: current.status };
    await tx
      .update(restaurants)
      .set({ status: opts.to })
      .where(eq(restaurants.id, opts.restaurantId));
    await insertAuditEntry(tx, {
      actorId: opts.actorId,
      action,
      targetType: "restaurant",
      targetId: opts.restaurantId,
      details: { from: current.status, to: opts.to, reason: opts.reason },
    });
    return { ok: true, from: current.status, to: opts.to, action };
  });
}

/**
 * Locks the acting admin and the target user, in id order so two admins acting on each other
 * queue instead of deadlocking, and confirms the actor is still an active admin: two admins
 * demoting each other at once cannot leave the marketplace without one.
 */
async function lockActorAndTarget(tx: Transaction, actorId: string, userId: string) {
  const rows = await tx
    .select({ id: users.id, role: users.role, status: users.status })
    .from(users)
    .where(inArray(users.id, [actorId, userId]))
    .orderBy(users.id)
    .for("update");
  const actor = rows.find((r) => r.id === actorId);
  const target = rows.find((r) => r.id === userId);
  return { actorIsAdmin: actor?.role === "admin" && actor.status === "active", target };
}

/** A new role ends the user's sessions, so it applies at once. */
export async function changeUserRole(
  db: Database,
  opts: { actorId: string; userId: string; to: UserRole; decide: DecideAction<UserRole> },
): Promise<ChangeResult<UserRole>> {
  return db.transaction(async (tx) => {
    const { actorIsAdmin, target } = await lockActorAndTarget(tx, opts.actorId, opts.userId);
    if (!actorIsAdmin) return { ok: false, reason: "actor-not-admin" };
    if (!target) return { ok: false, reason: "not-found" };
    const action = opts.decide(target.role, opts.to);
    if (!action) return { ok: false, reason: "refused", from: target.role };
    await tx
      .update(users)
      .set({ role: opts.to, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, opts.userId));
    await insertAuditEntry(tx, {
      actorId: opts.actorId,
      action,
      targetType: "user",
      targetId: opts.userId,
      details: { from: target.role, to: opts.to },
    });
    return { ok: true, from: target.role, to: opts.to, action };
  });
}

/** Suspension also ends every session of the user. */
export async function changeUserStatus(
  db: Database,
  opts: {
    actorId: string;
    userId: string;
    to: UserStatus;
    reason: string;
    decide: DecideAction<UserStatus>;
  },
): Promise<ChangeResult<UserStatus>> {
  return db.transaction(async (tx) => {
    const { actorIsAdmin, target } = await lockActorAndTarget(tx, opts.actorId, opts.userId);
    if (!actorIsAdmin) return { ok: false, reason: "actor-not-admin" };
    if (!target) return { ok: false, reason: "not-found" };
    const action = opts.decide(target.status, opts.to);
    if (!action) return { ok: false, reason: "refused", from: target.status };
    await tx
      .update(users)
      .set({
        status: opts.to,
        ...(opts.to === "suspended" ? { sessionVersion: sql`${users.sessionVersion} + 1` } : {}),
      })
      .where(eq(users.id, opts.userId));
    await insertAuditEntry(tx, {
      actorId: opts.actorId,
      action,
      targetType: "user",
      targetId: opts.userId,
      details: { from: target.status, to: opts.to, reason: opts.reason },
    });
    return { ok: true, from: target.status, to: opts.to, action };
  });
}
