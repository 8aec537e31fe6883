import { asc, eq } from "drizzle-orm";

import type { Database } from "../client";
import type { ManagedRestaurant } from "./restaurant-manage";
import { restaurantMembers, restaurants, users } from "../schema";
import { managedColumns } from "./restaurant-manage";

/** The people of one restaurant with their role: owners first, then by when they joined. */
export async function listRestaurantMembers(db: Database, restaurantId: string) {
  return db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: restaurantMembers.role,
      addedAt: restaurantMembers.createdAt,
    })
    .from(restaurantMembers)
    .innerJoin(users, eq(users.id, restaurantMembers.userId))
    .where(eq(restaurantMembers.restaurantId, restaurantId))
    .orderBy(asc(restaurantMembers.role), asc(restaurantMembers.createdAt), asc(users.id));
}

/** One restaurant's editable profile and settings as its owner sees them, or null. */
export async function getManagedRestaurant(
  db: Database,
  restaurantId: string,
): Promise<ManagedRestaurant | null> {
  const [row] = await db
    .select(managedColumns)
    .from(restaurants)
    .where(eq(restaurants.id, restaurantId))
    .limit(1);
  return row ?? null;
}
