import { asc, eq } from "drizzle-orm";

import type { Database } from "../client";
import { restaurantMembers, users } from "../schema";

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

export type RestaurantMember = Awaited<ReturnType<typeof listRestaurantMembers>>[number];
