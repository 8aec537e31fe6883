import { inArray } from "drizzle-orm";

import type { Database } from "../client";
import { restaurantMembers, restaurants, users } from "../schema";
import { DEMO_PASSWORD_HASH, demoAccounts, demoMemberships } from "./accounts";
import { demoRestaurants } from "./restaurants";

export interface SeedResult {
  restaurants: number;
  users: number;
}

/** Idempotent: rows that already exist (by slug, email or membership) are left as they are. */
export async function seedDatabase(db: Database): Promise<SeedResult> {
  return db.transaction(async (tx) => {
    const newRestaurants = await tx
      .insert(restaurants)
      .values(demoRestaurants.map((r) => ({ ...r })))
      .onConflictDoNothing({ target: restaurants.slug })
      .returning({ id: restaurants.id });
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
    const places = await tx
      .select({ id: restaurants.id, slug: restaurants.slug })
      .from(restaurants)
      .where(
        inArray(
          restaurants.slug,
          demoRestaurants.map((r) => r.slug),
        ),
      );
    const userId = new Map(people.map((p) => [p.email, p.id]));
    const restaurantId = new Map(places.map((p) => [p.slug, p.id]));
    const memberships = demoMemberships.flatMap(([email, slug, role]) => {
      const u = userId.get(email);
      const r = restaurantId.get(slug);
      return u && r ? [{ userId: u, restaurantId: r, role }] : [];
    });
    await tx.insert(restaurantMembers).values(memberships).onConflictDoNothing();
    return { restaurants: newRestaurants.length, users: newUsers.length };
  });
}
export { DEMO_PASSWORD_HASH, demoAccounts, demoMemberships } from "./accounts";
