import { inArray, sql } from "drizzle-orm";

import type { Database } from "../client";
import {
  menuCategories,
  openingHours,
  promoCodes,
  restaurantMembers,
  restaurants,
  users,
} from "../schema";
import { DEMO_PASSWORD_HASH, demoAccounts, demoMemberships } from "./accounts";
import { insertMenu } from "./menu-rows";
import { demoMenus } from "./menus";
import { seedOrders } from "./orders";
import { demoPromos } from "./promos";
import { demoRestaurants } from "./restaurants";

export interface SeedResult {
  restaurants: number;
  users: number;
  orders: number;
}

/**
 * Idempotent: demo restaurants get their profile (re)applied; hours and menus are added only
 * where a restaurant has none; users, memberships and promo codes only when missing; the
 * order history only when no demo customer has an order yet.
 */
export async function seedDatabase(db: Database, now = new Date()): Promise<SeedResult> {
  return db.transaction(async (tx) => {
    const existing = await tx
      .select({ slug: restaurants.slug })
      .from(restaurants)
      .where(
        inArray(
          restaurants.slug,
          demoRestaurants.map((r) => r.slug),
        ),
      );
    const seeded = await tx
      .insert(restaurants)
      .values(demoRestaurants.map(({ hours: _hours, ...profile }) => profile))
      .onConflictDoUpdate({
        target: restaurants.slug,
        set: {
          name: sql`excluded.name`,
          cuisine: sql`excluded.cuisine`,
          description: sql`excluded.description`,
          currency: sql`excluded.currency`,
          taxRateBasisPoints: sql`excluded.tax_rate_basis_points`,
          deliveryFee: sql`excluded.delivery_fee`,
          minimumOrder: sql`excluded.minimum_order`,
          timeZone: sql`excluded.time_zone`,
        },
      })
      .returning({ id: restaurants.id, slug: restaurants.slug });
    const restaurantId = new Map(seeded.map((r) => [r.slug, r.id]));

    const withHours = new Set(
      (await tx.selectDistinct({ id: openingHours.restaurantId }).from(openingHours)).map(
        (r) => r.id,
      ),
    );
    const hours = demoRestaurants.flatMap((r) => {
      const id = restaurantId.get(r.slug);
      if (!id || withHours.has(id)) return [];
      return r.hours.flatMap(([days, opens, closes]) =>
        days.map((weekday) => ({ restaurantId: id, weekday, opens, closes })),
      );
    });
    if (hours.length > 0) await tx.insert(openingHours).values(hours);

    const withMenus = new Set(
      (await tx.selectDistinct({ id: menuCategories.restaurantId }).from(menuCategories)).map(
        (r) => r.id,
      ),
    );
    for (const [slug, menu] of Object.entries(demoMenus)) {
      const id = restaurantId.get(slug);
      if (id && !withMenus.has(id)) await insertMenu(tx, id, menu);
    }

    const newUsers = await tx
      .insert(users)
      .values(demoAccounts.map((a) => ({ ...a, passwordHash: DEMO_PASSWORD_HASH })))
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    const people = await tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(
        inArray(
          users.email,
          demoAccounts.map((a) => a.email),
        ),
      );
    const userId = new Map(people.map((p) => [p.email, p.id]));
    const memberships = demoMemberships.flatMap(([email, slug, role]) => {
      const u = userId.get(email);
      const r = restaurantId.get(slug);
      return u && r ? [{ userId: u, restaurantId: r, role }] : [];
    });
    await tx.insert(restaurantMembers).values(memberships).onConflictDoNothing();

    const day = 24 * 60 * 60_000;
    const inDays = (days: number | undefined) =>
      days === undefined ? null : new Date(now.getTime() + days * day);
    await tx
      .insert(promoCodes)
      .values(
        demoPromos.flatMap(({ restaurant, startsInDays, endsInDays, ...promo }) => {
          const id = restaurantId.get(restaurant);
          if (!id) return [];
          return [
            {
              ...promo,
              restaurantId: id,
              startsAt: inDays(startsInDays ?? -60),
              endsAt: inDays(endsInDays),
            },
          ];
        }),
      )
      .onConflictDoNothing();
    const seededOrders = await seedOrders(tx, restaurantId, userId, now);
    return {
      restaurants: demoRestaurants.length - existing.length,
      users: newUsers.length,
      orders: seededOrders,
    };
  });
}

export { DEMO_PASSWORD_HASH, demoAccounts, demoMemberships } from "./accounts";
export { demoMenus } from "./menus";
