import { and, eq, sql } from "drizzle-orm";

import type { Database } from "../client";
import type { MemberRole } from "./users";
import { openingHours, restaurantMembers, restaurants } from "../schema";

/** The profile fields an owner edits. Money is minor units; the tax rate whole basis points. */
export interface RestaurantProfile {
  name: string;
  slug: string;
  cuisine: string;
  description: string;
  currency: string;
  taxRateBasisPoints: number;
  deliveryFee: number;
  minimumOrder: number;
  timeZone: string;
}

export const managedColumns = {
  id: restaurants.id,
  slug: restaurants.slug,
  name: restaurants.name,
  status: restaurants.status,
  cuisine: restaurants.cuisine,
  description: restaurants.description,
  currency: restaurants.currency,
  taxRateBasisPoints: restaurants.taxRateBasisPoints,
  deliveryFee: restaurants.deliveryFee,
  minimumOrder: restaurants.minimumOrder,
  timeZone: restaurants.timeZone,
  acceptingOrders: restaurants.acceptingOrders,
};

export type ManagedRestaurant = RestaurantProfile & {
  id: string;
  status: (typeof restaurants.$inferSelect)["status"];
  acceptingOrders: boolean;
};

/** Postgres' unique_violation, found through drizzle's wrapping of driver errors. */
function violatedUniqueConstraint(error: unknown): string | null {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if ("code" in e && e.code === "23505" && "constraint" in e) {
      return typeof e.constraint === "string" ? e.constraint : null;
    }
  }
  return null;
}

export type CreateRestaurantResult =
  | { ok: true; restaurant: ManagedRestaurant }
  | { ok: false; reason: "slug-taken" | "too-many-pending" };

/**
 * A `pending` restaurant with `ownerId` as its owner, in one transaction. Locking the owner's
 * user row serializes their concurrent applications, so the pending limit holds under races.
 */
export async function createRestaurantApplication(
  db: Database,
  opts: { ownerId: string; profile: RestaurantProfile; maxPending: number },
): Promise<CreateRestaurantResult> {
  return db.transaction(async (tx) => {
    // Lock first, count after: the count's snapshot must begin once the lock is held, or a
    // concurrent application committed meanwhile would go uncounted.
    await tx.execute(sql`select 1 from users where id = ${opts.ownerId} for update`);
    const { rows } = await tx.execute<{ pending: number }>(sql`
      select count(*)::int as pending from restaurant_members m
      join restaurants r on r.id = m.restaurant_id
      where m.user_id = ${opts.ownerId} and m.role = 'owner' and r.status = 'pending'`);
    if ((rows[0]?.pending ?? 0) >= opts.maxPending) {
      return { ok: false, reason: "too-many-pending" };
    }
    const [restaurant] = await tx
      .insert(restaurants)
      // Not taking orders until the owner has a menu and opens up, even once approved.
      .values({ ...opts.profile, status: "pending", acceptingOrders: false })
      .onConflictDoNothing({ target: restaurants.slug })
      .returning(managedColumns);
    if (!restaurant) return { ok: false, reason: "slug-taken" };
    await tx
      .insert(restaurantMembers)
      .values({ restaurantId: restaurant.id, userId: opts.ownerId, role: "owner" });
    return { ok: true, restaurant };
  });
}

export type UpdateRestaurantResult =
  | { ok: true; restaurant: ManagedRestaurant }
  | { ok: false; reason: "not-found" | "slug-taken" | "currency-locked" };

/**
 * Changes any subset of the profile. The currency may only change while the restaurant has no
 * orders, so its reports never mix currencies; the guard sits in the UPDATE itself rather than
 * in a read before it. (An order still uncommitted at that instant is not seen; each order
 * snapshots the currency it was priced in, so it stays consistent in itself.)
 */
export async function updateRestaurantProfile(
  db: Database,
  restaurantId: string,
  changes: Partial<RestaurantProfile>,
): Promise<UpdateRestaurantResult> {
  const currencyGuard =
    changes.currency === undefined
      ? undefined
      : sql`(${restaurants.currency} = ${changes.currency}
             or not exists (select 1 from orders o where o.restaurant_id = ${restaurantId}))`;
  try {
    const [restaurant] = await db
      .update(restaurants)
      .set(changes)
      .where(and(eq(restaurants.id, restaurantId), currencyGuard))
      .returning(managedColumns);
    if (restaurant) return { ok: true, restaurant };
  } catch (error) {
    if (violatedUniqueConstraint(error) === "restaurants_slug_key") {
      return { ok: false, reason: "slug-taken" };
    }
    throw error;
  }
  // Nothing updated: tell a missing restaurant from a refused currency change.
  const [exists] = await db
    .select({ id: restaurants.id })
    .from(restaurants)
    .where(eq(restaurants.id, restaurantId));
  return { ok: false, reason: exists ? "currency-locked" : "not-found" };
}

export interface WeeklyInterval {
  weekday: number;
  /** "HH:MM" */
  opens: string;
  closes: string;
}

/**
 * Replaces the whole weekly schedule atomically. The restaurant row is locked first, so two
 * concurrent replacements run one after the other instead of leaving the union of both.
 * Returns null when the restaurant does not exist.
 */
export async function replaceOpeningHours(
  db: Database,
  restaurantId: string,
  hours: readonly WeeklyInterval[],
): Promise<WeeklyInterval[] | null> {
  return db.transaction(async (tx) => {
    const [locked] = await tx
      .update(restaurants)
      .set({ updatedAt: new Date() })
      .where(eq(restaurants.id, restaurantId))
      .returning({ id: restaurants.id });
    if (!locked) return null;
    await tx.delete(openingHours).where(eq(openingHours.restaurantId, restaurantId));
    if (hours.length > 0) {
      await tx.insert(openingHours).values(hours.map((h) => ({ restaurantId, ...h })));
    }
    return [...hours].sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens));
  });
}

export async function setAcceptingOrders(
  db: Database,
  restaurantId: string,
  acceptingOrders: boolean,
) {
  const [row] = await db
    .update(restaurants)
    .set({ acceptingOrders })
    .where(eq(restaurants.id, restaurantId))
    .returning({ id: restaurants.id, acceptingOrders: restaurants.acceptingOrders });
  return row ?? null;
}

export interface RestaurantMember {
  userId: string;
  email: string;
  name: string | null;
  role: MemberRole;
}

export type AddMemberResult =
  { ok: true; member: RestaurantMember } | { ok: false; reason: "no-such-user" | "already-member" };

/** Adds the account with `email` as a member, in one statement (no read-then-insert race). */
export async function addRestaurantMember(
  db: Database,
  opts: { restaurantId: string; email: string; role: MemberRole },
): Promise<AddMemberResult> {
  const { rows } = await db.execute<{
    userId: string | null;
    email: string | null;
    name: string | null;
    added: boolean;
  }>(sql`
    with target as (select id, email, name from users where email = ${opts.email}),
    added as (
      insert into restaurant_members (restaurant_id, user_id, role)
      select ${opts.restaurantId}, target.id, ${opts.role}::member_role from target
      on conflict do nothing
      returning user_id)
    select t.id as "userId", t.email, t.name, exists (select 1 from added) as added
    from (select 1) one left join target t on true`);
  const row = rows[0];
  if (!row?.userId || row.email === null) return { ok: false, reason: "no-such-user" };
  if (!row.added) return { ok: false, reason: "already-member" };
  return {
    ok: true,
    member: { userId: row.userId, email: row.email, name: row.name, role: opts.role },
  };
}

export type RemoveMemberResult =
  { ok: true } | { ok: false; reason: "not-a-member" | "last-owner" };

/**
 * Removes a member, never the last owner. The restaurant row is locked first, so two owners
 * removing each other at the same moment are serialized and the second is refused.
 */
export async function removeRestaurantMember(
  db: Database,
  opts: { restaurantId: string; userId: string },
): Promise<RemoveMemberResult> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select 1 from restaurants where id = ${opts.restaurantId} for update`);
    const { rows } = await tx.execute<{ role: MemberRole | null; otherOwners: number }>(sql`
      select
        (select role from restaurant_members
         where restaurant_id = ${opts.restaurantId} and user_id = ${opts.userId}) as role,
        (select count(*)::int from restaurant_members
         where restaurant_id = ${opts.restaurantId} and role = 'owner'
           and user_id <> ${opts.userId}) as "otherOwners"`);
    const target = rows[0];
    if (!target?.role) return { ok: false, reason: "not-a-member" };
    if (target.role === "owner" && target.otherOwners === 0) {
      return { ok: false, reason: "last-owner" };
    }
    await tx
      .delete(restaurantMembers)
      .where(
        and(
          eq(restaurantMembers.restaurantId, opts.restaurantId),
          eq(restaurantMembers.userId, opts.userId),
        ),
      );
    return { ok: true };
  });
}

export interface MyRestaurant {
  id: string;
  slug: string;
  name: string;
  status: (typeof restaurants.$inferSelect)["status"];
  acceptingOrders: boolean;
  /** IANA zone its times are shown in (the queue's clock, hours, reports). */
  timeZone: string;
  role: MemberRole;
}

/** Every restaurant `userId` belongs to, with their role there, by name. One round trip. */
export async function listMyRestaurants(db: Database, userId: string): Promise<MyRestaurant[]> {
  return db
    .select({
      id: restaurants.id,
      slug: restaurants.slug,
      name: restaurants.name,
      status: restaurants.status,
      acceptingOrders: restaurants.acceptingOrders,
      timeZone: restaurants.timeZone,
      role: restaurantMembers.role,
    })
    .from(restaurantMembers)
    .innerJoin(restaurants, eq(restaurants.id, restaurantMembers.restaurantId))
    .where(eq(restaurantMembers.userId, userId))
    .orderBy(sql`lower(${restaurants.name})`, restaurants.id);
}
